import QueryLanguage

/// The rows `kwic` makes from its input rows: one per occurrence of the term at the start of a
/// word, with `statement`, `n`, `left`, `match` and `right`. `statement` and `n` come from the
/// input's columns when it has them (clauses, mentions, topics); for a row holding the whole
/// text of a loaded statement (statements, or a table made from them) `n` is the number of the
/// clause the occurrence starts in, found by the clauses' byte offsets, and null outside every
/// clause (a heading).
struct KwicRows {
    private let search: TextSearch
    private let width: Int
    private let text: Int
    private let statement: Int?
    private let clause: Int?
    private let tables: SourceTables

    /// The rows for `term` over rows whose text, statement and clause number columns are at
    /// the given positions, with contexts of `width` characters.
    init(term: String, width: Int, text: Int, statement: Int?, clause: Int?, tables: SourceTables) {
        search = TextSearch(term)
        self.width = width
        self.text = text
        self.statement = statement
        self.clause = clause
        self.tables = tables
    }

    /// The rows for the occurrences of the term in one input row.
    func rows(for row: [Value]) -> [[Value]] {
        guard case .string(let body) = row[text] else { return [] }
        let matches = search.occurrences(in: body, wholeWord: false, startOfWord: true)
        guard !matches.isEmpty else { return [] }
        let statementValue = statement.map { row[$0] } ?? .null
        var spans = [(n: Int, bytes: Range<Int>)]()
        if clause == nil, case .string(let id) = statementValue {
            spans = tables.clauseSpans(ofStatement: id, text: body)
        }
        var next = 0
        return matches.map { match in
            var number = clause.map { row[$0] } ?? .null
            if !spans.isEmpty {
                let offset = body.utf8.distance(from: body.startIndex, to: match.lowerBound)
                while next < spans.count, spans[next].bytes.upperBound <= offset { next += 1 }
                if next < spans.count, spans[next].bytes.contains(offset) { number = .int(spans[next].n) }
            }
            return [
                statementValue, number, .string(KwicContext.left(of: body, before: match.lowerBound, width: width)),
                .string(KwicContext.collapsingWhitespace(body[match])),
                .string(KwicContext.right(of: body, after: match.upperBound, width: width)),
            ]
        }
    }
}
