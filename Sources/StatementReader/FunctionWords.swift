/// The closed classes of words by which the speech-act coder reads a sentence's structure
/// (adverbs, auxiliaries, modals, subordinators, boundary marks, ...): the rows of
/// `Lexicon/function_words.tsv`, each class a line of `|`-separated words.
enum FunctionWords {
    /// Each class's words, by class name.
    private static let classes: [String: [String]] = Dictionary(
        Gazetteer.rows(LexiconTables.functionWords).compactMap { row in row.count >= 2 ? (row[0], Gazetteer.list(row[1])) : nil },
        uniquingKeysWith: +)

    /// The names of the classes the file gives.
    static var names: Set<String> { Set(classes.keys) }

    /// The words of the class `name` (none when the file lacks it: `FunctionWordTests` checks
    /// that every class the coder asks for is there).
    static func words(_ name: String) -> WordSet {
        WordSet(list(name))
    }

    /// The words of the class `name` as the file lists them.
    static func list(_ name: String) -> [String] {
        classes[name] ?? []
    }
}
