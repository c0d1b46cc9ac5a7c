import Foundation
import QueryLanguage

/// The SQL engines a query compiles for, and how their SQL differs.
public enum SQLDialect: String, Sendable, CaseIterable {
    case sqlite, duckdb, postgres, spark

    /// An identifier quoted for the dialect (`"end"`, Spark's `` `end` ``).
    func quoted(_ identifier: String) -> String {
        switch self {
        case .spark: "`" + identifier.replacingOccurrences(of: "`", with: "``") + "`"
        default: "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    /// The type of a column holding `type`'s values: lists as JSON text, dates as ISO text in
    /// SQLite (which has no date type), booleans as SQLite's 0 and 1.
    public func columnType(_ type: ValueType) -> String {
        switch (self, type) {
        case (.sqlite, .int), (.sqlite, .bool): "INTEGER"
        case (.sqlite, .float): "REAL"
        case (.sqlite, _): "TEXT"
        case (_, .int): "BIGINT"
        case (.postgres, .float): "DOUBLE PRECISION"
        case (_, .float): "DOUBLE"
        case (_, .bool): "BOOLEAN"
        case (_, .date): "DATE"
        case (.spark, _): "STRING"
        case (.duckdb, _): "VARCHAR"
        case (.postgres, _): "TEXT"
        }
    }

    /// A string literal: quotes doubled, and for Spark, whose literals take backslash escapes,
    /// backslashes and quotes escaped with a backslash.
    func stringLiteral(_ text: String) -> String {
        switch self {
        case .spark: "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        default: "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    /// A float literal (`1.5`, `1e-05`) as a double: Spark reads `1.5` as a decimal, `1.5D` as a double.
    func floatLiteral(_ text: String) -> String {
        self == .spark && !text.contains("e") ? text + "D" : text
    }

    /// The literal false: SQLite has no boolean type and stores 0.
    var falseLiteral: String { self == .sqlite ? "0" : "FALSE" }
    var trueLiteral: String { self == .sqlite ? "1" : "TRUE" }

    /// `a / b` on integers truncating towards zero as cq's does (DuckDB's `/` gives a float).
    func integerDivision(_ a: String, _ b: String) -> String {
        switch self {
        case .sqlite, .postgres: "(\(a) / \(b))"
        case .duckdb: "CAST(trunc(\(a) / \(b)) AS BIGINT)"
        case .spark: "(\(a) DIV \(b))"
        }
    }

    /// The check error for a construct the compiler has no SQL for in this dialect.
    func untranslated(_ what: String, at range: Range<Int>) -> Diagnostic {
        Diagnostic(.type, "\(what) has no translation to SQL for \(rawValue) yet", at: range,
            notes: ["translated: where, select, extend, sort, take, top, count, distinct, summarize over every built-in source"])
    }
}
