import Foundation
import QueryLanguage

/// A compiled regular expression (ICU syntax, through Foundation) whose matching stops
/// when the query is cancelled or runs out of time, so catastrophic backtracking cannot hang
/// a session. A text that holds none of the literals every match needs (`RegexPrefilter`) is
/// refused without running the regex.
struct RegexMatcher {
    private let regex: NSRegularExpression
    private let prefilter: RegexPrefilter?
    private let pattern: String
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
        prefilter = RegexPrefilter(pattern: pattern, flags: flags)
        self.pattern = pattern
        self.range = range
    }

    /// Whether the regex matches anywhere in `text`; throws when the query is stopped, or when
    /// this one match runs longer than `QueryLimits.regexTimePerText`.
    func matches(_ text: String, context: ExecutionContext) throws(Diagnostic) -> Bool {
        if let prefilter, !prefilter.mayMatch(text) { return false }
        var found = false
        var stopped = false
        var tooSlow = false
        let deadline = ContinuousClock.now + QueryLimits.duration(context.limits.regexTimePerText)
        let whole = NSRange(location: 0, length: (text as NSString).length)
        regex.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if context.shouldStop {
                stopped = true
                stop.pointee = true
            } else if ContinuousClock.now > deadline {
                tooSlow = true
                stop.pointee = true
            }
        }
        if stopped { try context.checkNow(range) }
        if tooSlow {
            throw Diagnostic(.runtime, "regex /\(pattern)/ ran longer than \(context.limits.regexTimePerText) s on one text", at: range,
                notes: ["it backtracks catastrophically: avoid nested repetition such as (\\w+\\s?)+, or anchor the pattern"])
        }
        return found
    }
}
