/// The register of a statement (`statements.kind`): wire report, joint statement, readout,
/// declaration, press or chair's statement, briefing, remarks, fact sheet or plain statement,
/// worked out from its dateline, its title (`Lexicon/statement_kinds.tsv`) and its parties.
enum StatementKind {
    /// The kinds and their title phrases, in the order they are tried.
    private static let titlePhrases: [(kind: String, phrases: [String])] = Gazetteer.rows(LexiconTables.statementKinds)
        .compactMap { row in row.count >= 2 ? (row[0], Gazetteer.list(row[1])) : nil }

    /// The kind of a statement titled `title`.
    /// - Parameters:
    ///   - isNewsReport: whether its body opens with a news agency's dateline.
    ///   - partyCount: how many parties it has.
    ///   - opensWithWe: whether its first sentence's subject is "We" ("We, the Leaders of the G7, ...").
    static func of(title: String, isNewsReport: Bool, partyCount: Int, opensWithWe: Bool) -> String {
        if isNewsReport { return "wire-report" }
        let lower = title.lowercased()
        if let match = titlePhrases.first(where: { $0.phrases.contains { lower.contains($0) } }) { return match.kind }
        return partyCount > 1 && opensWithWe ? "joint-statement" : "statement"
    }
}
