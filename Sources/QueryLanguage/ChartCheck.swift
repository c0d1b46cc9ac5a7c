/// How `chart` finds its columns. The value is the last numeric column. Bars are labelled by
/// the first other column that is not a number, and a second such column (two keys of a
/// summarize) makes groups of bars, side by side or `stacked`. Lines run along the first date
/// column (else the first other number) and a text column makes one line per value. A file
/// after `to` is an SVG file.
extension Checker {
    func chartLayout(_ style: ChartStyle, stacked: Bool, file: QuotedArgument?, columns: [Column], range: Range<Int>) throws(Diagnostic)
        -> ChartLayout
    {
        let example = style == .bar ? "clauses | summarize count() by actor | chart bar" : "clauses | summarize count() by month = bin(statement.date, 1month) | chart line"
        guard let value = columns.lastIndex(where: { $0.type.isNumeric }) else {
            throw Diagnostic(.type, "'chart \(style.rawValue)' needs a numeric column", at: range, notes: ["for example: \(example)"])
        }
        if let file, !file.text.lowercased().hasSuffix(".svg") {
            throw Diagnostic(.type, "a chart is written as SVG: name the file FILE.svg", at: file.range)
        }
        let others = columns.indices.filter { $0 != value }
        let keys = others.filter { !columns[$0].type.isNumeric }
        switch style {
        case .bar:
            guard let label = keys.first ?? others.first else {
                throw Diagnostic(.type, "'chart bar' needs a label column beside the number", at: range, notes: ["for example: \(example)"])
            }
            let series = keys.dropFirst().first
            if stacked, series == nil {
                throw Diagnostic(.type, "'stacked' bars need two key columns (summarize ... by actor, topic)", at: range)
            }
            return ChartLayout(style: .bar, label: label, value: value, series: series, stacked: stacked, file: file?.text)
        case .line:
            guard let x = others.first(where: { columns[$0].type == .date }) ?? others.first(where: { columns[$0].type.isNumeric }) else {
                throw Diagnostic(.type, "'chart line' needs a date or number column for its x axis", at: range, notes: ["for example: \(example)"])
            }
            if stacked { throw Diagnostic(.type, "'stacked' is for bars", at: range) }
            let series = keys.first { $0 != x && columns[$0].type == .string }
            return ChartLayout(style: .line, label: x, value: value, series: series, file: file?.text)
        }
    }
}
