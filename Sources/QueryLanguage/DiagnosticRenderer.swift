import TerminalText

/// Renders diagnostics as `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret
/// underline, then notes — the layout of swift-syntax and jq 1.8. Everything quoted (the
/// name, the message, the line, the notes) shows its control characters as `\xHH`, so a
/// query or a value it names cannot drive the terminal.
public enum DiagnosticRenderer {
    /// The most terminal cells of the source line a diagnostic quotes: a longer line is shown
    /// as a window of this width around the caret, with `…` where it goes on.
    public static let maximumLineWidth = 200

    /// The rendered diagnostic, lines separated by `\n`, without a trailing newline.
    public static func render(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        let (line, column) = source.location(of: diagnostic.range.lowerBound)
        let severity = diagnostic.kind == .warning ? "warning" : "error"
        var lines = ["\(VisibleText.escaped(source.name)):\(line):\(column): \(severity): \(VisibleText.escaped(diagnostic.message))"]
        let lineRange = source.lineRange(containing: diagnostic.range.lowerBound)
        let caret = min(max(lineRange.lowerBound, diagnostic.range.lowerBound), lineRange.upperBound)
        let underlineEnd = min(max(diagnostic.range.upperBound, caret + 1), lineRange.upperBound)
        let quoted = QuotedLine(
            before: shown(source.slice(lineRange.lowerBound..<caret)),
            marked: shown(source.slice(caret..<max(caret, underlineEnd))),
            after: shown(source.slice(max(caret, underlineEnd)..<lineRange.upperBound)))
        let window = quoted.window(width: maximumLineWidth)
        lines.append(window.text)
        // The caret sits under the character in terminal cells, so wide characters (中国) count twice.
        lines.append(String(repeating: " ", count: window.caret) + "^" + String(repeating: "~", count: window.underline - 1))
        for note in diagnostic.notes {
            lines.append("note: \(VisibleText.escaped(note))")
        }
        return lines.joined(separator: "\n")
    }

    /// Source text as the quoted line shows it: a tab as one space, other control characters as `\xHH`.
    private static func shown(_ text: String) -> String {
        VisibleText.escaped(text.replacingTabs())
    }
}

/// A source line cut in three at the diagnostic: before the caret, under the underline, after.
private struct QuotedLine {
    var before: String
    var marked: String
    var after: String

    /// What is shown of the line: its text, the caret's column and the underline's width.
    struct Window {
        var text: String
        var caret: Int
        var underline: Int
    }

    /// The whole line when it fits in `width` cells, else a `width`-cell window around the
    /// caret with `…` marks (one cell each) where the line is cut.
    func window(width: Int) -> Window {
        let caretColumn = DisplayWidth.of(before)
        let markedWidth = max(1, DisplayWidth.of(marked))
        let line = before + marked + after
        let total = caretColumn + DisplayWidth.of(marked) + DisplayWidth.of(after)
        guard total > width else { return Window(text: line, caret: caretColumn, underline: markedWidth) }
        let inner = max(1, width - 2)
        let start = max(0, min(caretColumn - inner / 2, total - inner))
        var text = ""
        var column = 0
        var first: Int?
        for character in line {
            let characterWidth = DisplayWidth.of(character)
            if column >= start, column + characterWidth <= start + inner {
                if first == nil { first = column }
                text.append(character)
            }
            column += characterWidth
            if column >= start + inner { break }
        }
        let shownStart = first ?? start
        let end = shownStart + DisplayWidth.of(text)
        let lead = shownStart > 0 ? "…" : ""
        let caret = lead.count + max(0, caretColumn - shownStart)
        let underline = max(1, min(markedWidth, end - caretColumn))
        return Window(text: lead + text + (end < total ? "…" : ""), caret: caret, underline: underline)
    }
}

extension String {
    /// The text with each tab replaced by a space.
    fileprivate func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
    }
}
