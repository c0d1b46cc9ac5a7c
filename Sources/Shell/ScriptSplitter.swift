import Foundation
import LineEditor

/// Cuts a script's lines into pieces as they come. A meta-command line (one starting with `.`
/// where a query could start) is a piece of its own. Query text becomes a piece once it forms
/// whole statements and either the input pauses or the next line does not continue it (a line
/// starting with `|` continues a pipeline); the rest is a piece at the end of the input.
struct ScriptSplitter {
    /// The script's name, for diagnostics.
    let name: String

    /// Hands each piece of `lines` to `handle` in order, until the input ends or `handle`
    /// returns false.
    func split(_ lines: ScriptLineSource, handle: (ScriptPiece) -> Bool) {
        var pending = PendingStatement(name: name)
        var number = 0
        /// Hands on the query text held, if any, and empties it.
        func flush() -> Bool {
            defer { pending.clear() }
            return pending.isEmpty || handle(.query(pending.source))
        }
        while true {
            switch lines.next() {
            case .line(let line):
                number += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("."), pending.isEmpty || pending.isComplete(force: true) == true {
                    guard flush(), handle(.meta(trimmed)) else { return }
                    continue
                }
                if pending.isEmpty, trimmed.isEmpty { continue }
                let continuesPending = trimmed.isEmpty || trimmed.hasPrefix("|") || trimmed.hasPrefix("#")
                if !pending.isEmpty, !continuesPending, pending.isComplete() == true, !flush() { return }
                pending.append(line, number: number)
                if pending.byteCount > PendingStatement.maximumBytes {
                    let first = pending.firstLine
                    pending.clear()
                    guard handle(.refused("\(name):\(first): a statement longer than \(PendingStatement.maximumBytes) bytes; skipped")) else {
                        return
                    }
                    continue
                }
                if !lines.hasPendingInput, pending.isComplete(force: true) == true, !flush() { return }
            case .tooLong:
                number += 1
                pending.clear()
                let limit = DescriptorLineSource.maximumLineBytes
                guard handle(.refused("\(name):\(number): a line longer than \(limit) bytes; its statement is skipped")) else { return }
            case .endOfInput:
                _ = flush()
                return
            case .signal(let signal):
                _ = handle(.signal(signal))
                return
            case .failed(let reason):
                _ = handle(.unreadable(reason))
                return
            }
        }
    }
}
