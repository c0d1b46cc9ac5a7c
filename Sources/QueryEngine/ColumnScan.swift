import QueryLanguage

/// The first step of a query over a built-in source, run as one scan of a text column when it
/// can be: `where text contains "terror"` (or `has`) with an ASCII literal finds its rows in
/// the column's buffer and builds only those; `kwic "sanctions"` gets only the rows that hold
/// the term. Anything else runs row by row as usual.
enum ColumnScan {
    /// What the scan did: the rows it kept and whether the step is done (a filter) or still
    /// has to run on them (kwic).
    struct Outcome {
        var rows: [[Value]]
        var consumesStep: Bool
    }

    /// The scan's outcome for `step` over the built-in `source`, or nil when it does not apply.
    static func run(_ step: CheckedStep, over source: String, tables: SourceTables) -> Outcome? {
        guard let columns = Schema.sources[source] else { return nil }
        switch step.kind {
        case .filter(let condition):
            guard case .binary(let op, let subject, let literal) = condition.kind, op == .contains || op == .has,
                case .column(let position) = subject.kind, case .literal(.string(let needle)) = literal.kind,
                let matching = positions(source, columns[position].name, needle, tables: tables, wholeWord: op == .has, startOfWord: false)
            else { return nil }
            return Outcome(rows: tables.rows(of: source, at: matching), consumesStep: true)
        case .kwic(let term, _, let text, _, _):
            guard let matching = positions(source, columns[text].name, term, tables: tables, wholeWord: false, startOfWord: true)
            else { return nil }
            return Outcome(rows: tables.rows(of: source, at: matching), consumesStep: false)
        default:
            return nil
        }
    }

    private static func positions(
        _ source: String, _ column: String, _ needle: String, tables: SourceTables, wholeWord: Bool, startOfWord: Bool
    ) -> [Int]? {
        guard let search = ASCIISearch(needle), !search.containsNUL, let text = tables.textColumn(source, column) else { return nil }
        return text.rows(matching: search, wholeWord: wholeWord, startOfWord: startOfWord)
    }
}
