import Foundation
@testable import QueryEngine
import QueryLanguage
import Testing

/// Dictionary encoding of the categorical columns, and which steps the columnar plans take.
@Suite("Categorical columns")
struct CategoricalColumnTests {
    @Test func codesFollowFirstAppearanceAndNullIsAnEntry() {
        let column = CategoricalColumn([.string("b"), .null, .string("a"), .string("b"), .null, .int(1)])
        #expect(column.dictionary == [.string("b"), .null, .string("a"), .int(1)])
        #expect(column.codes == [0, 1, 2, 0, 1, 3])
        #expect(column.count == 6)
    }

    @Test func equivalentSpellingsStayApart() {
        // "é" precomposed and decomposed are equal as `Value`s but not byte for byte.
        let composed = Value.string("caf\u{E9}"), decomposed = Value.string("cafe\u{301}")
        #expect(composed == decomposed)
        let column = CategoricalColumn([composed, decomposed, .list([composed]), .list([decomposed]), composed])
        #expect(column.dictionary.count == 4)
        #expect(column.codes == [0, 1, 2, 3, 0])
    }

    @Test func aColumnSeenThroughALinkSharesTheDictionary() {
        let statements = CategoricalColumn([.string("x"), .string("y")])
        let linked = CategoricalColumn(statements, at: [1, 1, 0])
        #expect(linked.dictionary == statements.dictionary)
        #expect(linked.codes == [1, 1, 0])
    }

    @Test func sourceColumnsMatchTheRows() {
        let corpus = SampleSession.corpus
        let sources = StoreSources(corpus: corpus)
        let columns = SourceColumns(sources: sources), tables = SourceTables(sources: sources)
        for source in Schema.sourceNames {
            let schema = Schema.sources[source] ?? []
            let rows = tables.rows(of: source)
            #expect(rows == ModelRowsOracle.rows(of: source, in: corpus), "\(source)")
            for (position, column) in schema.enumerated() where SourceColumns.supports(source, column.name) {
                let encoded = columns.column(source, column.name)
                #expect(encoded?.count == rows.count, "\(source).\(column.name)")
                let decoded = encoded.map { column in column.codes.map { column.dictionary[Int($0)] } }
                #expect(decoded == rows.map { $0[position] }, "\(source).\(column.name)")
            }
        }
        let byId = tables.statementsById
        let dates = columns.statementField("clauses", "date")
        let expected = tables.rows(of: "clauses").map { row in
            if case .string(let id) = row[0] { return byId[id]?[2] ?? .null }
            return .null
        }
        #expect(dates.map { column in column.codes.map { column.dictionary[Int($0)] } } == expected)
        #expect(columns.column("clauses", "text") == nil)
    }

    /// How many steps of `query` run on columns (0 when none do).
    static func consumedSteps(_ query: String) throws -> Int {
        let session = SampleSession.make()
        let context = ExecutionContext(
            tables: SourceTables(sources: StoreSources(corpus: SampleSession.corpus)), parameters: ["actor": .string("China")], limits: QueryLimits(),
            cancellation: Cancellation())
        session.parameters = context.parameters
        var checker = Checker(environment: session.environment)
        guard case .query(let pipeline) = try Parser.parse(SourceText(name: "q", text: query)).first else { return -1 }
        let checked = try checker.check(pipeline)
        guard case .builtin(let source) = checked.source else { return -1 }
        let executor = ColumnarExecutor(source: source, columns: SourceColumns(sources: StoreSources(corpus: SampleSession.corpus)), context: context)
        return try executor.run(checked.steps[...])?.consumedSteps ?? 0
    }

    @Test(arguments: [
        (#"clauses | where actor == "China" and cameo startswith "03" | count"#, 2),
        (#"clauses | where actor == $actor or actor == null | summarize count() by actor, cameo"#, 2),
        (#"clauses | where year(statement.date) == 2024 | summarize count() by month(statement.date)"#, 2),
        (#"clauses | where topics has "trade" and not negated | take 3 | select text"#, 2),
        (#"mentions | where type == "project" | summarize count() by entity | sort by count desc"#, 2),
        (#"clauses | where lower(actor) in ["china"] | summarize count()"#, 2),
        (#"clauses | where text contains "terror" | count"#, 2),
        (#"clauses | where actor == "China" and text has "trade" | count"#, 2),
        (#"clauses | where text matches /terror(ism|ist)s?/i or not (text has "sanctions") | summarize count() by actor"#, 2),
        (#"statements | where title contains "Quad" | take 2"#, 2),
        (#"clauses | where text contains "Café" | count"#, 0),
        (#"clauses | where text contains actor | count"#, 0),
        (#"clauses | where actor == "China" | where n + 1 > 2 | count"#, 1),
        (#"clauses | where actor == verb | count"#, 0),
        (#"clauses | summarize count_distinct(cameo) by actor"#, 0),
        (#"clauses | where actor == "China" | take -1"#, 1),
        (#"clauses | sort by actor desc, n | take 5 | select text"#, 2),
        (#"clauses | where negated | sort by statement.date desc | summarize count() by actor"#, 3),
        (#"clauses | sort by actor | distinct actor, cameo"#, 2),
        (#"clauses | sort by text | take 3"#, 0),
        (#"clauses | sort by actor, text | take 3"#, 0),
    ])
    func planCoverage(query: String, steps: Int) throws {
        #expect(try Self.consumedSteps(query) == steps, "\(query)")
    }
}
