import CEditLineShim
import CLibEdit
import Glibc

/// The line reader of an interactive terminal, on the system's libedit: emacs key bindings,
/// history on the arrow keys, Tab completion through `completer`.
///
/// libedit keeps process-wide state in its callbacks, so only one reader may exist at a time.
public final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let history: OpaquePointer
    /// Computes completions for the text before the cursor.
    public var completer: ((String) -> CompletionResult)? {
        didSet { EditLineReader.activeCompleter = completer }
    }

    /// The completer libedit's C callback reaches (only one reader exists at a time).
    nonisolated(unsafe) private static var activeCompleter: ((String) -> CompletionResult)?

    /// Sets up libedit on standard input and output; nil if it cannot.
    public init?(programName: String) {
        guard let editor = cq_el_init(programName), let history = history_init() else { return nil }
        self.editor = editor
        self.history = history
        cq_history_set_size(history, 2000)
        cq_history_set_unique(history, 1)
        cq_el_set_history(editor, history)
        cq_el_set_editor(editor, "emacs")
        cq_el_add_function(editor, "cq-complete", "complete the word before the cursor", EditLineReader.complete)
        cq_el_bind(editor, "^I", "cq-complete")
        cq_el_read_with_signal_checks(editor)
    }

    deinit {
        EditLineReader.activeCompleter = nil
        el_end(editor)
        history_end(history)
    }

    public func readLine(prompt: String) -> LineInput {
        if cq_take_resize() != 0 { el_resize(editor) }
        cq_el_set_prompt(editor, prompt)
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            switch cq_take_signal() {
            case SIGINT: return .interrupted
            case SIGTERM, SIGHUP: return .terminated
            default: return count < 0 ? .interrupted : .endOfInput
            }
        }
        // A signal that arrived while the line was being typed.
        switch cq_take_signal() {
        case SIGINT: return .interrupted
        case SIGTERM, SIGHUP: return .terminated
        default: break
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    public func addHistory(_ entry: String) {
        cq_history_enter(history, entry)
    }

    /// libedit's callback for Tab: asks the completer and edits the line.
    private static let complete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editor, _ in
        guard let editor, let info = el_line(editor)?.pointee, let completer = EditLineReader.activeCompleter else {
            return UInt8(CC_ERROR)
        }
        let length = info.cursor - info.buffer
        let before = String(decoding: UnsafeRawBufferPointer(start: info.buffer, count: max(0, length)), as: UTF8.self)
        let result = completer(before)
        guard !result.candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let typed = String(before.suffix(result.replacing))
        let common = commonPrefix(result.candidates)
        if result.candidates.count == 1 || common.count > typed.count {
            let insertion = result.candidates.count == 1 ? result.candidates[0] : common
            el_deletestr(editor, Int32(result.replacing))
            el_insertstr(editor, insertion)
            return UInt8(CC_REFRESH)
        }
        // Several candidates and nothing more in common: list them under the line.
        let listing = "\n" + result.candidates.prefix(60).joined(separator: "  ") + (result.candidates.count > 60 ? "  …" : "") + "\n"
        FileDescriptor.writeAll(listing, to: STDOUT_FILENO)
        return UInt8(CC_REDISPLAY)
    }

    private static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for word in words.dropFirst() {
            while !word.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}
