import Foundation
import GRDB
import QueryLanguage
import ResultRendering

/// How much of cq's answer fixes the rows another engine must give for the same query.
struct RowExpectation: Sendable, CustomStringConvertible {
    /// Whether the rows themselves are fixed; false after a `take` or `top` whose order has
    /// ties, where only the row count and the sort keys' values are.
    var rowsFixed: Bool
    /// Whether the rows come in one order (sorted by unique keys): compared in order, else as a multiset.
    var ordered: Bool
    /// The positions of the columns the rows are sorted by, outermost first: their values must
    /// come in the same sequence even where the rows are compared as a multiset.
    var orderColumns: [Int] = []

    /// What is compared, in words.
    var description: String {
        var parts = [rowsFixed ? (ordered ? "compared in order" : "compared as a multiset") : "the row count compared"]
        if !orderColumns.isEmpty { parts.append("the sort keys (columns \(orderColumns.map { $0 + 1 })) in sequence") }
        return parts.joined(separator: ", ")
    }

    /// The same rows in the same order.
    static let inOrder = RowExpectation(rowsFixed: true, ordered: true)
    /// The same rows in any order.
    static let multiset = RowExpectation(rowsFixed: true, ordered: false)
}

/// Answers of cq and of SQLite as text, and where they differ: booleans as 0 and 1, dates
/// ISO, lists JSON, numbers to nine significant digits.
enum AnswerComparison {
    /// A cq value as SQLite holds it in the export, as text.
    static func text(_ value: Value) -> String {
        switch value {
        case .null: "NULL"
        case .bool(let flag): flag ? "1" : "0"
        case .int(let number): String(number)
        case .float(let number): text(number)
        case .string(let string): string
        case .date(let day): day.description
        case .list: ResultRenderer.json(value)
        }
    }

    /// A value SQLite gives, as text the same way.
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "NULL"
        case .int64(let number): String(number)
        case .double(let number): text(number)
        case .string(let string): string
        case .blob(let data): data.base64EncodedString()
        }
    }

    /// A float to nine significant digits; what is within 1e-9 of zero (a sum's rounding
    /// left over where another order of addition cancels exactly) is 0.
    static func text(_ number: Double) -> String {
        abs(number) < 1e-9 ? "0" : String(format: "%.9g", number)
    }

    /// The rows of a cq result, as text.
    static func rows(of table: [[Value]]) -> [[String]] {
        table.map { row in row.map { (value: Value) in text(value) } }
    }

    /// The column names and rows, as text, that `sql` gives in `database`.
    static func run(_ sql: String, in database: DatabaseQueue) throws -> (columns: [String], rows: [[String]]) {
        let (columns, rows) = try database.read { db in
            let statement = try db.makeStatement(sql: sql)
            return (statement.columnNames, try Row.fetchAll(statement))
        }
        return (columns, rows.map { row in row.databaseValues.map { (value: DatabaseValue) in text(value) } })
    }

    /// What differs between cq's rows and the engine's under `expectation`, or nil when they agree.
    static func difference(cq: [[String]], engine: [[String]], as expectation: RowExpectation) -> String? {
        guard cq.count == engine.count else { return "cq gives \(cq.count) rows, the engine \(engine.count)" }
        let keys = { (rows: [[String]]) in rows.map { row in expectation.orderColumns.map { $0 < row.count ? row[$0] : "?" } } }
        let (cqKeys, engineKeys) = (keys(cq), keys(engine))
        if let row = cq.indices.first(where: { cqKeys[$0] != engineKeys[$0] }) {
            return "the sort keys differ at row \(row + 1)"
        }
        guard expectation.rowsFixed else { return nil }
        if expectation.ordered {
            return cq.indices.first { cq[$0] != engine[$0] }.map { "row \($0 + 1) differs" }
        }
        return sorted(cq) == sorted(engine) ? nil : "the rows differ as multisets; only in cq:\n\(preview(unmatched(cq, in: engine), count: 3))"
            + "\nonly in the engine:\n\(preview(unmatched(engine, in: cq), count: 3))"
    }

    /// The rows of `rows` that `others` does not have (as many times as they are missing).
    static func unmatched(_ rows: [[String]], in others: [[String]]) -> [[String]] {
        var left = Dictionary(others.map { ($0, 1) }, uniquingKeysWith: +)
        return rows.filter { row in
            guard let count = left[row], count > 0 else { return true }
            left[row] = count - 1
            return false
        }
    }

    /// Rows in a fixed order, to compare multisets.
    static func sorted(_ rows: [[String]]) -> [[String]] {
        rows.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The first `count` rows, one a line with tabs between the fields, for a failure message.
    static func preview(_ rows: [[String]], count: Int = 6) -> String {
        let shown = rows.prefix(count).map { "    " + $0.joined(separator: "\t") }
        let more = rows.count > count ? ["    ... \(rows.count - count) more"] : []
        return (shown + more).joined(separator: "\n")
    }
}
