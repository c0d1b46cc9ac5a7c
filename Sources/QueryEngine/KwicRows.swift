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
    /// Each loaded statement's text and the positions of its clauses in `clauses`, by id: made
    /// the first time a statement-level row has an occurrence.
    private var statements: [String: (text: String, clauses: Range<Int>)]?

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
    mutating func rows(for row: [Value]) -> [[Value]] {
        guard case .string(let body) = row[text] else { return [] }
        let matches = search.occurrences(in: body, wholeWord: false, startOfWord: true)
        guard !matches.isEmpty else { return [] }
        let statementValue = statement.map { row[$0] } ?? .null
        var spans = [(n: Int, bytes: Range<Int>)]()
        if clause == nil, case .string(let id) = statementValue {
            spans = clauseSpans(of: id, text: body)
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

    /// The number and byte range of each clause of the statement `id`, in order; none unless
    /// `text` is that statement's whole text.
    private mutating func clauseSpans(of id: String, text: String) -> [(n: Int, bytes: Range<Int>)] {
        let known = statements ?? Self.statementClauses(tables)
        statements = known
        guard let found = known[id], found.text == text else { return [] }
        return tables.rows(of: "clauses", at: Array(found.clauses)).compactMap { row in
            guard case .int(let n) = row[Self.clauseNumber], case .int(let start) = row[Self.clauseStart],
                case .int(let end) = row[Self.clauseEnd], start <= end
            else { return nil }
            return (n, start..<end)
        }
    }

    /// Each statement's text and the positions of its clauses in `clauses` (which lists the
    /// clauses statement by statement, in the order of `statements`), by id.
    private static func statementClauses(_ tables: SourceTables) -> [String: (text: String, clauses: Range<Int>)] {
        var result = [String: (text: String, clauses: Range<Int>)]()
        var first = 0
        for row in tables.rows(of: "statements") {
            guard case .int(let count) = row[statementClauseCount], count >= 0 else { continue }
            if case .string(let id) = row[statementID], case .string(let text) = row[statementText] {
                result[id] = (text, first..<(first + count))
            }
            first += count
        }
        return result
    }

    private static let statementID = position(of: "id", in: Schema.statementColumns)
    private static let statementClauseCount = position(of: "clauses", in: Schema.statementColumns)
    private static let statementText = position(of: "text", in: Schema.statementColumns)
    private static let clauseNumber = position(of: "n", in: Schema.sources["clauses"] ?? [])
    private static let clauseStart = position(of: "start", in: Schema.sources["clauses"] ?? [])
    private static let clauseEnd = position(of: "end", in: Schema.sources["clauses"] ?? [])

    private static func position(of name: String, in columns: [Column]) -> Int {
        columns.firstIndex { $0.name == name } ?? 0
    }
}
