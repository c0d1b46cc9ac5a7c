import ArgumentParser
import FilePaths
import Foundation
import LineEditor

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

/// ArgumentParser traps when it wraps help or a usage message to fewer columns than its
/// indentation (`COLUMNS=12 cq --help`): it reads `COLUMNS` before asking the terminal, so a
/// width under 60 columns is raised to 60 for it (cq's own tables ask the terminal itself).
func giveArgumentParserAReadableWidth() {
    let stated = ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }
    let width = stated ?? TerminalSetup.width(of: STDOUT_FILENO) ?? 80
    if width < 60 { setenv("COLUMNS", "60", 1) }
}

giveArgumentParserAReadableWidth()
// Help and usage messages are printed before the shell installs its signal handlers: a closed
// output must end them with EPIPE, not kill cq with SIGPIPE.
signal(SIGPIPE, SIG_IGN)

// `cq export ...`, `cq test ...` and `cq sql ...` are commands of their own; anything else is the shell's command line, whose
// positional arguments are statement paths.
// The arguments' own bytes: a path that is not valid UTF-8 must still name its file.
let arguments = (1..<Int(CommandLine.argc)).map { index in
    CommandLine.unsafeArgv[index].map { RawFilePath.string(from: UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? ""
}
switch arguments.first {
case "export": run(ExportCommand.self, Array(arguments.dropFirst()))
case "test": run(TestCommand.self, Array(arguments.dropFirst()))
case "sql": run(SQLCommand.self, Array(arguments.dropFirst()))
default: break
}
run(CQCommand.self, arguments)
