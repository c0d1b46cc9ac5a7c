import Foundation
import QueryEngine
import QueryLanguage
import ResultRendering
import Testing

@Suite("Control sequences in results never reach the terminal")
struct ControlSequenceRenderingTests {
    /// OSC 0 title, CSI 2J, CSI 31m, an OSC 8 hyperlink, an OSC 52 clipboard write, the C1 CSI, DEL, CR and NEL.
    static let sequences = [
        "\u{1B}]0;PWNED\u{07}", "\u{1B}[2J", "\u{1B}[31m", "\u{1B}]8;;https://evil.example/\u{1B}\\", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",
        "\u{9B}2J", "\u{7F}", "\r", "\u{85}",
    ]

    /// Sample clauses with a sequence planted in the text, the actor and an entity name.
    static let planted: [(text: String, actor: String, entity: String)] = {
        let clauses = SampleSession.corpus.clauses.filter { !$0.text.contains("\"") && !$0.entities.isEmpty }
        return zip(clauses, sequences).map { clause, sequence in
            let words = clause.text.split(separator: " ", omittingEmptySubsequences: false)
            let text = (words.prefix(3) + [Substring(sequence) + (words.dropFirst(3).first ?? "")] + words.dropFirst(4)).joined(separator: " ")
            let entity = clause.entities[0]
            return (text, sequence + (clause.actor ?? "nobody"), String(entity.prefix(2)) + sequence + entity.dropFirst(2))
        }
    }()

    static let table = ResultTable(
        columns: [Column("n", .int), Column("te\u{1B}[2Jxt", .string), Column("actor", .string), Column("entities", .list(.string))],
        rows: planted.enumerated().map { index, row in
            [.int(index), .string(row.text), .string(row.actor), .list([.string(row.entity), .string("Pakistan")])]
        })

    /// The control characters in `output` (line feeds aside), colours removed when `color`.
    func controls(in output: String, color: Bool = false) -> [Unicode.Scalar] {
        var text = output
        if color {
            for style in ["\u{1B}[1m", "\u{1B}[0m", "\u{1B}[2m", "\u{1B}[7m", "\u{1B}[27m"] {
                text = text.replacingOccurrences(of: style, with: "")
            }
        }
        return text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func thereIsARowForEachSequence() {
        #expect(Self.planted.count == Self.sequences.count)
    }

    @Test(arguments: [OutputFormat.table, .line, .markdown])
    func terminalFormatsShowControlsAsEscapes(_ format: OutputFormat) {
        for options in [RenderOptions(), RenderOptions(width: 60), RenderOptions(color: true)] {
            let output = ResultRenderer.render(Self.table, as: format, options: options)
            #expect(controls(in: output, color: options.color).isEmpty, "\(format) \(options)")
            if options.width == nil {
                #expect(output.contains("\\x1b]0;PWNED\\x07"))
                #expect(output.contains("\\x9b2J"))
            }
        }
    }

    @Test func aBarChartShowsControlsAsEscapes() {
        let chart = ResultTable(
            columns: [Column("actor", .string), Column("count", .int)],
            rows: Self.planted.enumerated().map { [.string($1.actor), .int($0 + 1)] }, chart: ChartLayout(style: .bar, label: 0, value: 1))
        let output = ResultRenderer.render(chart, as: .table, options: RenderOptions(width: 60))
        #expect(controls(in: output).isEmpty)
        // Each label is padded to one width, so the bars start in one column.
        let barColumns = Set(output.split(separator: "\n").map { line in DisplayWidth.of(line.prefix { $0 != "│" }) })
        #expect(barColumns.count == 1)
    }

    @Test func boxTableBordersStayAligned() {
        for options in [RenderOptions(), RenderOptions(width: 70), RenderOptions(width: 70, color: true)] {
            var output = ResultRenderer.render(Self.table, as: .table, options: options)
            for style in ["\u{1B}[1m", "\u{1B}[0m", "\u{1B}[2m", "\u{1B}[7m", "\u{1B}[27m"] {
                output = output.replacingOccurrences(of: style, with: "")
            }
            let lines = output.split(separator: "\n").dropLast()
            #expect(lines.count > Self.planted.count + 3)
            #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1, "\(output)")
        }
    }

    @Test func aSearchHighlightWithAControlInItEscapesItToo() {
        var found = Self.table
        found.highlight = "\u{1B}[2J" + "Pakistan"
        let output = ResultRenderer.render(found, as: .table, options: RenderOptions(color: true))
        #expect(controls(in: output, color: true).isEmpty)
    }

    @Test(arguments: [OutputFormat.json, .jsonl])
    func jsonKeepsTheExactDataEscaped(_ format: OutputFormat) throws {
        let output = ResultRenderer.render(Self.table, as: format)
        #expect(controls(in: output).isEmpty)
        let lines = format == .json ? [output] : output.split(separator: "\n").map(String.init)
        let objects = try lines.flatMap { line -> [[String: Any]] in
            let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return (parsed as? [[String: Any]]) ?? [(parsed as? [String: Any]) ?? [:]]
        }
        #expect(objects.map { $0["te\u{1B}[2Jxt"] as? String } == Self.planted.map(\.text))
        #expect(objects.map { $0["actor"] as? String } == Self.planted.map(\.actor))
        #expect(objects.map { ($0["entities"] as? [String])?.first } == Self.planted.map(\.entity))
    }

    @Test func jsonEscapesEveryControlCharacter() {
        let all = String(String.UnicodeScalarView((0...0x9F).compactMap { value in
            (0x20..<0x7F).contains(value) ? nil : Unicode.Scalar(value)
        }))
        let output = ResultRenderer.render(ResultTable(columns: [Column("c", .string)], rows: [[.string(all)]]), as: .jsonl)
        #expect(controls(in: output.replacingOccurrences(of: "\n", with: "")).isEmpty)
        #expect(output.contains("\\u001b") && output.contains("\\u007f") && output.contains("\\u009b") && output.contains("\\n"))
    }

    @Test func csvAndTsvKeepTheExactData() {
        let csv = ResultRenderer.render(Self.table, as: .csv)
        let tsv = ResultRenderer.render(Self.table, as: .tsv)
        #expect(csv.hasPrefix("n,te\u{1B}[2Jxt,actor,entities\r\n"))
        #expect(tsv.hasPrefix("n\tte\u{1B}[2Jxt\tactor\tentities\n"))
        for row in Self.planted {
            let csvText = row.text.contains(",") || row.text.contains("\r") ? "\"" + row.text + "\"" : row.text
            #expect(csv.contains(csvText))
            let tsvText = row.text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r", with: "\\r")
            #expect(tsv.contains(tsvText))
            #expect(csv.contains(row.actor) && tsv.contains(row.actor.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\r", with: "\\r")))
        }
    }
}
