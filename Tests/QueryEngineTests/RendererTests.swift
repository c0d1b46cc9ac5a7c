import QueryEngine
import QueryLanguage
import ResultRendering
import Testing

@Suite("Result renderers")
struct RendererTests {
    let table = ResultTable(
        columns: [Column("name", .string), Column("n", .int), Column("codes", .list(.string)), Column("when", .date)],
        rows: [
            [.string("中国"), .int(7), .list([.string("CHN")]), .date(Day(year: 2024, month: 5, day: 16)!)],
            [.string("Côte d'Ivoire, \"CIV\""), .null, .list([]), .null],
        ])

    @Test func boxTableAlignsByDisplayWidth() {
        #expect(ResultRenderer.render(table, as: .table) == """
            ┌──────────────────────┬──────┬───────┬────────────┐
            │ name                 │ n    │ codes │ when       │
            ├──────────────────────┼──────┼───────┼────────────┤
            │ 中国                 │    7 │ CHN   │ 2024-05-16 │
            │ Côte d'Ivoire, "CIV" │ null │       │ null       │
            └──────────────────────┴──────┴───────┴────────────┘
            (2 rows)

            """)
    }

    @Test func json() {
        #expect(ResultRenderer.render(table, as: .json) == """
            [
              {"name":"中国","n":7,"codes":["CHN"],"when":"2024-05-16"},
              {"name":"Côte d'Ivoire, \\"CIV\\"","n":null,"codes":[],"when":null}
            ]

            """)
        #expect(ResultRenderer.render(ResultTable(columns: table.columns, rows: []), as: .json) == "[]\n")
    }

    @Test func jsonLines() {
        #expect(ResultRenderer.render(table, as: .jsonl).split(separator: "\n").count == 2)
    }

    @Test func csvFollowsRFC4180() {
        #expect(ResultRenderer.render(table, as: .csv) == "name,n,codes,when\r\n中国,7,\"[\"\"CHN\"\"]\",2024-05-16\r\n\"Côte d'Ivoire, \"\"CIV\"\"\",,[],\r\n")
        #expect(ResultRenderer.render(table, as: .csv, options: RenderOptions(headers: false)).hasPrefix("中国"))
    }

    @Test func tsvEscapesTabs() {
        let tabbed = ResultTable(columns: [Column("t", .string)], rows: [[.string("a\tb\nc")]])
        #expect(ResultRenderer.render(tabbed, as: .tsv) == "t\na\\tb\\nc\n")
    }

    @Test func markdown() {
        let piped = ResultTable(columns: [Column("t", .string), Column("n", .int)], rows: [[.string("a|b"), .int(1)]])
        #expect(ResultRenderer.render(piped, as: .markdown) == "| t | n |\n|---|---:|\n| a\\|b | 1 |\n")
    }

    @Test func lineMode() {
        #expect(ResultRenderer.render(table, as: .line).hasPrefix(" name = 中国\n    n = 7\ncodes = CHN\n when = 2024-05-16\n\n"))
    }

    @Test func longTextWrapsToTheWidthAndIsNeverCutWithout() {
        let long = ResultTable(columns: [Column("text", .string)], rows: [[.string(String(repeating: "word ", count: 40))]])
        let wrapped = ResultRenderer.render(long, as: .table, options: RenderOptions(width: 40))
        #expect(wrapped.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 40 })
        let unwrapped = ResultRenderer.render(long, as: .table)
        #expect(unwrapped.contains(String(repeating: "word ", count: 39) + "word"))
    }

    @Test func barChart() {
        let counts = ResultTable(columns: [Column("actor", .string), Column("count", .int)],
            rows: [[.string("joint"), .int(8)], [.string("China"), .int(2)]], chart: ChartLayout(style: .bar, label: 0, value: 1))
        let lines = ResultRenderer.render(counts, as: .table, options: RenderOptions(width: 30)).split(separator: "\n")
        let full = String(repeating: "█", count: 20)
        let quarter = String(repeating: "█", count: 5) + String(repeating: " ", count: 15)
        #expect(lines.map(String.init) == ["joint │\(full) 8", "China │\(quarter) 2"])
    }

    @Test func colorHighlightsSearchMatchesAndDimsNulls() {
        var found = ResultTable(columns: [Column("text", .string), Column("x", .string)], rows: [[.string("on Kashmir"), .null]])
        found.highlight = "kashmir"
        let rendered = ResultRenderer.render(found, as: .table, options: RenderOptions(color: true))
        #expect(rendered.contains("\u{1B}[7mKashmir\u{1B}[27m"))
        #expect(rendered.contains("\u{1B}[2mnull"))
    }
}

/// Word edits of a diff in colour on a terminal, markers kept so that columns stay aligned.
@Suite("Word edits on a terminal")
struct WordEditColourTests {
    @Test func removedWordsAreRedAndAddedGreenAcrossWrappedLines() {
        var table = ResultTable(columns: [Column("changes", .string)], rows: [[.string("[-supports-]{+firmly supports China on every issue+}")]])
        table.marksWordEdits = true
        let coloured = ResultRenderer.render(table, as: .table, options: RenderOptions(width: 30, color: true))
        #expect(coloured.contains("\u{1B}[31m[-supports-]\u{1B}[39m"))
        #expect(coloured.contains("\u{1B}[32m{+firmly"))
        // The added words wrap onto more lines, each of which starts green again.
        let body = coloured.split(separator: "\n").filter { $0.hasPrefix("│") }.dropFirst()
        #expect(body.count >= 2)
        #expect(body.allSatisfy { $0.contains("\u{1B}[32m") })
        table.marksWordEdits = false
        #expect(!ResultRenderer.render(table, as: .table, options: RenderOptions(width: 30, color: true)).contains("\u{1B}[31m"))
        table.marksWordEdits = true
        #expect(!ResultRenderer.render(table, as: .table, options: RenderOptions(width: 30)).contains("\u{1B}["))
    }
}

/// `why` shows the clauses it explains above its decisions, the cues in reverse video at a terminal.
@Suite("Explained clauses")
struct ExplainedClauseTests {
    @Test func cuesAreMergedAndHighlightedAtATerminal() {
        // "Pakistan" and "Pakistan firmly" overlap; "supports" stands alone; one range is out of bounds.
        let clause = ExplainedClause(statement: "s", n: 3, text: "Pakistan firmly supports China.", cues: [16..<24, 0..<8, 0..<15, 40..<50])
        #expect(clause.cues == [0..<15, 16..<24])
        var table = ResultTable(columns: Schema.evidenceColumns, rows: [])
        table.explained = [clause]
        let coloured = ResultRenderer.render(table, as: .table, options: RenderOptions(color: true))
        #expect(coloured.hasPrefix("s 3: \u{1B}[7mPakistan firmly\u{1B}[27m \u{1B}[7msupports\u{1B}[27m China.\n┌"))
        #expect(ResultRenderer.render(table, as: .table).hasPrefix("s 3: Pakistan firmly supports China.\n┌"))
        #expect(!ResultRenderer.render(table, as: .csv).contains("Pakistan"))
    }

    @Test func aCueInsideACharacterIsLeftPlain() {
        // "é" is two bytes: a cue that starts inside it is not highlighted, and nothing is lost.
        let clause = ExplainedClause(statement: "s", n: 1, text: "Café talks", cues: [4..<6])
        #expect(clause.runs.map(\.text).joined() == "Café talks")
        #expect(!clause.runs.contains { $0.isCue })
    }
}
