import StatementModel

/// The distinct values of a categorical column, read straight from the model: what
/// `actor == "..."` may compare with and what completion offers. A name several sources share
/// (`type` of entities and mentions) has the values of all of them.
enum CategoricalValues {
    /// The column's sorted distinct values, or nil when no source has it as a categorical column.
    static func of(_ column: String, in corpus: Corpus) -> [String]? {
        var values = Set<String>()
        func add(_ value: String?) {
            if let value { values.insert(value) }
        }
        let statements = corpus.statements
        switch column {
        case "actor": for s in statements { for c in s.clauses { add(c.actor) } }
        case "actor_code": for s in statements { for c in s.clauses { add(c.actorCode) } }
        case "verb": for s in statements { for c in s.clauses { add(c.verb) } }
        case "cameo": for s in statements { for c in s.clauses { add(c.cameo) } }
        case "acts": for s in statements { for c in s.clauses { values.formUnion(c.acts) } }
        case "modality": for s in statements { for c in s.clauses { add(c.modality.rawValue) } }
        case "topics", "topic": for s in statements { for c in s.clauses { values.formUnion(c.topics) } }
        case "entities": for s in statements { for c in s.clauses { values.formUnion(c.entities) } }
        case "statement", "id": for s in statements { add(s.id) }
        case "name", "entity": for s in statements { for e in s.entities { add(e.name) } }
        case "type": for s in statements { for e in s.entities { add(e.type.rawValue) } }
        case "code": for s in statements { for e in s.entities { add(e.code) } }
        case "parties": for s in statements { values.formUnion(s.parties) }
        case "party_codes": for s in statements { values.formUnion(s.partyCodes) }
        case "place": for s in statements { add(s.place) }
        default: return nil
        }
        return values.sorted()
    }
}
