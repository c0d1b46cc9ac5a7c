/// A clause whose coding `why` explains: shown above the decisions at a terminal, with the
/// words that decided them highlighted.
public struct ExplainedClause: Sendable, Equatable {
    /// The statement's id and the clause's number.
    public var statement: String
    public var n: Int
    /// The clause's text.
    public var text: String
    /// The byte ranges of `text` that decided something, merged and in order.
    public var cues: [Range<Int>]

    /// A clause and its cues (byte ranges of its text, in any order, overlapping or not).
    public init(statement: String, n: Int, text: String, cues: [Range<Int>]) {
        self.statement = statement
        self.n = n
        self.text = text
        let length = text.utf8.count
        var merged = [Range<Int>]()
        for cue in cues.filter({ $0.lowerBound >= 0 && $0.upperBound <= length && !$0.isEmpty }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, cue.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, cue.upperBound)
            } else {
                merged.append(cue)
            }
        }
        self.cues = merged
    }

    /// The text cut into runs, each with whether it is a cue; a cue that does not fall on
    /// character boundaries is left plain.
    public var runs: [(text: String, isCue: Bool)] {
        let bytes = Array(text.utf8)
        var runs = [(text: String, isCue: Bool)]()
        var position = 0
        for cue in cues {
            guard let inside = String(validating: bytes[cue], as: UTF8.self),
                let before = String(validating: bytes[position..<cue.lowerBound], as: UTF8.self)
            else { continue }
            if !before.isEmpty { runs.append((before, false)) }
            runs.append((inside, true))
            position = cue.upperBound
        }
        let rest = String(decoding: bytes[position...], as: UTF8.self)
        if !rest.isEmpty { runs.append((rest, false)) }
        return runs
    }
}
