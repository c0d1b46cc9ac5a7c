import ColumnStore
import QueryLanguage

/// The categorical columns of the built-in sources, dictionary-encoded from the store's
/// columns (no rows are built), each the first time a query reads it; and for
/// `statement.FIELD` the statement's column seen from each row of a source.
final class SourceColumns {
    private let sources: StoreSources
    private var built: [String: CategoricalColumn] = [:]

    /// The columns of `sources`.
    init(sources: StoreSources) {
        self.sources = sources
    }

    /// The columns of each source that are kept as codes (text, offsets and long texts are not).
    static let categorical: [String: Set<String>] = [
        "statements": ["id", "title", "date", "place", "source", "kind", "path", "parties", "party_codes", "clauses"],
        "clauses": [
            "statement", "n", "paragraph", "actor", "actor_code", "verb", "cameo", "cameo_name", "cameo_root", "cameo_root_name",
            "acts", "negated", "modality", "topics", "entities", "dates",
        ],
        "entities": ["statement", "name", "type", "code", "aliases", "mentions"],
        "mentions": ["statement", "entity", "type", "clause"],
        "topics": ["statement", "clause", "topic"],
        "evidence": ["statement", "n", "field", "value", "rule"],
    ]

    /// Whether `column` of `source` is kept as codes.
    static func supports(_ source: String, _ column: String) -> Bool {
        categorical[source]?.contains(column) ?? false
    }

    /// Whether `statement.FIELD` is kept as codes for the rows of `source`.
    static func supportsStatementField(_ source: String, _ field: String) -> Bool {
        source != "statements" && categorical[source] != nil && supports("statements", field)
    }

    /// The column `column` of `source`, or nil when it is not kept as codes (or is damaged).
    func column(_ source: String, _ column: String) -> CategoricalColumn? {
        guard Self.supports(source, column) else { return nil }
        let key = source + "." + column
        if let known = built[key] { return known }
        guard let stored = sources.column(source, column) else { return nil }
        let values = stored.categorical(rows: sources.count(of: source))
        built[key] = values
        return values
    }

    /// `statement.FIELD` for each row of `source`: the field of the statement the row's id
    /// finds (the last statement with that id, as `statement.FIELD` looks it up), or nil.
    func statementField(_ source: String, _ field: String) -> CategoricalColumn? {
        guard Self.supportsStatementField(source, field) else { return nil }
        let key = source + ".statement." + field
        if let known = built[key] { return known }
        guard let fields = column("statements", field), let link = statementLink(source) else { return nil }
        let column = CategoricalColumn(fields, at: link)
        built[key] = column
        return column
    }

    /// The codes a columnar expression reads over `source`: nil for a constant (or a column
    /// that is not kept as codes, which the planner never lets through).
    func column(for reference: ColumnarExpression.Reference?, of source: String) -> CategoricalColumn? {
        switch reference {
        case .column(let position):
            guard let columns = Schema.sources[source], position < columns.count else { return nil }
            return column(source, columns[position].name)
        case .statementField(let field):
            return statementField(source, field)
        case nil:
            return nil
        }
    }

    /// The position in `statements` of each row's statement: the last statement with the id of
    /// the one the row belongs to.
    private func statementLink(_ source: String) -> [UInt32]? {
        guard let ids = sources.reading({ (store) throws(StoreDamage) in try store.strings("statements.id") }),
            let rows = sources.reading({ (store) throws(StoreDamage) in try self.sources.link(source) })
        else { return nil }
        let positions = sources.statementPositions
        let target = (0..<ids.codes.count).map { index in UInt32(truncatingIfNeeded: positions[ids.value(index) ?? ""] ?? index) }
        return rows.map { target[Int($0)] }
    }
}
