import ArgumentParser
import Foundation
import QueryEngine
import Shell

/// A command of `cq` that runs to an exit status rather than throwing.
protocol StatusCommand: ParsableCommand {
    /// Runs the command and returns the exit status.
    func execute() -> ExitStatus
}

extension StatusCommand {
    /// A shell over an empty session, kept alive until the process exits: freeing a large
    /// corpus object by object would take longer than the query.
    func makeShell(_ settings: ShellSettings) -> Shell {
        let shell = Shell(session: QuerySession(corpus: .init()), settings: settings)
        _ = Unmanaged.passRetained(shell)
        return shell
    }

    /// Writes a line to standard error.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
