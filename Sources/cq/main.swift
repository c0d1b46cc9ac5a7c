import ArgumentParser
import Foundation

// Parses the command line; usage errors exit with status 2 (not ArgumentParser's 64), help
// and version print and exit 0.
do {
    let command = try CQCommand.parse()
    exit(command.execute().rawValue)
} catch {
    if CQCommand.exitCode(for: error) == .success {
        CQCommand.exit(withError: error)
    }
    CQCommand.printError(CQCommand.fullMessage(for: error))
    exit(2)
}
