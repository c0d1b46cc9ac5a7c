import QueryEngine
import QueryLanguage
import TerminalText

/// Horizontal bar charts in Unicode blocks: a label, a bar scaled to the largest value (with
/// eighth-block precision) and the value. With a series column, each label has one bar per
/// series (a fill and colour each, named in a legend), or one bar of stacked segments.
enum BarChartRenderer {
    private static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ table: ResultTable, chart: ChartLayout, options: RenderOptions) -> String {
        guard !table.rows.isEmpty else { return "(no rows to chart)\n" }
        guard chart.series != nil else { return single(table, chart: chart, options: options) }
        let data = ChartData(table, layout: chart)
        let labelWidth = min(30, data.labels.map { DisplayWidth.of($0.text) }.max() ?? 0)
        let totals = data.labels.indices.map { label in data.values.reduce(0.0) { ChartData.sum($0, max(0, $1[label] ?? 0)) } }
        let valueTexts = chart.stacked ? totals.map(ChartData.format) : data.values.flatMap { $0.compactMap { $0.map(ChartData.format) } }
        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        let barWidth = max(10, (options.width ?? 80) - labelWidth - valueWidth - 4)
        let maximum = data.range(stacked: chart.stacked).high
        let cells = { (value: Double) in ChartData.steps(value, from: 0, to: maximum, of: barWidth) }
        var lines = [String]()
        for (index, label) in data.labels.enumerated() {
            let name = DisplayWidth.pad(DisplayWidth.wrap(label.text, width: labelWidth).first ?? "", to: labelWidth)
            if chart.stacked {
                var bar = "", used = 0
                for series in data.series.indices {
                    // Rounding (or a total beyond the doubles) must not run past the bar's room.
                    let width = min(cells(data.values[series][index] ?? 0), barWidth - used)
                    bar += ChartStyling.paint(String(repeating: ChartStyling.fill(series), count: width), series: series, color: options.color)
                    used += width
                }
                lines.append(name + " │" + bar + String(repeating: " ", count: max(0, barWidth - used)) + " " + ChartData.format(totals[index]))
            } else {
                var shown = name
                for series in data.series.indices {
                    guard let value = data.values[series][index] else { continue }
                    let width = cells(value)
                    let bar = ChartStyling.paint(String(repeating: ChartStyling.fill(series), count: width), series: series, color: options.color)
                    lines.append(shown + " │" + bar + String(repeating: " ", count: max(0, barWidth - width)) + " " + ChartData.format(value))
                    // The label stands on its group's first bar only.
                    shown = String(repeating: " ", count: labelWidth)
                }
            }
        }
        lines.append(legend(data.series, color: options.color))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `█ China  ▓ Pakistan ...`: each series' fill and name.
    static func legend(_ series: [String?], color: Bool) -> String {
        series.enumerated().map { index, name in
            ChartStyling.paint(ChartStyling.fill(index), series: index, color: color) + " " + (name ?? "")
        }.joined(separator: "  ")
    }

    /// One bar per row, labelled, scaled with eighth blocks.
    private static func single(_ table: ResultTable, chart: ChartLayout, options: RenderOptions) -> String {
        let entries = table.rows.map { row in (label: ResultRenderer.cell(row[chart.label]), value: ChartData.number(row[chart.value])) }
        let labelWidth = min(30, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueTexts = table.rows.map { ResultRenderer.cell($0[chart.value]) }
        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        let total = options.width ?? 80
        let barWidth = max(10, total - labelWidth - valueWidth - 4)
        let maximum = entries.map { max(0, $0.value) }.max() ?? 0
        var lines = [String]()
        for (index, entry) in entries.enumerated() {
            let label = DisplayWidth.wrap(entry.label, width: labelWidth).first ?? ""
            let eighths = ChartData.steps(entry.value, from: 0, to: maximum, of: barWidth * 8)
            let bar = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
            lines.append(DisplayWidth.pad(label, to: labelWidth) + " │" + DisplayWidth.pad(bar, to: barWidth) + " " + valueTexts[index])
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
