/// What a test case expects of its statements.
public enum TestExpectation: Sendable, Equatable {
    /// Nothing is written after the statements: they must run without an error, and each query
    /// must end in `assert` (a binding needs nothing).
    case none
    /// The lines of its `#>` block, in order, and the block's first and last line in the file.
    case output([String], lines: ClosedRange<Int>)
    /// The `#! error: TEXT` and `#! warning: TEXT` lines of its block, and where the block is.
    case diagnostics([ExpectedDiagnostic], lines: ClosedRange<Int>)

    /// The block's lines in the file, if there is a block.
    public var lines: ClosedRange<Int>? {
        switch self {
        case .none: nil
        case .output(_, let lines), .diagnostics(_, let lines): lines
        }
    }
}

/// A `#! error: TEXT` or `#! warning: TEXT` line: a diagnostic of that severity whose message
/// holds TEXT must be given.
public struct ExpectedDiagnostic: Sendable, Equatable {
    /// Whether an error or a warning is expected.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var text: String
    /// Where the line is in the file.
    public var line: Int
}
