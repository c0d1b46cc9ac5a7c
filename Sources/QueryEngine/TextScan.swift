import QueryLanguage

/// A search of a text column of a built-in source (`text contains "terror"`, `text has
/// "sanctions"`, `text matches /terror(ism|ist)s?/i`) answered by one scan of the column's
/// buffer instead of row by row: the rows where it holds, as a bitmap, with no row built. A
/// literal search finds its rows directly; a regex runs only on the rows holding a literal every
/// match needs (`RegexPrefilter`), and is still what decides.
struct TextScan {
    /// What the column is searched for.
    private enum Search {
        /// An ASCII literal, as `contains` (anywhere) or `has` (whole words) finds it.
        case literal(ASCIISearch, wholeWord: Bool)
        /// A regex with its flags, and where its text is in the query.
        case regex(pattern: String, flags: String, range: Range<Int>)
    }

    /// The searched column's name.
    private let column: String
    private let search: Search

    /// The scan for `condition` over `source`, or nil when it is no search the scan answers.
    init?(_ condition: TypedExpression, source: String) {
        guard case .binary(let op, let subject, let argument) = condition.kind, case .column(let position) = subject.kind,
            let column = Schema.sources[source].flatMap({ $0.indices.contains(position) ? $0[position].name : nil }),
            Self.isTextColumn(source, column)
        else { return nil }
        switch (op, argument.kind) {
        case (.contains, .literal(.string(let needle))), (.has, .literal(.string(let needle))):
            guard let literal = Self.literal(needle) else { return nil }
            search = .literal(literal, wholeWord: op == .has)
        case (.matches, .regex(let pattern, let flags)):
            search = .regex(pattern: pattern, flags: flags, range: argument.range)
        case (.matches, .literal(.string(let pattern))):
            search = .regex(pattern: pattern, flags: "", range: argument.range)
        default:
            return nil
        }
        self.column = column
    }

    /// The rows of `source` where the search holds, as a bitmap.
    func rows(of source: String, context: ExecutionContext, range: Range<Int>) throws(Diagnostic) -> [Bool] {
        guard let text = context.tables.textColumn(source, column) else {
            throw Diagnostic(.runtime, "internal: a text search planned for a column that has no text", at: range)
        }
        var passes = [Bool](repeating: false, count: text.rowCount)
        switch search {
        case .literal(let literal, let wholeWord):
            for row in text.rows(matching: literal, wholeWord: wholeWord, startOfWord: false) { passes[row] = true }
        case .regex(let pattern, let flags, let patternRange):
            let matcher = try RegexMatcher(pattern: pattern, flags: flags, range: patternRange)
            let candidates = RegexPrefilter(pattern: pattern, flags: flags).map { $0.candidateRows(in: text) } ?? Array(0..<text.rowCount)
            for row in candidates {
                try context.checkpoint(patternRange)
                if try matcher.matches(text.string(row), context: context) { passes[row] = true }
            }
        }
        return passes
    }

    /// The rows of a `kwic` over the text column `column`: those holding the term at the start
    /// of a word; nil when the term is not one the scan finds.
    static func kwicRows(_ term: String, source: String, column: String, tables: SourceTables) -> [Int]? {
        guard let search = literal(term), let text = tables.textColumn(source, column) else { return nil }
        return text.rows(matching: search, wholeWord: false, startOfWord: true)
    }

    /// The byte search for `needle`, when it is one the scan finds: ASCII, with no NUL (the byte
    /// between two rows' texts).
    private static func literal(_ needle: String) -> ASCIISearch? {
        ASCIISearch(needle).flatMap { $0.containsNUL ? nil : $0 }
    }

    /// Whether `column` of `source` is kept as one buffer of text for scanning.
    private static func isTextColumn(_ source: String, _ column: String) -> Bool {
        switch (source, column) {
        case ("clauses", "text"), ("statements", "text"), ("statements", "title"): true
        default: false
        }
    }
}
