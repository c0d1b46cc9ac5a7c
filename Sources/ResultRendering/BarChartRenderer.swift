import QueryEngine
import QueryLanguage

/// Horizontal bar charts in Unicode blocks: a label, a bar scaled to the largest value (with
/// eighth-block precision) and the value.
enum BarChartRenderer {
    private static let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    static func render(_ table: ResultTable, chart: BarChart, options: RenderOptions) -> String {
        let entries = table.rows.map { row in (label: ResultRenderer.cell(row[chart.label]), value: row[chart.value].chartNumber) }
        guard !entries.isEmpty else { return "(no rows to chart)\n" }
        let labelWidth = min(30, entries.map { DisplayWidth.of($0.label) }.max() ?? 0)
        let valueTexts = table.rows.map { ResultRenderer.cell($0[chart.value]) }
        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        let total = options.width ?? 80
        let barWidth = max(10, total - labelWidth - valueWidth - 4)
        let maximum = entries.map { max(0, $0.value) }.max() ?? 0
        var lines = [String]()
        for (index, entry) in entries.enumerated() {
            let label = DisplayWidth.wrap(entry.label, width: labelWidth).first ?? ""
            let eighths = maximum > 0 ? Int((max(0, entry.value) / maximum * Double(barWidth * 8)).rounded()) : 0
            let bar = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
            lines.append(DisplayWidth.pad(label, to: labelWidth) + " │" + DisplayWidth.pad(bar, to: barWidth) + " " + valueTexts[index])
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Value {
    /// The value as a bar length: numbers as they are, anything else 0.
    fileprivate var chartNumber: Double {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value.isFinite ? value : 0
        default: 0
        }
    }
}
