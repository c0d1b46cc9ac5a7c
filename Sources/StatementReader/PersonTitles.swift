/// Offices written before a person's name ("Prime Minister Mario Draghi"), longest first.
enum PersonTitles {
    /// Each title as a list of tokens (`person_titles` of `Lexicon/reader_words.tsv`), longest first.
    static let all: [[String]] = WordClasses.readerWords.list("person_titles").map { Tokenizer.tokens(of: $0).map(\.text) }
        .sorted { $0.count > $1.count }

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
}
