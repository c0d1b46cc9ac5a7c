import QueryLanguage
import Testing

@testable import QueryEngine

@Suite("pivot limits")
struct PivotRowsTests {
    /// A pivot of `groups` keys by `values` values: every pair, or (`sparse`) one row per key.
    static func pivot(groups: Int, values: Int, sparse: Bool = false) throws(Diagnostic) -> ResultTable {
        let context = ExecutionContext(
            tables: SourceTables(sources: StoreSources(corpus: SampleSession.corpus)), parameters: [:], limits: QueryLimits(),
            cancellation: Cancellation())
        let rows = sparse
            ? (0..<groups).map { group in [Value.int(group), Value.int(group % values)] }
            : (0..<groups).flatMap { group in (0..<values).map { value in [Value.int(group), Value.int(value)] } }
        let table = ResultTable(columns: [Column("k", .int), Column("v", .int)], rows: rows)
        return try PivotRows.pivot(table, column: 1, value: nil, keys: [0], context: context, range: 0..<1)
    }

    @Test func aThousandColumnsAreMadeAndOneMoreIsAnError() throws {
        let table = try Self.pivot(groups: 2, values: PivotRows.maximumColumns)
        #expect(table.columns.count == 1 + PivotRows.maximumColumns)
        #expect(table.rows == [[.int(0)] + Array(repeating: .int(1), count: 1_000), [.int(1)] + Array(repeating: .int(1), count: 1_000)])
        #expect(throws: Diagnostic.self) { _ = try Self.pivot(groups: 1, values: PivotRows.maximumColumns + 1) }
    }

    @Test func tooManyCellsAreAnErrorBeforeTheyAreBuilt() {
        #expect {
            // 10,001 rows, each its own key, over 1,000 values: 10,001,000 cells.
            _ = try Self.pivot(groups: PivotRows.maximumCells / PivotRows.maximumColumns + 1, values: PivotRows.maximumColumns, sparse: true)
        } throws: { error in
            (error as? Diagnostic)?.message.hasSuffix("more than \(PivotRows.maximumCells) cells") == true
        }
    }
}
