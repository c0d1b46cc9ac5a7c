/// The register of a statement (`statements.kind`): wire report, joint statement, readout,
/// declaration, press or chair's statement, briefing, remarks, fact sheet or plain statement,
/// worked out from its dateline, its title (`Lexicon/statement_kinds.tsv`) and its parties.
enum StatementKind {
    /// One title phrase: the kind it gives, the kind's place in the table (the first kind wins)
    /// and the phrase's words in lower case.
    private struct Phrase {
        var kind: String
        var order: Int
        var words: [String]
    }

    /// The table's phrases by their first word.
    private static let phrasesByFirstWord: [String: [Phrase]] = {
        var phrases = [String: [Phrase]]()
        for (order, row) in Gazetteer.rows(LexiconTables.statementKinds).enumerated() where row.count >= 2 {
            for phrase in Gazetteer.list(row[1]) {
                let words = Tokenizer.tokens(of: phrase).map(\.lower)
                if let first = words.first { phrases[first, default: []].append(Phrase(kind: row[0], order: order, words: words)) }
            }
        }
        return phrases
    }()

    /// Whether `tokens` open with a phrase of the kind table ("Joint Statement of the Foreign
    /// Ministers of ...", a title repeated as the body's first line).
    static func opensWithKindPhrase(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        return (phrasesByFirstWord[first.lower] ?? []).contains { Token.spell($0.words, in: tokens, at: 0, by: \.lower) }
    }

    /// The kind of a statement whose title has the tokens `title`.
    /// - Parameters:
    ///   - isNewsReport: whether its body opens with a news agency's dateline.
    ///   - partyCount: how many parties it has.
    ///   - opensWithWe: whether its first sentence's subject is "We" ("We, the Leaders of the G7, ...").
    ///   - opensWithVisit: whether its first sentence tells of a visit (042) and its title names a
    ///     person: "Federal Minister ... Schallenberg travelled to Astana today" under "Foreign
    ///     Minister Schallenberg in Astana: ...", a title of no kind, is a ministry's readout.
    static func of(title: [Token], isNewsReport: Bool, partyCount: Int, opensWithWe: Bool, opensWithVisit: Bool = false) -> String {
        if isNewsReport { return "wire-report" }
        var best: Phrase?
        for index in title.indices {
            for phrase in phrasesByFirstWord[title[index].lower] ?? [] where phrase.order < best?.order ?? .max {
                if Token.spell(phrase.words, in: title, at: index, by: \.lower) { best = phrase }
            }
        }
        if let best { return best.kind }
        if partyCount > 1, opensWithWe { return "joint-statement" }
        return partyCount > 1 && opensWithVisit ? "readout" : "statement"
    }
}
