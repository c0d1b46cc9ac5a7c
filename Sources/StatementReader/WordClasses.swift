/// Named closed classes of words read from a lexicon table (`Lexicon/function_words.tsv`,
/// `Lexicon/reader_words.tsv`): one line a class, its name, a tab, then its words separated
/// by `|`; `#` lines are comments.
struct WordClasses: Sendable {
    /// Each class's words, by class name.
    private let classes: [String: [String]]

    /// The classes of `table`, the text of such a file.
    init(table: String) {
        classes = Dictionary(
            Gazetteer.rows(table).compactMap { row in row.count >= 2 ? (row[0], Gazetteer.list(row[1])) : nil },
            uniquingKeysWith: +)
    }

    /// The names of the classes the table gives.
    var names: Set<String> { Set(classes.keys) }

    /// The words of the class `name` (none when the table lacks it: the tests check that every
    /// class the reader asks for is there).
    func words(_ name: String) -> WordSet {
        WordSet(list(name))
    }

    /// The words of the class `name` as the table lists them.
    func list(_ name: String) -> [String] {
        classes[name] ?? []
    }

    /// The class `name`'s entries written "short=long" ("EAM=External Affairs Minister"), in lower
    /// case, in the table's order; entries without "=" are skipped.
    func pairs(_ name: String) -> [(String, String)] {
        list(name).compactMap { entry in
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.lowercased() }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}

extension WordClasses {
    /// The closed classes by which the speech-act coder reads a sentence's structure (adverbs,
    /// auxiliaries, modals, subordinators, boundary marks, ...): `Lexicon/function_words.tsv`.
    static let functionWords = WordClasses(table: LexiconTables.functionWords)

    /// The other stages' closed lists (person titles, the sentence splitter's abbreviations and
    /// openers, the entity recogniser's cues and connectors, the actor and party resolvers'
    /// words): `Lexicon/reader_words.tsv`.
    static let readerWords = WordClasses(table: LexiconTables.readerWords)
}
