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
        try firstMatch(in: text, context: context) != nil
    }

    /// The first match in `text`, or nil; stops as `matches` does.
    func firstMatch(in text: String, context: ExecutionContext) throws(Diagnostic) -> NSTextCheckingResult? {
        try allMatches(in: text, context: context, first: true).first
    }

    /// The matches in `text` (only the first when `first`), in order; stops as `matches` does,
    /// between matches too (a pattern such as `/x*/` matches at every position).
    func allMatches(in text: String, context: ExecutionContext, first: Bool = false) throws(Diagnostic) -> [NSTextCheckingResult] {
        if let prefilter, !prefilter.mayMatch(text) { return [] }
        var found = [NSTextCheckingResult]()
        var stopped = false
        var tooSlow = false
        let deadline = ContinuousClock.now + QueryLimits.duration(context.limits.regexTimePerText)
        let whole = NSRange(location: 0, length: (text as NSString).length)
        regex.enumerateMatches(in: text, options: [.reportProgress], range: whole) { match, _, stop in
            if let match {
                found.append(match)
                if first {
                    stop.pointee = true
                    return
                }
            }
            if context.shouldStop {
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
                notes: ["it backtracks catastrophically or matches everywhere: avoid nested repetition such as (\\w+\\s?)+, or anchor the pattern"])
        }
        return found
    }

    /// The most UTF-16 units a replaced text may hold.
    static let maximumReplacedLength = 10_000_000

    /// `text` with every match replaced by `template` (`$1` is the first group, `\$` a dollar),
    /// built left to right in one pass; a result longer than `maximumReplacedLength` is an error.
    func replacingMatches(in text: String, with template: String, context: ExecutionContext) throws(Diagnostic) -> String {
        let matches = try allMatches(in: text, context: context)
        guard !matches.isEmpty else { return text }
        let source = text as NSString
        let pieces = ReplacementTemplate(template)
        var result = ""
        var length = 0
        var cursor = 0
        /// Appends `piece` (`units` UTF-16 units long), refusing a result beyond the limit.
        func append(_ piece: String, units: Int) throws(Diagnostic) {
            length += units
            guard length <= Self.maximumReplacedLength else {
                throw Diagnostic(.runtime, "replace makes a text longer than \(Self.maximumReplacedLength) characters", at: self.range)
            }
            result += piece
        }
        func append(_ range: NSRange) throws(Diagnostic) {
            guard range.location != NSNotFound, range.length > 0 else { return }
            try append(source.substring(with: range), units: range.length)
        }
        for match in matches {
            try context.checkpoint(range)
            try append(NSRange(location: cursor, length: match.range.location - cursor))
            for piece in pieces.pieces {
                switch piece {
                case .text(let literal): try append(literal, units: (literal as NSString).length)
                case .group(let number): if number < match.numberOfRanges { try append(match.range(at: number)) }
                }
            }
            cursor = match.range.location + match.range.length
        }
        try append(NSRange(location: cursor, length: source.length - cursor))
        return result
    }
}
