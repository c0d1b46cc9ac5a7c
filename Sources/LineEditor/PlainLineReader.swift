import Glibc

/// A line reader without editing, for terminals libedit cannot drive (`TERM=dumb`) and for
/// input that is not a terminal: prints the prompt (when asked to) and reads up to a line break.
public final class PlainLineReader: LineReader {
    private let showsPrompt: Bool
    private let lines = DescriptorLineSource(descriptor: STDIN_FILENO)
    public var completer: ((String) -> CompletionResult)?

    /// A reader of standard input; prompts are written only when `showsPrompt` is true.
    public init(showsPrompt: Bool) {
        self.showsPrompt = showsPrompt
    }

    public func readLine(prompt: String) -> LineInput {
        if showsPrompt { FileDescriptor.writeAll(prompt, to: STDOUT_FILENO) }
        switch lines.next() {
        case .line(let line): return .line(line)
        // An over-long line is dropped like a line cancelled with Ctrl-C.
        case .tooLong: return .interrupted
        case .signal(SIGINT): return .interrupted
        case .signal: return .terminated
        // A terminal that cannot be read any more (hung up) ends the session.
        case .endOfInput, .failed: return .endOfInput
        }
    }

    public func addHistory(_ entry: String) {}
}
