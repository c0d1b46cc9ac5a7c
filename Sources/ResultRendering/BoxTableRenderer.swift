import QueryEngine
import QueryLanguage
import TerminalText

/// Tables drawn with Unicode box characters, aligned by display width, numbers to the
/// right, long text wrapped when a width is given, and a row count below.
enum BoxTableRenderer {
    static func render(_ table: ResultTable, options: RenderOptions) -> String {
        let columns = table.columns
        guard !columns.isEmpty else { return "(no columns)\n" }
        // Control characters become visible escapes before any width is measured.
        let cells = table.rows.map { $0.map { ResultRenderer.cell($0, keepingLineBreaks: true) } }
        let names = columns.map(ResultRenderer.name)
        var widths = names.map { options.headers ? DisplayWidth.of($0) : 1 }
        for row in cells {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], cell.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of($0) }.max() ?? 0)
            }
        }
        if let limit = options.width { shrink(&widths, toFit: limit) }
        let numeric = columns.map { $0.type.isNumeric }
        let editsColumn = options.color && table.marksWordEdits ? columns.firstIndex { $0.name == "changes" } : nil

        var lines = explanation(of: table, color: options.color) + [border("┌", "┬", "┐", widths)]
        if options.headers {
            let header = names.enumerated().map { index, name in
                DisplayWidth.wrap(name, width: widths[index])
            }
            lines += rowLines(header, widths: widths, numeric: columns.map { _ in false }, style: options.color ? .header : .plain,
                highlight: nil, editsColumn: nil)
            lines.append(border("├", "┼", "┤", widths))
        }
        for (rowIndex, row) in cells.enumerated() {
            let wrapped = row.enumerated().map { index, cell in DisplayWidth.wrap(cell, width: widths[index]) }
            let nulls = table.rows[rowIndex].map(\.isNull)
            lines += rowLines(wrapped, widths: widths, numeric: numeric, style: options.color ? .body(nulls: nulls) : .plain,
                highlight: options.color ? table.highlight.map { VisibleText.escaped($0) } : nil, editsColumn: editsColumn)
        }
        lines.append(border("└", "┴", "┘", widths))
        let count = table.rows.count
        lines.append("(\(count) row\(count == 1 ? "" : "s"))")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The most clauses `why` shows above its decisions.
    static let maximumExplainedClauses = 10

    /// The clauses `why` explains, above its decisions (while they keep their `cue` column):
    /// each as "STATEMENT N: TEXT", the words that decided something in reverse video at a terminal.
    private static func explanation(of table: ResultTable, color: Bool) -> [String] {
        guard !table.explained.isEmpty, table.columns.contains(where: { $0.name == "cue" }) else { return [] }
        var lines = table.explained.prefix(maximumExplainedClauses).map { clause in
            VisibleText.escaped(clause.statement) + " \(clause.n): " + clause.runs.map { run in
                let text = VisibleText.escaped(run.text)
                return run.isCue && color ? ANSI.reverse(text) : text
            }.joined()
        }
        if table.explained.count > maximumExplainedClauses {
            lines.append("(and \(table.explained.count - maximumExplainedClauses) more clauses)")
        }
        return lines
    }

    private enum Style {
        case plain
        case header
        case body(nulls: [Bool])
    }

    private static func rowLines(_ cells: [[String]], widths: [Int], numeric: [Bool], style: Style, highlight: String?,
        editsColumn: Int?) -> [String]
    {
        let height = cells.map(\.count).max() ?? 1
        var lines = [String]()
        // A marked edit may run on from one wrapped line of the cell to the next.
        var edit = ANSI.WordEdit.none
        for lineIndex in 0..<height {
            var parts = [String]()
            for (index, cell) in cells.enumerated() {
                let text = lineIndex < cell.count ? cell[lineIndex] : ""
                var padded = DisplayWidth.pad(text, to: widths[index], alignRight: numeric[index])
                switch style {
                case .plain: break
                case .header: padded = ANSI.bold(padded)
                case .body(let nulls):
                    if nulls[index] {
                        padded = ANSI.dim(padded)
                    } else if index == editsColumn {
                        padded = ANSI.wordEdits(in: padded, continuing: &edit)
                    } else if let highlight {
                        padded = ANSI.highlight(highlight, in: padded)
                    }
                }
                parts.append(" " + padded + " ")
            }
            lines.append("│" + parts.joined(separator: "│") + "│")
        }
        return lines
    }

    private static func border(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
    }

    /// Narrows the widest columns until the table fits `limit` cells (each column keeps at least 6).
    private static func shrink(_ widths: inout [Int], toFit limit: Int) {
        func total() -> Int { widths.reduce(0, +) + 3 * widths.count + 1 }
        while total() > limit {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 6 else { return }
            widths[widest] -= 1
        }
    }
}
