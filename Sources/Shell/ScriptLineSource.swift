import LineEditor

/// Where a script's lines come from: text given whole (`-e`), or a descriptor read as its
/// lines arrive (standard input, `-f FILE`, `.read FILE`).
protocol ScriptLineSource: AnyObject {
    /// The next line, or why there is none.
    func next() -> DescriptorLineSource.Event
    /// Whether another line can be read without waiting.
    var hasPendingInput: Bool { get }
}

extension DescriptorLineSource: ScriptLineSource {}

/// The lines of a script given as text.
final class TextLines: ScriptLineSource {
    private let lines: [Substring]
    private var position = 0

    /// The lines of `text`.
    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func next() -> DescriptorLineSource.Event {
        guard position < lines.count else { return .endOfInput }
        defer { position += 1 }
        let line = lines[position]
        return .line(String(line.last == "\r" ? line.dropLast() : line))
    }

    var hasPendingInput: Bool { true }
}
