/// Offices written before a person's name ("Prime Minister Mario Draghi"), longest first.
enum PersonTitles {
    /// Each title as a list of tokens.
    static let all: [[String]] = [
        "Deputy Prime Minister", "Prime Minister", "Vice President", "President", "Foreign Minister",
        "Minister of Foreign Affairs", "Minister for Foreign Affairs", "Defense Minister", "Defence Minister",
        "Minister", "Secretary of State", "Secretary-General", "Secretary General", "Secretary", "Chancellor",
        "King", "Queen", "Crown Prince", "Prince", "Emir", "Amir", "Sheikh", "Sultan", "Senator", "Ambassador",
        "Governor", "Speaker", "Premier", "Dr.", "Dr", "General", "Admiral", "His Majesty", "Her Majesty",
        "His Royal Highness", "His Highness", "Her Highness", "National Security Advisor", "National Security Adviser",
        "Homeland Security Advisor", "Director", "Commissioner", "High Representative", "Taoiseach", "Mr.", "Mrs.",
        "Ms.", "Mr", "Mrs", "Ms", "Chairman", "Chairwoman", "Pope", "Field Marshal", "Foreign Secretary",
        "State Councilor", "Deputy Secretary", "Special Envoy", "Envoy", "First Lady", "Second Gentleman",
        "Vice Premier", "Chief of Army Staff",
    ].map { Tokenizer.tokens(of: $0).map(\.text) }.sorted { $0.count > $1.count }

    /// The titles by first word, each list in the order of `all` (longest first): a token
    /// that starts no title is answered with one lookup, not a comparison with every title.
    private static let byFirstWord = WordTable<[[String]]>(Dictionary(grouping: all) { $0[0] })

    /// The title starting at `index`, as a token count, or nil.
    static func match(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, let candidates = byFirstWord[textOf: tokens[index]] else { return nil }
        for title in candidates where index + title.count <= tokens.count {
            var matches = true
            for offset in 1..<title.count where tokens[index + offset].text != title[offset] {
                matches = false
                break
            }
            if matches { return title.count }
        }
        return nil
    }

    /// Titles that name the office without a name after them ("the President"), in lower case.
    static let roleWords: Set<String> = [
        "president", "vice president", "prime minister", "deputy prime minister", "chancellor", "king", "queen",
        "crown prince", "emir", "amir", "secretary", "secretary of state", "premier", "taoiseach", "sultan",
        "foreign minister", "minister", "secretary-general", "secretary general",
    ]
}
