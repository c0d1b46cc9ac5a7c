import ColumnStore
import QueryLanguage
import StatementAnalysis
import StatementModel

/// The distinct values of a categorical column, read from the store's dictionaries: what
/// `actor == "..."` may compare with and what completion offers. A name several sources share
/// (`type` of entities and mentions) has the values of all of them, and so has a name that an
/// operator's output shares (`kind`: a statement's register and a diff row's change).
enum CategoricalValues {
    /// The store columns whose dictionaries hold each categorical column's values.
    private static let storeColumns: [String: (name: String, isList: Bool)] = [
        "actor": ("clauses.actor", false), "actor_code": ("clauses.actor_code", false), "verb": ("clauses.verb", false),
        "cameo": ("clauses.cameo", false), "acts": ("clauses.acts", true), "modality": ("clauses.modality", false),
        "topics": ("clauses.topics", true), "topic": ("clauses.topics", true), "entities": ("clauses.entities", true),
        "statement": ("statements.id", false), "id": ("statements.id", false), "name": ("entities.name", false),
        "entity": ("entities.name", false), "type": ("entities.type", false), "code": ("entities.code", false),
        "parties": ("statements.parties", true), "party_codes": ("statements.party_codes", true), "place": ("statements.place", false),
        "kind": ("statements.kind", false), "field": ("evidence.field", false),
    ]

    /// The values an operator's output gives a column of the same name as a stored one: `kind`
    /// of `diff` (same, reworded, ...), which are values of `kind` as much as the registers are.
    private static let operatorValues: [String: [String]] = ["kind": ClauseChange.Kind.allCases.map(\.rawValue)]

    /// The columns worked out from each clause's CAMEO code, and how.
    private static let cameoColumns: [String: @Sendable (String) -> String?] = [
        "cameo_name": { CAMEOCodebook.name(of: $0) }, "cameo_root": { String($0.prefix(2)) },
        "cameo_root_name": { CAMEOCodebook.name(of: String($0.prefix(2))) },
    ]

    /// The column's sorted distinct values, or nil when no source has it as a categorical column
    /// (or its store column is damaged).
    static func of(_ column: String, in store: StatementStore) -> [String]? {
        if let derive = cameoColumns[column] {
            let codes = reading(store) { (store) throws(StoreDamage) in try store.strings("clauses.cameo").dictionary.strings }
            return codes.map { Array(Set($0.compactMap(derive))).sorted() }
        }
        guard let (name, isList) = storeColumns[column] else { return nil }
        let dictionary = reading(store) { (store) throws(StoreDamage) in
            isList ? try store.lists(name).dictionary : try store.strings(name).dictionary
        }
        // A dictionary holds each value once, but Swift's `==` equates canonically equivalent spellings.
        return dictionary.map { Array(Set($0.strings + (operatorValues[column] ?? []))).sorted() }
    }
}

extension CategoricalValues {
    /// The columns whose values are codes: the aliases of an entity stand for its code there.
    private static let codeColumns: Set<String> = ["actor_code", "party_codes", "code"]

    /// Other names for the values of a column, by their lowercased spelling: the paired code or
    /// name (actor_code "USA" for actor "United States", and back; party_codes for parties; an
    /// entity's code for its name), the names the statements use for an entity ("U.S."), and the
    /// initials of a value of several words ("US"). Empty for a column with no such names.
    static func aliases(of column: String, in store: StatementStore) -> [String: ValueAlias] {
        reading(store) { (store) throws(StoreDamage) in try storedAliases(of: column, in: store) } ?? [:]
    }

    /// Runs `body` over the store; on damage has the store report it and returns nil.
    private static func reading<Result>(_ store: StatementStore, _ body: (StatementStore) throws(StoreDamage) -> Result) -> Result? {
        do throws(StoreDamage) {
            return try body(store)
        } catch {
            store.file.reportDamage(error)
            return nil
        }
    }

    private static func storedAliases(of column: String, in store: StatementStore) throws(StoreDamage) -> [String: ValueAlias] {
        var aliases = [String: ValueAlias]()
        func add(_ name: String?, for value: String?, _ kind: ValueAlias.Kind) {
            guard let name, let value, name != value, aliases[name.lowercased()] == nil else { return }
            aliases[name.lowercased()] = ValueAlias(value: value, kind: kind)
        }
        let names = try store.strings("entities.name"), types = try store.strings("entities.type"), codes = try store.strings("entities.code")
        let entityAliases = try store.lists("entities.aliases")
        let entityRows = 0..<names.codes.count
        // Countries before organisations, so that a code both have names the country.
        let typeStrings = types.dictionary.strings
        let coded = ["country", "organization"].flatMap { type in
            let code = typeStrings.firstIndex(of: type).map { UInt32(truncatingIfNeeded: $0) }
            return entityRows.filter { types.codes[$0] == code }
        }
        switch column {
        case "actor", "actor_code":
            let actors = try store.strings("clauses.actor"), actorCodes = try store.strings("clauses.actor_code")
            for (actor, code) in distinctPairs(0..<actors.codes.count, { (actors.codes[$0], actorCodes.codes[$0]) }) {
                if column == "actor" {
                    add(actorCodes.string(code), for: actors.string(actor), .pairedColumn("actor_code"))
                } else {
                    add(actors.string(actor), for: actorCodes.string(code), .pairedColumn("actor"))
                }
            }
        case "parties", "party_codes":
            let parties = try store.lists("statements.parties"), partyCodes = try store.lists("statements.party_codes")
            for row in 0..<(parties.offsets.count - 1) {
                for (name, code) in zip(parties.values(row), partyCodes.values(row)) {
                    if column == "parties" { add(code, for: name, .pairedColumn("party_codes")) } else { add(name, for: code, .pairedColumn("parties")) }
                }
            }
        case "name", "entity", "entities":
            for (code, name) in distinctPairs(coded, { (codes.codes[$0], names.codes[$0]) }) {
                add(codes.string(code), for: names.string(name), .pairedColumn("code"))
            }
        case "code":
            for (code, name) in distinctPairs(coded, { (codes.codes[$0], names.codes[$0]) }) {
                add(names.string(name), for: codes.string(code), .pairedColumn("name"))
            }
        default: return [:]
        }
        let isCodeColumn = codeColumns.contains(column)
        let owners = isCodeColumn ? codes : names
        let aliasRows = entityRows.lazy.flatMap { row in entityAliases.codes(row).lazy.map { (row, $0) } }
        for (alias, owner) in distinctPairs(aliasRows, { ($0.1, owners.codes[$0.0]) }) {
            add(entityAliases.dictionary.string(Int(alias)), for: owners.string(owner), .alias)
        }
        if !isCodeColumn {
            for value in of(column, in: store) ?? [] {
                for short in initials(of: value) { add(short, for: value, .initials) }
            }
        }
        return aliases
    }

    /// The distinct pairs of codes `pair` gives for `rows`, in order of first appearance: the
    /// aliases are worked out once per pair, not once per row.
    private static func distinctPairs<Rows: Sequence>(_ rows: Rows, _ pair: (Rows.Element) -> (UInt32, UInt32)) -> [(UInt32, UInt32)] {
        var seen = Set<UInt64>()
        var pairs = [(UInt32, UInt32)]()
        var previous: UInt64?
        for row in rows {
            let (first, second) = pair(row)
            let key = UInt64(first) << 32 | UInt64(second)
            // Neighbouring rows often repeat a pair (a statement's clauses, one actor).
            guard key != previous else { continue }
            previous = key
            if seen.insert(key).inserted { pairs.append((first, second)) }
        }
        return pairs
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
