/// What reading a line gives.
public enum LineInput: Equatable, Sendable {
    /// A line, without its line break.
    case line(String)
    /// Ctrl-C at the prompt: the line is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
    /// SIGTERM or SIGHUP arrived: the shell should save its state and leave.
    case terminated
}

/// Completions offered for the text before the cursor.
public struct CompletionResult: Equatable, Sendable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    /// The full replacements, sorted.
    public var candidates: [String]

    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }
}

/// Reads the lines a user types: the REPL talks to this protocol, so tests can drive the
/// shell without a terminal.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line.
    func readLine(prompt: String) -> LineInput
    /// Adds an entry to the in-memory history (Up-arrow recalls it).
    func addHistory(_ entry: String)
    /// Computes completions for the text before the cursor (Tab), when set.
    var completer: ((String) -> CompletionResult)? { get set }
}
