import TerminalText

/// A problem with one input file: the file is skipped or read in part, and the rest loads.
public struct ReadWarning: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file the warning is about.
    public var path: String
    /// The byte offset in the file where the problem is, when there is one.
    public var offset: Int?
    /// What is wrong, in words for the user.
    public var message: String

    /// Creates a warning.
    public init(path: String, offset: Int? = nil, message: String) {
        self.path = path
        self.offset = offset
        self.message = message
    }

    /// `PATH: warning: MESSAGE` or `PATH: byte N: warning: MESSAGE`, with control characters
    /// in the path and the message (which may quote the file) shown as `\xHH`.
    public var description: String {
        let path = VisibleText.escaped(path)
        let message = VisibleText.escaped(message)
        if let offset {
            return "\(path): byte \(offset): warning: \(message)"
        }
        return "\(path): warning: \(message)"
    }
}
