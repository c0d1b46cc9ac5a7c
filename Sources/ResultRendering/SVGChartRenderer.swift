import Foundation
import QueryEngine
import QueryLanguage

/// A chart as a standalone SVG file, for reports: the same layout as the terminal's (lines
/// over an x axis of dates or numbers, or horizontal bars, grouped or stacked by series), with
/// axes, tick labels and a legend. Each line is a `polyline` and each bar a `rect` of class
/// `series` or `bar` carrying its series, label and value as `data-` attributes, so that the
/// file can be checked as well as looked at.
public enum SVGChartRenderer {
    static let width = 900.0, height = 420.0
    static let left = 70.0, right = 260.0, top = 30.0, bottom = 50.0
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#e377c2"]

    /// The SVG text of the table's chart (an empty chart for a table without one).
    public static func render(_ table: ResultTable) -> String {
        var body = [String]()
        var valueName = ""
        if let layout = table.chart, table.columns.indices.contains(layout.label), table.columns.indices.contains(layout.value) {
            let data = ChartData(table, layout: layout)
            if !data.labels.isEmpty {
                body = (layout.style == .line ? lines(data) : bars(data, stacked: layout.stacked)) + legend(data)
            }
            valueName = table.columns[layout.value].name
        }
        return ([
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(Int(width))" height="\#(Int(height))" viewBox="0 0 \#(Int(width)) \#(Int(height))" font-family="sans-serif" font-size="12">"#,
            #"<title>\#(escaped(valueName))</title>"#,
            #"<rect width="100%" height="100%" fill="white"/>"#,
        ] + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    private static var plotWidth: Double { width - left - right }
    private static var plotHeight: Double { height - top - bottom }

    private static func lines(_ data: ChartData) -> [String] {
        let (low, high) = data.range(stacked: false)
        let first = data.labels[0].position, last = data.labels.last?.position ?? first
        let x = { (position: Double) in left + ChartData.fraction(position, from: first, to: last) * plotWidth }
        let y = { (value: Double) in top + plotHeight - ChartData.fraction(value, from: low, to: high) * plotHeight }
        let middle = low / 2 + high / 2
        var elements = axes(yLabels: [(low, y(low)), (middle, y(middle)), (high, y(high))])
        let ticks = [0, data.labels.count / 2, data.labels.count - 1]
        for index in Set(ticks).sorted() {
            let label = data.labels[index]
            elements.append(#"<text class="x-label" x="\#(format(x(label.position)))" y="\#(format(top + plotHeight + 20))" text-anchor="middle">\#(escaped(label.text))</text>"#)
        }
        for (series, values) in data.values.enumerated() {
            let points = data.labels.indices.compactMap { index in values[index].map { (x(data.labels[index].position), y($0)) } }
            let color = palette[series % palette.count]
            let list = points.map { "\(format($0.0)),\(format($0.1))" }.joined(separator: " ")
            elements.append(#"<polyline class="series" data-series="\#(escaped(data.series[series] ?? ""))" points="\#(list)" fill="none" stroke="\#(color)" stroke-width="2"/>"#)
            for point in points {
                elements.append(#"<circle cx="\#(format(point.0))" cy="\#(format(point.1))" r="3" fill="\#(color)"/>"#)
            }
        }
        return elements
    }

    private static func bars(_ data: ChartData, stacked: Bool) -> [String] {
        let high = data.range(stacked: stacked).high
        let band = plotHeight / Double(data.labels.count)
        let perLabel = stacked ? 1 : data.series.count
        let thickness = max(1, band * 0.8 / Double(perLabel))
        let length = { (value: Double) in ChartData.fraction(value, from: 0, to: high) * plotWidth }
        var elements = axes(yLabels: [])
        elements.append(#"<text class="x-label" x="\#(format(left))" y="\#(format(top + plotHeight + 20))" text-anchor="middle">0</text>"#)
        elements.append(#"<text class="x-label" x="\#(format(left + plotWidth))" y="\#(format(top + plotHeight + 20))" text-anchor="middle">\#(ChartData.format(high))</text>"#)
        for (index, label) in data.labels.enumerated() {
            let bandTop = top + Double(index) * band + band * 0.1
            elements.append(#"<text class="y-label" x="\#(format(left - 6))" y="\#(format(bandTop + band * 0.4))" text-anchor="end">\#(escaped(label.text))</text>"#)
            var offset = 0.0
            for series in data.series.indices {
                guard let value = data.values[series][index] else { continue }
                let slot = stacked ? 0 : Double(series)
                let start = stacked ? offset : 0
                elements.append(
                    #"<rect class="bar" data-label="\#(escaped(label.text))" data-series="\#(escaped(data.series[series] ?? ""))" data-value="\#(ChartData.format(value))" x="\#(format(left + start))" y="\#(format(bandTop + slot * thickness))" width="\#(format(length(value)))" height="\#(format(thickness))" fill="\#(palette[series % palette.count])"/>"#)
                offset += length(value)
            }
        }
        return elements
    }

    /// The two axes and the y axis's labels.
    private static func axes(yLabels: [(value: Double, y: Double)]) -> [String] {
        var elements = [
            #"<line x1="\#(format(left))" y1="\#(format(top))" x2="\#(format(left))" y2="\#(format(top + plotHeight))" stroke="black"/>"#,
            #"<line x1="\#(format(left))" y1="\#(format(top + plotHeight))" x2="\#(format(left + plotWidth))" y2="\#(format(top + plotHeight))" stroke="black"/>"#,
        ]
        for label in yLabels {
            elements.append(#"<text class="y-label" x="\#(format(left - 6))" y="\#(format(label.y + 4))" text-anchor="end">\#(ChartData.format(label.value))</text>"#)
        }
        return elements
    }

    /// A swatch and name per series, with its last value.
    private static func legend(_ data: ChartData) -> [String] {
        data.series.enumerated().flatMap { index, name -> [String] in
            let y = top + Double(index) * 18
            let last = data.values[index].last { $0 != nil }.flatMap { $0 }.map(ChartData.format) ?? "null"
            return [
                #"<rect x="\#(format(width - right + 16))" y="\#(format(y))" width="12" height="12" fill="\#(palette[index % palette.count])"/>"#,
                #"<text class="legend" x="\#(format(width - right + 34))" y="\#(format(y + 10))">\#(escaped((name.map { $0 + ": " } ?? "") + "last " + last))</text>"#,
            ]
        }
    }

    private static func format(_ number: Double) -> String {
        String(format: "%.1f", number)
    }

    private static func escaped(_ text: String) -> String {
        XMLText.escaped(text)
    }
}
