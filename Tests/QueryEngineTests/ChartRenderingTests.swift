import Foundation
import FoundationXML
import QueryEngine
import QueryLanguage
@testable import ResultRendering
import Testing

/// Charts: the SVG file parses and holds each series' points or bars, and terminal charts
/// are coloured only when colour is on.
@Suite("Charts")
struct ChartRenderingTests {
    static func table(_ query: String) throws -> ResultTable {
        try SampleSession.make().query(query)
    }

    static func svg(_ query: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: SVGChartRenderer.render(try table(query)))
        return try #require(document.rootElement())
    }

    /// An attribute's value (FoundationXML's `attribute(forName:)` misses names with a hyphen).
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    static func elements(_ root: XMLElement, _ name: String, class value: String) -> [XMLElement] {
        let nodes = (try? root.nodes(forXPath: "//*[local-name()='\(name)'][@class='\(value)']")) ?? []
        return nodes.compactMap { $0 as? XMLElement }
    }

    @Test func anSVGLineChartHasAPolylinePerSeriesWithItsPoints() throws {
        let root = try Self.svg(#"clauses | where actor != "joint" | summarize c = count() by year = bin(statement.date, 1year), actor | chart line"#)
        #expect(root.name == "svg")
        let lines = Self.elements(root, "polyline", class: "series")
        #expect(lines.map { Self.attribute("data-series", of: $0) } == ["United States", "Pakistan", "China"])
        // The United States speak in 2021 and 2022, Pakistan and China in 2024.
        let points = lines.map { (Self.attribute("points", of: $0) ?? "").split(separator: " ").count }
        #expect(points == [2, 1, 1])
        #expect(Self.elements(root, "text", class: "x-label").map(\.stringValue) == ["2021-01-01", "2022-01-01", "2024-01-01"])
        #expect(Self.elements(root, "text", class: "legend").compactMap(\.stringValue) == ["United States: last 2", "Pakistan: last 8", "China: last 4"])
    }

    @Test func anSVGBarChartHasARectPerValue() throws {
        let root = try Self.svg(#"clauses | where statement has "fifth" | summarize c = count() by actor, modality | chart bar stacked"#)
        let bars = Self.elements(root, "rect", class: "bar")
        #expect(bars.count == 6)
        let joint = bars.filter { Self.attribute("data-label", of: $0) == "joint" }
        #expect(joint.compactMap { Self.attribute("data-value", of: $0) } == ["25", "1", "2"])
        // Stacked: each segment starts where the one before it ends.
        let starts = joint.compactMap { Double(Self.attribute("x", of: $0) ?? "") }
        let widths = joint.compactMap { Double(Self.attribute("width", of: $0) ?? "") }
        try #require(starts.count == 3 && widths.count == 3)
        #expect(abs(starts[1] - (starts[0] + widths[0])) < 0.2 && abs(starts[2] - (starts[1] + widths[1])) < 0.2)
    }

    @Test func svgBarsScaleToTheLargestValueAndATableWithoutAChartIsAnEmptyChart() throws {
        let root = try Self.svg(#"clauses | summarize c = count() by actor | extend c = c / 100.0 | chart bar"#)
        let widths = Self.elements(root, "rect", class: "bar").compactMap { Double(Self.attribute("width", of: $0) ?? "") }
        #expect(abs((widths.max() ?? 0) - (SVGChartRenderer.width - SVGChartRenderer.left - SVGChartRenderer.right)) < 0.2)
        let empty = SVGChartRenderer.render(ResultTable(columns: [], rows: [[]]))
        #expect(throws: Never.self) { _ = try XMLDocument(xmlString: empty) }
    }

    @Test func textInAnSVGIsEscaped() throws {
        let table = ResultTable(columns: [Column("label", .string), Column("n", .int)], rows: [[.string("<b>&\u{1}"), .int(1)]],
            chart: ChartLayout(style: .bar, label: 0, value: 1))
        let svg = SVGChartRenderer.render(table)
        // Control characters are shown as escapes, as at a terminal; XML's own are escaped.
        #expect(svg.contains("&lt;b&gt;&amp;\\x01"))
        #expect(throws: Never.self) { _ = try XMLDocument(xmlString: svg) }
    }

    @Test func colourOnlyWhenAsked() throws {
        let table = try Self.table(#"clauses | where actor != "joint" | summarize c = count() by year = bin(statement.date, 1year), actor | chart line"#)
        #expect(!ResultRenderer.render(table, as: .table, options: RenderOptions(width: 80, color: false)).contains("\u{1B}["))
        #expect(ResultRenderer.render(table, as: .table, options: RenderOptions(width: 80, color: true)).contains("\u{1B}[31m■"))
        // Other formats write the rows.
        #expect(ResultRenderer.render(table, as: .csv).hasPrefix("year,actor,c\r\n2021-01-01,United States,1\r\n"))
    }

    @Test(arguments: [
        "clauses | take 3 | select n, v = iff(n == 1, 1e308, -1e308) | chart line",
        "clauses | take 3 | select n = iff(n == 1, 1e308, -1e308), v = 1 | chart line",
        "clauses | select k = \"a\", s = actor, v = 1e308 | chart bar stacked",
        "clauses | select k = \"a\", v = 1e308 | chart bar",
        "clauses | take 1 | select n, v = 0 | chart line",
    ])
    func extremeValuesAreDrawnWithinTheWidth(_ query: String) throws {
        let table = try Self.table(query)
        let text = ResultRenderer.render(table, as: .table, options: RenderOptions(width: 80))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let svg = SVGChartRenderer.render(table)
        #expect(!svg.contains("nan") && !svg.contains("inf"))
        #expect(throws: Never.self) { _ = try XMLDocument(xmlString: svg) }
    }

    @Test func aLineChartFitsItsWidth() throws {
        let table = try Self.table("clauses | summarize c = count() by day = statement.date | chart line")
        for width in [40, 80, 120] {
            let lines = ResultRenderer.render(table, as: .table, options: RenderOptions(width: width)).split(separator: "\n")
            #expect(lines.allSatisfy { $0.count <= width }, "\(width)")
        }
    }
}
