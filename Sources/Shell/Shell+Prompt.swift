import Foundation
import LineEditor
import QueryLanguage

/// The interactive prompt: reads entries with line editing, runs them, keeps history.
extension Shell {
    /// The name diagnostics give text typed at the prompt.
    static let promptName = "prompt"

    /// Runs the interactive prompt until `.quit`, Ctrl-D or a terminating signal.
    public func runInteractive(reader: LineReader, historyPath: String?) -> ExitStatus {
        if let historyPath {
            let file = HistoryFile(path: historyPath)
            for entry in file.entries { reader.addHistory(entry) }
            history = file
        }
        interactive = true
        let completion = CompletionEngine(session: session)
        var buffer = ""
        reader.completer = { before in completion.complete(buffer.isEmpty ? before : buffer + "\n" + before) }
        loop: while !stopped {
            switch reader.readLine(prompt: buffer.isEmpty ? "cq> " : "...> ") {
            case .line(let line):
                if buffer.isEmpty, line.trimmingCharacters(in: .whitespaces).hasPrefix(".") {
                    remember(line, in: reader)
                    _ = meta(line.trimmingCharacters(in: .whitespaces))
                    continue
                }
                buffer = buffer.isEmpty ? line : buffer + "\n" + line
                if buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    buffer = ""
                    continue
                }
                let source = SourceText(name: Self.promptName, text: buffer)
                if Parser.isIncomplete(source) { continue }
                remember(buffer, in: reader)
                buffer = ""
                _ = execute(source)
            case .interrupted:
                buffer = ""
                writeError("")
            case .endOfInput:
                writeOutput("\n")
                break loop
            case .terminated:
                raise(.terminated)
                break loop
            }
        }
        finishOutput()
        return status == .terminated ? .terminated : .success
    }

    private func remember(_ entry: String, in reader: LineReader) {
        reader.addHistory(entry)
        if let warning = history?.add(entry) { writeError("cq: warning: \(warning)") }
    }

}
