import QueryLanguage
import StatementModel

/// The built-in sources of a corpus as tables of values, and each statement's row by id
/// for `statement.FIELD`.
struct SourceTables: Sendable {
    let statements: [[Value]]
    let clauses: [[Value]]
    let entities: [[Value]]
    let mentions: [[Value]]
    let topics: [[Value]]
    /// A statement's row (in `Schema.statementColumns` order) by its id.
    let statementsById: [String: [Value]]

    init(corpus: Corpus) {
        var statements = [[Value]]()
        var clauses = [[Value]]()
        var entities = [[Value]]()
        var mentions = [[Value]]()
        var topics = [[Value]]()
        var byId = [String: [Value]]()
        for statement in corpus.statements {
            let row: [Value] = [
                .string(statement.id), .string(statement.title), Self.date(statement.date), Self.text(statement.place),
                Self.text(statement.source), .string(statement.path), Self.strings(statement.parties),
                Self.strings(statement.partyCodes), .int(statement.clauses.count), .string(statement.text),
            ]
            statements.append(row)
            byId[statement.id] = row
            let id = Value.string(statement.id)
            for clause in statement.clauses {
                clauses.append([
                    id, .int(clause.n), .int(clause.paragraph), .string(clause.text), .int(clause.start), .int(clause.end),
                    Self.text(clause.actor), Self.text(clause.actorCode), Self.text(clause.verb), Self.text(clause.cameo),
                    Self.strings(clause.acts), .bool(clause.negated), .string(clause.modality.rawValue),
                    Self.strings(clause.topics), Self.strings(clause.entities), .list(clause.dates.map(Self.date)),
                ])
                for topic in clause.topics {
                    topics.append([id, .int(clause.n), .string(topic)])
                }
            }
            for entity in statement.entities {
                entities.append([
                    id, .string(entity.name), .string(entity.type.rawValue), Self.text(entity.code),
                    Self.strings(entity.aliases), .int(entity.mentions.count),
                ])
                for mention in entity.mentions {
                    mentions.append([
                        id, .string(entity.name), .string(entity.type.rawValue), .int(mention.clause), .int(mention.start),
                        .int(mention.end), .string(mention.text),
                    ])
                }
            }
        }
        self.statements = statements
        self.clauses = clauses
        self.entities = entities
        self.mentions = mentions
        self.topics = topics
        statementsById = byId
    }

    /// The rows of a built-in source.
    func rows(of source: String) -> [[Value]] {
        switch source {
        case "statements": statements
        case "clauses": clauses
        case "entities": entities
        case "mentions": mentions
        case "topics": topics
        default: []
        }
    }

    /// The distinct values of the categorical columns, sorted: what `actor == "..."` may
    /// compare with and what completion offers.
    func categoricalValues() -> [String: [String]] {
        var values = [String: Set<String>]()
        func collect(_ rows: [[Value]], _ source: String, _ names: [String]) {
            guard let columns = Schema.sources[source] else { return }
            for name in names {
                guard let index = columns.firstIndex(where: { $0.name == name }) else { continue }
                for row in rows {
                    switch row[index] {
                    case .string(let text): values[name, default: []].insert(text)
                    case .list(let items):
                        for case .string(let text) in items { values[name, default: []].insert(text) }
                    default: break
                    }
                }
            }
        }
        collect(clauses, "clauses", ["actor", "actor_code", "verb", "cameo", "acts", "modality", "topics", "entities", "statement"])
        collect(entities, "entities", ["name", "type", "code"])
        collect(mentions, "mentions", ["entity"])
        collect(topics, "topics", ["topic"])
        collect(statements, "statements", ["id", "parties", "party_codes", "place"])
        return values.mapValues { $0.sorted() }
    }

    private static func text(_ value: String?) -> Value {
        value.map { .string($0) } ?? .null
    }

    private static func strings(_ values: [String]) -> Value {
        .list(values.map { .string($0) })
    }

    private static func date(_ value: String?) -> Value {
        guard let value, let day = Day(iso: value) else { return .null }
        return .date(day)
    }
}
