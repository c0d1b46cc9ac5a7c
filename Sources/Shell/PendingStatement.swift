import QueryLanguage

/// The query text of a script that has not run yet: the lines since the last statement that
/// ran, and whether they already form whole statements.
///
/// Knowing that means parsing the text again after each line, so a very long statement is
/// parsed again only when it has doubled since the last parse: running it then may come a few
/// lines late, which changes nothing but when its answer appears.
struct PendingStatement {
    /// The longest query text kept before it is refused: 16 MiB.
    static let maximumBytes = 16 << 20
    /// Below this size the text is parsed after every line.
    private static let alwaysCheckedBytes = 64 << 10

    /// The script's name, for diagnostics.
    let name: String
    /// The lines held.
    private(set) var lines = [String]()
    /// The file line number of the first line held.
    private(set) var firstLine = 1
    /// The bytes held, line breaks included.
    private(set) var byteCount = 0
    /// Whether the text held is whole statements, when known.
    private var complete: Bool?
    private var bytesAtLastCheck = 0

    /// An empty buffer for the script `name`.
    init(name: String) {
        self.name = name
    }

    /// Whether nothing is held.
    var isEmpty: Bool { lines.isEmpty }

    /// The text held, with line numbers as in the file.
    var source: SourceText {
        SourceText(name: name, text: lines.joined(separator: "\n"), firstLine: firstLine)
    }

    /// Adds line number `number`.
    mutating func append(_ line: String, number: Int) {
        if lines.isEmpty { firstLine = number }
        lines.append(line)
        byteCount += line.utf8.count + 1
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        // A blank or comment line leaves the text as whole (or not) as it was.
        if !(trimmed.isEmpty || trimmed.hasPrefix("#")) { complete = nil }
    }

    /// Whether the text held is whole statements: parsed now when it is small, or has doubled
    /// since the last parse, or when `force` is set; otherwise the last answer, or nil.
    mutating func isComplete(force: Bool = false) -> Bool? {
        if let complete { return complete }
        guard force || byteCount < Self.alwaysCheckedBytes || byteCount >= 2 * bytesAtLastCheck else { return nil }
        bytesAtLastCheck = byteCount
        let answer = !Parser.isIncomplete(source)
        complete = answer
        return answer
    }

    /// Drops everything held.
    mutating func clear() {
        lines.removeAll()
        byteCount = 0
        complete = nil
        bytesAtLastCheck = 0
    }
}
