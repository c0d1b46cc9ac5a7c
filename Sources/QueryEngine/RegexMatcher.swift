import Foundation
import QueryLanguage

/// A compiled regular expression (ICU syntax, through Foundation) whose matching stops
/// when the query is cancelled or runs out of time, so catastrophic backtracking cannot hang
/// a session.
struct RegexMatcher {
    private let regex: NSRegularExpression
    private let range: Range<Int>

    /// Compiles `pattern` with flags `i`, `m`, `s`; an invalid pattern is an error at `range`.
    init(pattern: String, flags: String, range: Range<Int>) throws(Diagnostic) {
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        do {
            regex = try NSRegularExpression(pattern: pattern, options: options)
        } catch {
            throw Diagnostic(.type, "invalid regex /\(pattern)/", at: range,
                notes: ["regexes use ICU syntax, as Foundation's NSRegularExpression"])
        }
        self.range = range
    }

    /// Whether the regex matches anywhere in `text`.
    func matches(_ text: String, context: ExecutionContext) throws(Diagnostic) -> Bool {
        var found = false
        var stopped = false
        let whole = NSRange(location: 0, length: (text as NSString).length)
        regex.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if context.shouldStop {
                stopped = true
                stop.pointee = true
            }
        }
        if stopped { try context.checkNow(range) }
        return found
    }
}
