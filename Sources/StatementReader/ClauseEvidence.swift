import StatementModel

/// The decisions of one clause as the analyser takes them, their cues turned from token ranges
/// of the sentence into byte offsets of the statement text.
struct ClauseEvidence {
    private let sentence: SentenceAnalysis
    /// The decisions so far, in order.
    private(set) var decisions: [CodingEvidence] = []

    init(sentence: SentenceAnalysis) {
        self.sentence = sentence
    }

    /// Records that `field` became `value` by `rule`, decided by the sentence's tokens `cue`.
    mutating func add(_ field: CodingEvidence.Field, _ value: String, _ rule: String, _ cue: Range<Int>?) {
        let tokens = sentence.tokens
        guard let cue, !cue.isEmpty, cue.lowerBound >= 0, cue.upperBound <= tokens.count else {
            decisions.append(CodingEvidence(field: field, value: value, rule: rule))
            return
        }
        let base = sentence.range.lowerBound
        decisions.append(CodingEvidence(
            field: field, value: value, start: base + tokens[cue.lowerBound].start, end: base + tokens[cue.upperBound - 1].end, rule: rule))
    }
}
