import QueryLanguage

/// A `kwic` first step over a built-in source, run on only the rows whose text column holds
/// the term (found by one scan of the column's buffer); the step then runs on those rows.
/// (A `where` that searches a text column runs on columns: `TextScan`.)
enum ColumnScan {
    /// The rows of `source` a `kwic` step needs, or nil when the step is no `kwic` the scan answers.
    static func kwicRows(_ step: CheckedStep, over source: String, tables: SourceTables) -> [[Value]]? {
        guard case .kwic(let term, _, let text, _, _) = step.kind, let columns = Schema.sources[source],
            let matching = TextScan.kwicRows(term, source: source, column: columns[text].name, tables: tables)
        else { return nil }
        return tables.rows(of: source, at: matching)
    }
}
