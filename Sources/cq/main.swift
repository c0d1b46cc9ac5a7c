import ArgumentParser
import Foundation

/// Parses the arguments as `command` and runs it; usage errors exit with status 2 (not
/// ArgumentParser's 64), help and version print and exit 0.
func run<Command: StatusCommand>(_ command: Command.Type, _ arguments: [String]) -> Never {
    do {
        exit(try command.parse(arguments).execute().rawValue)
    } catch {
        if command.exitCode(for: error) == .success {
            command.exit(withError: error)
        }
        command.printError(command.fullMessage(for: error))
        exit(2)
    }
}

// `cq export ...` is a command of its own; anything else is the shell's command line, whose
// positional arguments are statement paths.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "export" {
    run(ExportCommand.self, Array(arguments.dropFirst()))
}
run(CQCommand.self, arguments)
