import QueryLanguage
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

extension CategoricalValues {
    /// The columns whose values are codes: the aliases of an entity stand for its code there.
    private static let codeColumns: Set<String> = ["actor_code", "party_codes", "code"]

    /// Other names for the values of a column, by their lowercased spelling: the paired code or
    /// name (actor_code "USA" for actor "United States", and back; party_codes for parties; an
    /// entity's code for its name), the names the statements use for an entity ("U.S."), and the
    /// initials of a value of several words ("US"). Empty for a column with no such names.
    static func aliases(of column: String, in corpus: Corpus) -> [String: ValueAlias] {
        var aliases = [String: ValueAlias]()
        func add(_ name: String?, for value: String?, _ kind: ValueAlias.Kind) {
            guard let name, let value, name != value, aliases[name.lowercased()] == nil else { return }
            aliases[name.lowercased()] = ValueAlias(value: value, kind: kind)
        }
        let statements = corpus.statements
        let entities = statements.flatMap(\.entities)
        // Countries before organisations, so that a code both have names the country.
        let coded = entities.filter { $0.type == .country } + entities.filter { $0.type == .organization }
        switch column {
        case "actor": for s in statements { for c in s.clauses { add(c.actorCode, for: c.actor, .pairedColumn("actor_code")) } }
        case "actor_code": for s in statements { for c in s.clauses { add(c.actor, for: c.actorCode, .pairedColumn("actor")) } }
        case "parties": for s in statements { for (name, code) in zip(s.parties, s.partyCodes) { add(code, for: name, .pairedColumn("party_codes")) } }
        case "party_codes": for s in statements { for (name, code) in zip(s.parties, s.partyCodes) { add(name, for: code, .pairedColumn("parties")) } }
        case "name", "entity", "entities": for e in coded { add(e.code, for: e.name, .pairedColumn("code")) }
        case "code": for e in coded { add(e.name, for: e.code, .pairedColumn("name")) }
        default: return [:]
        }
        let isCodeColumn = codeColumns.contains(column)
        for entity in entities {
            for alias in entity.aliases { add(alias, for: isCodeColumn ? entity.code : entity.name, .alias) }
        }
        if !isCodeColumn {
            for value in of(column, in: corpus) ?? [] {
                for short in initials(of: value) { add(short, for: value, .initials) }
            }
        }
        return aliases
    }

    /// "US" and "U.S." for "United States", "PRC" for "People's Republic of China"; nothing for a
    /// value of one word.
    static func initials(of value: String) -> [String] {
        let smallWords: Set<String> = ["of", "the", "and", "for"]
        let words = value.split { $0 == " " || $0 == "-" }.filter { !smallWords.contains($0.lowercased()) }
        guard words.count >= 2 else { return [] }
        let letters = words.compactMap(\.first).map { String($0).uppercased() }
        return [letters.joined(), letters.joined(separator: ".") + "."]
    }
}
