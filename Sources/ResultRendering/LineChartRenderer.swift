import Foundation
import QueryEngine
import QueryLanguage
import TerminalText

/// Line charts for a terminal: one line of markers per series (a glyph and colour each) over
/// a grid 12 rows high and as wide as the terminal, x placed by date or value, dots joining
/// a series' points; the y axis labelled at its top, middle and bottom, the x axis at its
/// ends (and middle when there is room); then a legend with each series' last value.
enum LineChartRenderer {
    static let height = 12

    static func render(_ table: ResultTable, chart: ChartLayout, options: RenderOptions) -> String {
        let data = ChartData(table, layout: chart)
        guard let first = data.labels.first, let last = data.labels.last else { return "(no rows to chart)\n" }
        let (low, high) = data.range(stacked: false)
        let axisLabels = [high, low / 2 + high / 2, low].map(ChartData.format)
        let axisWidth = axisLabels.map(\.count).max() ?? 1
        let width = max(20, (options.width ?? 80) - axisWidth - 2)
        let column = { (position: Double) in ChartData.steps(position, from: first.position, to: last.position, of: width - 1) }
        let row = { (value: Double) in ChartData.steps(value, from: low, to: high, of: height - 1) }
        var grid = Array(repeating: Array(repeating: (glyph: " ", series: -1), count: width), count: height)
        for (series, values) in data.values.enumerated() {
            let points = data.labels.indices.compactMap { index in values[index].map { (x: column(data.labels[index].position), y: row($0)) } }
            // Dots along each segment, then the markers over them.
            for (from, to) in zip(points, points.dropFirst()) where to.x - from.x > 1 {
                for x in (from.x + 1)..<to.x {
                    let y = from.y + Int((Double(to.y - from.y) * Double(x - from.x) / Double(to.x - from.x)).rounded())
                    if grid[y][x].series < 0 { grid[y][x] = ("·", series) }
                }
            }
            for point in points { grid[point.y][point.x] = (ChartStyling.marker(series), series) }
        }
        var lines = [String]()
        for (index, cells) in grid.enumerated().reversed() {
            let label = index == height - 1 ? axisLabels[0] : index == (height - 1) / 2 ? axisLabels[1] : index == 0 ? axisLabels[2] : ""
            // Blank cells at the end of a row are left out.
            let drawn = cells.lastIndex { $0.series >= 0 }.map { cells[...$0] } ?? []
            let body = drawn.map { $0.series < 0 ? $0.glyph : ChartStyling.paint($0.glyph, series: $0.series, color: options.color) }.joined()
            lines.append(String(repeating: " ", count: axisWidth - label.count) + label + " ┤" + body)
        }
        lines.append(String(repeating: " ", count: axisWidth + 1) + "└" + String(repeating: "─", count: width))
        lines.append(String(repeating: " ", count: axisWidth + 2) + xAxis(data.labels, width: width, column: column))
        for (series, name) in data.series.enumerated() {
            let lastValue = data.values[series].last { $0 != nil }.flatMap { $0 }.map(ChartData.format) ?? "null"
            let lastLabel = data.values[series].lastIndex { $0 != nil }.map { data.labels[$0].text } ?? ""
            lines.append(ChartStyling.paint(ChartStyling.marker(series), series: series, color: options.color) + " "
                + (name.map { $0 + ": " } ?? "") + "last \(lastValue) at \(lastLabel)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first, middle and last x labels under their columns, where they fit.
    private static func xAxis(_ labels: [ChartData.Label], width: Int, column: (Double) -> Int) -> String {
        var line = Array(repeating: Character(" "), count: width)
        var placed = [(start: Int, end: Int)]()
        let chosen = [labels[0], labels[labels.count - 1], labels[labels.count / 2]]
        for label in chosen {
            let text = Array(label.text)
            let start = min(max(0, column(label.position) - text.count / 2), max(0, width - text.count))
            let end = start + text.count
            guard end <= width, !placed.contains(where: { start < $0.end + 1 && $0.start < end + 1 }) else { continue }
            placed.append((start, end))
            line.replaceSubrange(start..<end, with: text)
        }
        return String(line).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
}
