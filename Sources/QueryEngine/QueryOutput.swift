import QueryLanguage

/// What running one statement of a script gives.
public enum QueryOutput: Sendable {
    /// A query's result, with the warnings its checking raised.
    case table(ResultTable, warnings: [Diagnostic])
    /// `let NAME = ...` bound a table of this many rows.
    case binding(name: String, rows: Int, warnings: [Diagnostic])
    /// `let NAME = VALUE` bound the parameter `$NAME` to this value.
    case value(name: String, value: Value, warnings: [Diagnostic])
    /// The statement failed; later statements run only when the script does not bail.
    case failure(Diagnostic)
}
