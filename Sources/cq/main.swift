import ArgumentParser
import FilePaths
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
// The arguments' own bytes: a path that is not valid UTF-8 must still name its file.
let arguments = (1..<Int(CommandLine.argc)).map { index in
    CommandLine.unsafeArgv[index].map { RawFilePath.string(from: UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? ""
}
if arguments.first == "export" {
    run(ExportCommand.self, Array(arguments.dropFirst()))
}
run(CQCommand.self, arguments)
