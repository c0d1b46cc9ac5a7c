import ArgumentParser
import Foundation
import Shell

/// A command of `cq` that runs to an exit status rather than throwing.
protocol StatusCommand: ParsableCommand {
    /// Runs the command and returns the exit status.
    func execute() -> ExitStatus
}

extension StatusCommand {
    /// Writes a line to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
