import Foundation
import StatementModel

/// The tables of known countries, organisations, people and places, indexed for
/// longest-match lookup over tokens. Matching is case-sensitive, so "US" is the
/// country and "us" is not.
struct Gazetteer: Sendable {
    /// The gazetteer built from the tables in `Lexicon/`.
    static let shared = Gazetteer()

    /// A phrase of the index: its tokens and the entry it names.
    private struct Phrase: Sendable {
        var words: [String]
        var entry: Int
        var isAdjective: Bool
    }

    private(set) var entries: [GazetteerEntry] = []
    /// The phrases by first word, longest first.
    private var phrasesByFirstWord = WordTable<[Phrase]>([:])
    private var entryByCode: [String: Int] = [:]

    /// A match of a gazetteer phrase in a token list.
    struct Match {
        /// The entry matched.
        var entry: GazetteerEntry
        /// How many tokens the phrase spans.
        var length: Int
        /// Whether the phrase is the adjective form ("Pakistani").
        var isAdjective: Bool
    }

    private init() {
        var phrases = [String: [Phrase]]()
        for row in Self.rows(LexiconTables.countries) where row.count >= 4 {
            add(GazetteerEntry(name: row[1], type: .country, code: row[0], members: [], role: nil),
                names: [row[1]] + Self.list(row[2]), adjectives: Self.list(row[3]), phrases: &phrases)
        }
        for row in Self.rows(LexiconTables.organisations) where row.count >= 4 {
            var entry = GazetteerEntry(name: row[1], type: .organization, code: row[0], members: [], role: nil)
            entry.members = Self.members(row[3], into: &entry)
            if row.count >= 5 { entry.ownStatementMembers = Self.members(row[4], into: &entry) }
            add(entry, names: [row[1]] + Self.list(row[2]), adjectives: [], phrases: &phrases)
        }
        for row in Self.rows(LexiconTables.people) where row.count >= 4 {
            add(GazetteerEntry(name: row[0], type: .person, code: row[2], members: [], role: row[3]),
                names: [row[0]] + Self.list(row[1]), adjectives: [], phrases: &phrases)
        }
        for row in Self.rows(LexiconTables.places) where row.count >= 4 {
            let code = row[2].trimmingCharacters(in: .whitespaces)
            add(GazetteerEntry(name: row[0], type: .place, code: code.isEmpty ? nil : code, members: [], role: row[3]),
                names: [row[0]] + Self.list(row[1]), adjectives: [], phrases: &phrases)
        }
        for row in Self.rows(LexiconTables.initiatives) where row.count >= 3 {
            add(GazetteerEntry(name: row[0], type: EntityType(rawValue: row[2]) ?? .initiative, code: nil, members: [], role: nil),
                names: [row[0]] + Self.list(row[1]), adjectives: [], phrases: &phrases)
        }
        for key in phrases.keys {
            phrases[key]?.sort { $0.words.count > $1.words.count }
        }
        phrasesByFirstWord = WordTable(phrases)
    }

    /// The member codes of a list ("BDI|SSD@2016-09-05|MLI@..2025-01-29"), noting in `entry` the
    /// day a member joined (`@FROM`) or left (`@..UNTIL`, or `@FROM..UNTIL`).
    private static func members(_ field: String, into entry: inout GazetteerEntry) -> [String] {
        list(field).map { item in
            let parts = item.split(separator: "@", maxSplits: 1).map(String.init)
            guard let code = parts.first else { return item }
            if parts.count == 2 {
                let period = parts[1].components(separatedBy: "..")
                if let from = period.first, !from.isEmpty { entry.joined[code] = from }
                if period.count == 2, !period[1].isEmpty { entry.left[code] = period[1] }
            }
            return code
        }
    }

    /// Adds an entry, and its names and adjectives to `phrases` by first word.
    private mutating func add(_ entry: GazetteerEntry, names: [String], adjectives: [String], phrases: inout [String: [Phrase]]) {
        let index = entries.count
        entries.append(entry)
        if let code = entry.code, entry.type == .country || entry.type == .organization, entryByCode[code] == nil {
            entryByCode[code] = index
        }
        for (name, isAdjective) in names.map({ ($0, false) }) + adjectives.map({ ($0, true) }) {
            let words = Tokenizer.tokens(of: name).map(\.text)
            guard let first = words.first else { continue }
            if phrases[first, default: []].contains(where: { $0.words == words }) { continue }
            phrases[first, default: []].append(Phrase(words: words, entry: index, isAdjective: isAdjective))
        }
    }

    /// The longest phrase starting at `index`, if any.
    func match(_ tokens: [Token], at index: Int) -> Match? {
        guard let found = longestPhrase(tokens, at: index) else { return nil }
        // "the Commonwealth of Independent States": a longer name after "the" wins over an alias with it.
        if found.length > 1, tokens[index].text == "the" || tokens[index].text == "The",
            let longer = longestPhrase(tokens, at: index + 1), longer.length >= found.length
        {
            return nil
        }
        return found
    }

    private func longestPhrase(_ tokens: [Token], at index: Int) -> Match? {
        guard index < tokens.count, let candidates = phrasesByFirstWord[textOf: tokens[index]] else { return nil }
        for phrase in candidates where Token.spell(phrase.words, in: tokens, at: index, by: \.text) {
            return Match(entry: entries[phrase.entry], length: phrase.words.count, isAdjective: phrase.isAdjective)
        }
        return nil
    }

    /// The country or organisation with the given code.
    func entry(code: String) -> GazetteerEntry? {
        entryByCode[code].map { entries[$0] }
    }

    /// The non-comment rows of a tab-separated table.
    static func rows(_ table: String) -> [[String]] {
        table.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// The items of a `|`-separated field.
    static func list(_ field: String) -> [String] {
        field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
