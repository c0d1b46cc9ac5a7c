import QueryLanguage

/// A search of a text column of a built-in source (`text contains "terror"`, `text has
/// "sanctions"`, `text matches /terror(ism|ist)s?/i`) answered by one scan of the column's
/// buffer instead of row by row: the rows where it holds, as a bitmap, with no row built. A
/// literal search finds its rows directly; a regex runs only on the rows holding a literal every
/// match needs (`RegexPrefilter`), and is still what decides.
enum TextScan {
    /// Whether `condition` over `source` is a search the scan answers.
    static func applies(_ condition: TypedExpression, source: String) -> Bool {
        guard case .binary(let op, let subject, let argument) = condition.kind, case .column(let position) = subject.kind,
            let column = Schema.sources[source].flatMap({ $0.indices.contains(position) ? $0[position].name : nil }),
            isTextColumn(source, column)
        else { return false }
        switch (op, argument.kind) {
        case (.contains, .literal(.string(let needle))), (.has, .literal(.string(let needle))):
            return ASCIISearch(needle).map { !$0.containsNUL } ?? false
        case (.matches, .regex), (.matches, .literal(.string)):
            return true
        default:
            return false
        }
    }

    /// The rows of `source` where `condition` (one `applies` accepts) holds, as a bitmap.
    static func rows(_ condition: TypedExpression, source: String, context: ExecutionContext, range: Range<Int>) throws(Diagnostic)
        -> [Bool]
    {
        guard case .binary(let op, let subject, let argument) = condition.kind, case .column(let position) = subject.kind,
            let column = Schema.sources[source].map({ $0[position].name }), let text = context.tables.textColumn(source, column)
        else { throw Diagnostic(.runtime, "internal: a text search planned for a column that has no text", at: range) }
        var passes = [Bool](repeating: false, count: text.rowCount)
        switch (op, argument.kind) {
        case (.matches, .regex(let pattern, let flags)):
            try matching(pattern, flags: flags, argumentRange: argument.range, in: text, into: &passes, context: context)
        case (.matches, .literal(.string(let pattern))):
            try matching(pattern, flags: "", argumentRange: argument.range, in: text, into: &passes, context: context)
        case (_, .literal(.string(let needle))):
            guard let search = ASCIISearch(needle) else { break }
            for row in text.rows(matching: search, wholeWord: op == .has, startOfWord: false) { passes[row] = true }
        default:
            break
        }
        return passes
    }

    /// The rows of a `kwic` over the text column `column`: those holding the term at the start
    /// of a word; nil when the term is not one the scan finds.
    static func kwicRows(_ term: String, source: String, column: String, tables: SourceTables) -> [Int]? {
        guard let search = ASCIISearch(term), !search.containsNUL, let text = tables.textColumn(source, column) else { return nil }
        return text.rows(matching: search, wholeWord: false, startOfWord: true)
    }

    /// Marks the rows `pattern` matches, running the regex only on the prefilter's candidates.
    private static func matching(
        _ pattern: String, flags: String, argumentRange: Range<Int>, in text: TextColumn, into passes: inout [Bool],
        context: ExecutionContext
    ) throws(Diagnostic) {
        let matcher = try RegexMatcher(pattern: pattern, flags: flags, range: argumentRange)
        let candidates = RegexPrefilter(pattern: pattern, flags: flags).map { $0.candidateRows(in: text) } ?? Array(0..<text.rowCount)
        for row in candidates {
            try context.checkpoint(argumentRange)
            if try matcher.matches(text.string(row), context: context) { passes[row] = true }
        }
    }

    /// Whether `column` of `source` is kept as one buffer of text for scanning.
    private static func isTextColumn(_ source: String, _ column: String) -> Bool {
        switch (source, column) {
        case ("clauses", "text"), ("statements", "text"), ("statements", "title"): true
        default: false
        }
    }
}
