import QueryEngine
import Testing

/// A first `where text contains/has "..."` or `kwic` over a built-in source runs as a scan of the
/// text column; its results must be the row-by-row results exactly.
@Suite("Column scans give the row-by-row answers")
struct ColumnScanTests {
    static let needles = ["terror", "Kashmir", "the", "corridor", "CPEC", "sanction", "u.s.", "Dasu", "president", "zzz"]

    @Test(arguments: needles)
    func scansMatchRowByRow(needle: String) throws {
        let session = SampleSession.make()
        for query in [
            "clauses | where text contains \"\(needle)\"", "clauses | where text has \"\(needle)\"",
            "statements | where text contains \"\(needle)\" | select id", "statements | where title has \"\(needle)\" | select id",
            "clauses | kwic \"\(needle)\" width 20", "statements | kwic \"\(needle)\"",
        ] {
            // `true and ...` and a leading `where true` are not scanned: the evaluator's own answer.
            let rowByRow = query.replacingOccurrences(of: "| where ", with: "| where true and ")
                .replacingOccurrences(of: "| kwic", with: "| where true | kwic")
            #expect(try session.query(query) == session.query(rowByRow), "\(query)")
        }
    }

    @Test func aScanFindsTheSeedClauses() throws {
        let session = SampleSession.make()
        let kashmir = try session.query("clauses | where text has \"kashmir\" | select statement, n, actor")
        #expect(kashmir.rows.count == 2)
        #expect(kashmir.rows.allSatisfy { $0[0] == .string("2024-05-16-pakistan-china-fifth-strategic-dialogue") })
        #expect(try session.query("clauses | where text contains \"terror\" | count").rows
            == session.query("clauses | where lower(text) contains \"terror\" | count").rows)
    }
}
