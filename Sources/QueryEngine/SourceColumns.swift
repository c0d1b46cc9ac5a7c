import QueryLanguage
import StatementModel

/// The categorical columns of the built-in sources, dictionary-encoded straight from the
/// corpus (no rows are built), each the first time a query reads it; and for `statement.FIELD`
/// the statement's column seen from each row of a source.
final class SourceColumns {
    private let corpus: Corpus
    private var built: [String: CategoricalColumn] = [:]
    private var statementLinks: [String: [UInt32]] = [:]

    /// The columns of `corpus`.
    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The columns of each source that are kept as codes (text, offsets and long texts are not).
    static let categorical: [String: Set<String>] = [
        "statements": ["id", "title", "date", "place", "source", "path", "parties", "party_codes", "clauses"],
        "clauses": [
            "statement", "n", "paragraph", "actor", "actor_code", "verb", "cameo", "acts", "negated", "modality", "topics",
            "entities", "dates",
        ],
        "entities": ["statement", "name", "type", "code", "aliases", "mentions"],
        "mentions": ["statement", "entity", "type", "clause"],
        "topics": ["statement", "clause", "topic"],
    ]

    /// Whether `column` of `source` is kept as codes.
    static func supports(_ source: String, _ column: String) -> Bool {
        categorical[source]?.contains(column) ?? false
    }

    /// Whether `statement.FIELD` is kept as codes for the rows of `source`.
    static func supportsStatementField(_ source: String, _ field: String) -> Bool {
        source != "statements" && categorical[source] != nil && supports("statements", field)
    }

    /// The column `column` of `source`, or nil when it is not kept as codes.
    func column(_ source: String, _ column: String) -> CategoricalColumn? {
        guard Self.supports(source, column) else { return nil }
        let key = source + "." + column
        if let known = built[key] { return known }
        var values = CategoricalColumn()
        let statements = corpus.statements
        switch source {
        case "statements":
            for statement in statements { values.append(Self.statementValue(statement, column)) }
        case "clauses":
            for statement in statements {
                let id = Value.string(statement.id)
                for clause in statement.clauses { values.append(Self.clauseValue(clause, column, statement: id)) }
            }
        case "entities":
            for statement in statements {
                for entity in statement.entities { values.append(Self.entityValue(entity, column, statement: statement.id)) }
            }
        case "mentions":
            for statement in statements {
                for entity in statement.entities {
                    for mention in entity.mentions {
                        values.append(Self.mentionValue(mention, of: entity, column, statement: statement.id))
                    }
                }
            }
        case "topics":
            for statement in statements {
                for clause in statement.clauses {
                    for topic in clause.topics {
                        switch column {
                        case "statement": values.append(.string(statement.id))
                        case "clause": values.append(.int(clause.n))
                        default: values.append(.string(topic))
                        }
                    }
                }
            }
        default:
            return nil
        }
        values.finish()
        built[key] = values
        return values
    }

    /// `statement.FIELD` for each row of `source`: the field of the statement the row's id
    /// finds (the last statement with that id, as `statement.FIELD` looks it up), or nil.
    func statementField(_ source: String, _ field: String) -> CategoricalColumn? {
        guard Self.supportsStatementField(source, field) else { return nil }
        let key = source + ".statement." + field
        if let known = built[key] { return known }
        guard let fields = column("statements", field) else { return nil }
        let column = CategoricalColumn(fields, at: statementLink(source))
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

    /// The position in `statements` of each row's statement.
    private func statementLink(_ source: String) -> [UInt32] {
        if let known = statementLinks[source] { return known }
        let statements = corpus.statements
        var lastWithId = [String: UInt32]()
        for (index, statement) in statements.enumerated() { lastWithId[statement.id] = UInt32(truncatingIfNeeded: index) }
        var link = [UInt32]()
        for (index, statement) in statements.enumerated() {
            let target = lastWithId[statement.id] ?? UInt32(truncatingIfNeeded: index)
            let rows: Int
            switch source {
            case "clauses": rows = statement.clauses.count
            case "entities": rows = statement.entities.count
            case "mentions": rows = statement.entities.reduce(0) { $0 + $1.mentions.count }
            default: rows = statement.clauses.reduce(0) { $0 + $1.topics.count }
            }
            link.append(contentsOf: repeatElement(target, count: rows))
        }
        statementLinks[source] = link
        return link
    }

    private static func statementValue(_ statement: Statement, _ column: String) -> Value {
        switch column {
        case "id": .string(statement.id)
        case "title": .string(statement.title)
        case "date": SourceTables.date(statement.date)
        case "place": SourceTables.text(statement.place)
        case "source": SourceTables.text(statement.source)
        case "path": .string(statement.path)
        case "parties": SourceTables.strings(statement.parties)
        case "party_codes": SourceTables.strings(statement.partyCodes)
        default: .int(statement.clauses.count)
        }
    }

    private static func clauseValue(_ clause: Clause, _ column: String, statement: Value) -> Value {
        switch column {
        case "statement": statement
        case "n": .int(clause.n)
        case "paragraph": .int(clause.paragraph)
        case "actor": SourceTables.text(clause.actor)
        case "actor_code": SourceTables.text(clause.actorCode)
        case "verb": SourceTables.text(clause.verb)
        case "cameo": SourceTables.text(clause.cameo)
        case "acts": SourceTables.strings(clause.acts)
        case "negated": .bool(clause.negated)
        case "modality": .string(clause.modality.rawValue)
        case "topics": SourceTables.strings(clause.topics)
        case "entities": SourceTables.strings(clause.entities)
        default: .list(clause.dates.map(SourceTables.date))
        }
    }

    private static func entityValue(_ entity: Entity, _ column: String, statement: String) -> Value {
        switch column {
        case "statement": .string(statement)
        case "name": .string(entity.name)
        case "type": .string(entity.type.rawValue)
        case "code": SourceTables.text(entity.code)
        case "aliases": SourceTables.strings(entity.aliases)
        default: .int(entity.mentions.count)
        }
    }

    private static func mentionValue(_ mention: Mention, of entity: Entity, _ column: String, statement: String) -> Value {
        switch column {
        case "statement": .string(statement)
        case "entity": .string(entity.name)
        case "type": .string(entity.type.rawValue)
        default: .int(mention.clause)
        }
    }
}
