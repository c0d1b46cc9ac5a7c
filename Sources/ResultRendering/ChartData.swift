import Foundation
import QueryEngine
import QueryLanguage

/// The numbers a chart draws, taken from a table by its `ChartLayout`: the labels (bars) or x
/// values (lines) in order, the series in order of first appearance (one unnamed series
/// without a series column), and each series' value at each label; values of a repeated
/// label and series add up. Text is escaped for a terminal or an SVG file by the renderer.
struct ChartData {
    /// A label or x value: its text and, on a line chart's axis, its position.
    struct Label {
        var text: String
        var position: Double
    }

    var labels: [Label]
    var series: [String?]
    /// `values[series][label]`, nil where the table has no row.
    var values: [[Double?]]

    init(_ table: ResultTable, layout: ChartLayout) {
        var labels = [Label]()
        var labelIndex = [String: Int]()
        var series = [String?]()
        var seriesIndex = [String: Int]()
        var cells = [(series: Int, label: Int, value: Double)]()
        for row in table.rows {
            let label = Label(text: ResultRenderer.cell(row[layout.label]), position: Self.position(of: row[layout.label]))
            if layout.style == .line, label.position.isNaN { continue }
            let labelPosition = labelIndex[label.text] ?? {
                labels.append(label)
                labelIndex[label.text] = labels.count - 1
                return labels.count - 1
            }()
            let name = layout.series.map { ResultRenderer.cell(row[$0]) }
            let seriesPosition: Int
            if let name {
                seriesPosition = seriesIndex[name] ?? {
                    series.append(name)
                    seriesIndex[name] = series.count - 1
                    return series.count - 1
                }()
            } else {
                if series.isEmpty { series.append(nil) }
                seriesPosition = 0
            }
            cells.append((seriesPosition, labelPosition, Self.number(row[layout.value])))
        }
        if layout.style == .line {
            // Along the axis in order: dates and numbers by their value.
            let order = labels.indices.sorted { labels[$0].position < labels[$1].position }
            var moved = [Int](repeating: 0, count: labels.count)
            for (new, old) in order.enumerated() { moved[old] = new }
            labels = order.map { labels[$0] }
            cells = cells.map { ($0.series, moved[$0.label], $0.value) }
        }
        var values = Array(repeating: [Double?](repeating: nil, count: labels.count), count: series.count)
        for cell in cells { values[cell.series][cell.label] = Self.sum(values[cell.series][cell.label] ?? 0, cell.value) }
        self.labels = labels
        self.series = series
        self.values = values
    }

    /// The largest value (or stacked total) and the smallest, 0 included.
    func range(stacked: Bool) -> (low: Double, high: Double) {
        var low = 0.0, high = 0.0
        for label in labels.indices {
            let column = values.map { $0[label] ?? 0 }
            if stacked {
                high = max(high, column.reduce(0) { Self.sum($0, max(0, $1)) })
            } else {
                high = max(high, column.max() ?? 0)
                low = min(low, column.min() ?? 0)
            }
        }
        return (low, high)
    }

    /// Where `value` stands between `low` and `high`, from 0 to 1: halves are subtracted so
    /// that the extremes of the doubles cannot overflow; 0 for an empty or undefined span.
    static func fraction(_ value: Double, from low: Double, to high: Double) -> Double {
        let span = high / 2 - low / 2
        guard span > 0 else { return 0 }
        let fraction = (value / 2 - low / 2) / span
        return fraction.isFinite ? min(1, max(0, fraction)) : 0
    }

    /// `fraction` as a whole number of `steps` (cells of a bar, rows or columns of a grid).
    static func steps(_ value: Double, from low: Double, to high: Double, of steps: Int) -> Int {
        Int((fraction(value, from: low, to: high) * Double(steps)).rounded())
    }

    /// `a + b`, kept within the finite doubles.
    static func sum(_ a: Double, _ b: Double) -> Double {
        min(max(a + b, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }

    /// A value as a number to draw: numbers as they are, anything else 0.
    static func number(_ value: Value) -> Double {
        switch value {
        case .int(let number): Double(number)
        case .float(let number): number.isFinite ? number : 0
        default: 0
        }
    }

    /// Where a label stands on a line chart's axis: a date's day number, a number's value;
    /// NaN for anything else (such rows are not drawn).
    static func position(of value: Value) -> Double {
        switch value {
        case .date(let day): Double(day.daysSinceEpoch)
        case .int(let number): Double(number)
        case .float(let number): number.isFinite ? number : .nan
        default: .nan
        }
    }

    /// A number as an axis or legend shows it: whole numbers plainly, others with two
    /// decimals, very large or small ones in three significant digits (`1.8e+308`).
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        if abs(number) >= 1e15 || abs(number) < 0.01 { return String(format: "%.3g", number) }
        return String(format: "%.2f", number)
    }
}
