import ColumnStore
@testable import QueryEngine
import QueryLanguage
import StatementModel

/// The rows of the built-in sources worked out straight from the statement model, field by
/// field, as the row tables were built before the column store: the oracle the store's rows
/// are compared with.
enum ModelRowsOracle {
    static func rows(of source: String, in corpus: Corpus) -> [[Value]] {
        if source == "cameo_codes" {
            return CAMEOCodebook.entries.filter(\.isAssignedByReader).map { entry in
                [.string(entry.code), .string(entry.name), .string(entry.root), cameoName(entry.root)]
            }
        }
        var rows = [[Value]]()
        for statement in corpus.statements {
            let id = Value.string(statement.id)
            switch source {
            case "statements":
                rows.append([
                    id, .string(statement.title), date(statement.date), text(statement.place), text(statement.source),
                    text(statement.kind), .string(statement.path), strings(statement.parties), strings(statement.partyCodes),
                    .int(statement.clauses.count), .string(statement.text),
                ])
            case "clauses":
                for clause in statement.clauses {
                    rows.append([
                        id, .int(clause.n), .int(clause.paragraph), .string(clause.text), .int(clause.start), .int(clause.end),
                        text(clause.actor), text(clause.actorCode), text(clause.verb), text(clause.cameo),
                        cameoName(clause.cameo), text(clause.cameo.map { String($0.prefix(2)) }), cameoName(clause.cameo.map { String($0.prefix(2)) }),
                        strings(clause.acts),
                        .bool(clause.negated), .string(clause.modality.rawValue), strings(clause.topics), strings(clause.entities),
                        .list(clause.dates.map(date)),
                    ])
                }
            case "entities":
                for entity in statement.entities {
                    rows.append([
                        id, .string(entity.name), .string(entity.type.rawValue), text(entity.code), strings(entity.aliases),
                        .int(entity.mentions.count),
                    ])
                }
            case "mentions":
                for entity in statement.entities {
                    for mention in entity.mentions {
                        rows.append([
                            id, .string(entity.name), .string(entity.type.rawValue), .int(mention.clause), .int(mention.start),
                            .int(mention.end), .string(mention.text),
                        ])
                    }
                }
            case "evidence":
                for clause in statement.clauses {
                    for evidence in clause.evidence {
                        let offsets = [evidence.start, evidence.end].map { $0.map { Value.int($0) } ?? .null }
                        let cue = evidence.start.flatMap { start in
                            evidence.end.map { end in Value.string(String(decoding: Array(statement.text.utf8)[start..<end], as: UTF8.self)) }
                        } ?? .null
                        rows.append([id, .int(clause.n), .string(evidence.field.rawValue), .string(evidence.value), cue] + offsets
                            + [.string(evidence.rule)])
                    }
                }
            case "topics":
                for clause in statement.clauses {
                    for topic in clause.topics { rows.append([id, .int(clause.n), .string(topic)]) }
                }
            default:
                break
            }
        }
        return rows
    }

    /// The codebook's name of a code, as `CAMEOCodebook` gives it.
    private static func cameoName(_ code: String?) -> Value {
        code.flatMap(CAMEOCodebook.name(of:)).map { .string($0) } ?? .null
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

extension StoreSources {
    /// The sources of a store built in memory from `corpus`.
    convenience init(corpus: Corpus) {
        self.init(store: StatementStore.build(corpus.statements))
    }
}
