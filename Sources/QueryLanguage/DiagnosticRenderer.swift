/// Renders diagnostics as `FILE:LINE:COL: error: MESSAGE`, then the source line and a caret
/// underline, then notes — the layout of swift-syntax and jq 1.8.
public enum DiagnosticRenderer {
    /// The rendered diagnostic, lines separated by `\n`, without a trailing newline.
    public static func render(_ diagnostic: Diagnostic, in source: SourceText) -> String {
        let (line, column) = source.location(of: diagnostic.range.lowerBound)
        let severity = diagnostic.kind == .warning ? "warning" : "error"
        var lines = ["\(source.name):\(line):\(column): \(severity): \(diagnostic.message)"]
        let lineRange = source.lineRange(containing: diagnostic.range.lowerBound)
        let lineText = source.slice(lineRange)
        let shown = lineText.count > 200 ? String(lineText.prefix(200)) + "…" : lineText
        lines.append(shown)
        // The caret sits under the character in terminal cells, so wide characters (中国) count twice.
        let lineStart = lineRange.lowerBound
        let before = source.slice(lineStart..<max(lineStart, diagnostic.range.lowerBound))
        let underlineEnd = min(max(diagnostic.range.upperBound, diagnostic.range.lowerBound + 1), lineRange.upperBound)
        let marked = source.slice(diagnostic.range.lowerBound..<max(diagnostic.range.lowerBound, underlineEnd))
        let caretStart = min(DisplayWidth.of(before), DisplayWidth.of(shown))
        let width = max(1, DisplayWidth.of(marked))
        lines.append(String(repeating: " ", count: caretStart) + "^" + String(repeating: "~", count: width - 1))
        for note in diagnostic.notes {
            lines.append("note: \(note)")
        }
        return lines.joined(separator: "\n")
    }
}
