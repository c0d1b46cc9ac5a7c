import QueryLanguage

/// The first step of a query over a built-in source, run as one scan of a text column when it
/// can be: `where text contains "terror"` (or `has`) with an ASCII literal finds its rows in
/// the column's buffer and builds only those; `kwic "sanctions"` gets only the rows that hold
/// the term; `where text matches /re/` gets only the rows holding a literal every match needs
/// (`RegexPrefilter`), and the filter then runs the regex on them. Anything else runs row by
/// row as usual.
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
            if let candidates = regexCandidates(condition, source, columns, tables: tables) {
                return Outcome(rows: tables.rows(of: source, at: candidates), consumesStep: false)
            }
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

    /// For `column matches /re/` (or a string pattern) over a text column: the rows the
    /// regex may match, a superset of those it does; nil when the pattern has no literal to
    /// search for.
    private static func regexCandidates(
        _ condition: TypedExpression, _ source: String, _ columns: [Column], tables: SourceTables
    ) -> [Int]? {
        guard case .binary(let op, let subject, let pattern) = condition.kind, op == .matches,
            case .column(let position) = subject.kind, columns.indices.contains(position)
        else { return nil }
        let prefilter: RegexPrefilter?
        switch pattern.kind {
        case .regex(let text, let flags): prefilter = RegexPrefilter(pattern: text, flags: flags)
        case .literal(.string(let text)): prefilter = RegexPrefilter(pattern: text, flags: "")
        default: return nil
        }
        guard let prefilter, let text = tables.textColumn(source, columns[position].name) else { return nil }
        return prefilter.candidateRows(in: text)
    }

    private static func positions(
        _ source: String, _ column: String, _ needle: String, tables: SourceTables, wholeWord: Bool, startOfWord: Bool
    ) -> [Int]? {
        guard let search = ASCIISearch(needle), !search.containsNUL, let text = tables.textColumn(source, column) else { return nil }
        return text.rows(matching: search, wholeWord: wholeWord, startOfWord: startOfWord)
    }
}
