/// The closed word lists of the reader's other stages (person titles, the sentence splitter's
/// abbreviations and openers, the entity recogniser's cues and connectors, the actor and party
/// resolvers' words, the clean-up's site furniture): the rows of `Lexicon/reader_words.tsv`.
enum ReaderWords {
    private static let classes = WordClasses(table: LexiconTables.readerWords)

    /// The names of the classes the file gives.
    static var names: Set<String> { classes.names }

    /// The words of the class `name` (see `WordClasses.words`).
    static func words(_ name: String) -> WordSet {
        classes.words(name)
    }

    /// The words of the class `name` as the file lists them.
    static func list(_ name: String) -> [String] {
        classes.list(name)
    }
}
