/// Why a test file cannot be run: it is not UTF-8, an expectation has no statement before it,
/// a directive is malformed, a path it loads does not exist.
public struct TestFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kinds of problem, for the exit status.
    public enum Kind: Sendable, Equatable {
        /// The file cannot be read or is malformed.
        case malformed
        /// No statement could be loaded for it.
        case noStatements
    }

    public var kind: Kind
    public var path: String
    /// The line (from 1) where the problem is, when there is one.
    public var line: Int?
    public var message: String

    /// Creates a problem.
    public init(_ kind: Kind = .malformed, path: String, line: Int? = nil, message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.message = message
    }

    /// `PATH:LINE: error: MESSAGE`.
    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
