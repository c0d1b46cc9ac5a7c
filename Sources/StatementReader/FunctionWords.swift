/// The closed classes of words by which the speech-act coder reads a sentence's structure
/// (adverbs, auxiliaries, modals, subordinators, boundary marks, ...): the rows of
/// `Lexicon/function_words.tsv`.
enum FunctionWords {
    private static let classes = WordClasses(table: LexiconTables.functionWords)

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
