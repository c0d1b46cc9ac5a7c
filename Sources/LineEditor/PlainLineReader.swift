import CEditLineShim
import Glibc

/// A line reader without editing, for terminals libedit cannot drive (`TERM=dumb`) and for
/// input that is not a terminal: prints the prompt (when asked to) and reads up to a line break.
public final class PlainLineReader: LineReader {
    private let showsPrompt: Bool
    public var completer: ((String) -> CompletionResult)?

    /// A reader of standard input; prompts are written only when `showsPrompt` is true.
    public init(showsPrompt: Bool) {
        self.showsPrompt = showsPrompt
    }

    public func readLine(prompt: String) -> LineInput {
        if showsPrompt { FileDescriptor.writeAll(prompt, to: STDOUT_FILENO) }
        var bytes = [UInt8]()
        while true {
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { break }
                bytes.append(byte)
                continue
            }
            if count < 0, errno == EINTR {
                switch cq_take_signal() {
                case SIGINT: return .interrupted
                case SIGTERM, SIGHUP: return .terminated
                default: continue
                }
            }
            if bytes.isEmpty { return .endOfInput }
            break
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    public func addHistory(_ entry: String) {}
}
