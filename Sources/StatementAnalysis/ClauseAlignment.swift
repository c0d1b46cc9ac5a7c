/// Which earlier clause pairs with which later one, built in two passes: pairs in order (a
/// weighted longest common subsequence), then the moved ones among the clauses left.
struct ClauseAlignment {
    /// The later clause each earlier one pairs with, if any.
    private(set) var afterOf: [Int?]
    /// The earlier clause each later one pairs with, if any.
    private(set) var beforeOf: [Int?]
    /// Whether each earlier clause's pair was found out of order.
    private(set) var moved: [Bool]
    /// The similarity of each pair, by earlier clause.
    private var pairSimilarity: [Double]

    init(before: Int, after: Int) {
        afterOf = Array(repeating: nil, count: before)
        beforeOf = Array(repeating: nil, count: after)
        moved = Array(repeating: false, count: before)
        pairSimilarity = Array(repeating: 0, count: before)
    }

    /// The similarity of a pair that was made.
    func similarity(_ i: Int, _ j: Int) -> Double {
        afterOf[i] == j ? pairSimilarity[i] : 0
    }

    /// Pairs clauses in order, maximising the summed similarity (in thousandths) of pairs at
    /// least `StatementDiff.pairingSimilarity` alike. One row of scores is kept at a time and
    /// one byte of direction per cell for the way back.
    mutating func pairInOrder(similarity: inout ClauseSimilarity) {
        let m = afterOf.count, n = beforeOf.count
        guard m > 0, n > 0 else { return }
        enum Step: UInt8 { case skipBefore, skipAfter, pair }
        var steps = [Step](repeating: .skipBefore, count: m * n)
        var previous = [Int](repeating: 0, count: n + 1)
        var current = previous
        var row = [Double](repeating: 0, count: n)
        for i in 0..<m {
            similarity.fill(&row, forBefore: i)
            current[0] = 0
            for j in 0..<n {
                var best = previous[j + 1], step = Step.skipBefore
                if current[j] > best { best = current[j]; step = .skipAfter }
                if row[j] >= StatementDiff.pairingSimilarity {
                    let paired = previous[j] + Int((row[j] * 1000).rounded())
                    if paired > best { best = paired; step = .pair }
                }
                current[j + 1] = best
                steps[i * n + j] = step
            }
            swap(&previous, &current)
        }
        var i = m, j = n
        while i > 0, j > 0 {
            switch steps[(i - 1) * n + (j - 1)] {
            case .pair:
                pair(i - 1, j - 1, similarity: similarity.of(i - 1, j - 1), moved: false)
                i -= 1
                j -= 1
            case .skipBefore: i -= 1
            case .skipAfter: j -= 1
            }
        }
    }

    /// Pairs the clauses left on both sides, most alike first, when at least
    /// `StatementDiff.pairingSimilarity` alike: moved clauses.
    mutating func pairMoved(similarity: inout ClauseSimilarity) {
        let leftAfter = beforeOf.indices.filter { beforeOf[$0] == nil }
        guard !leftAfter.isEmpty else { return }
        var candidates = [(similarity: Double, i: Int, j: Int)]()
        var row = [Double](repeating: 0, count: beforeOf.count)
        for i in afterOf.indices where afterOf[i] == nil {
            similarity.fill(&row, forBefore: i)
            for j in leftAfter where row[j] >= StatementDiff.pairingSimilarity { candidates.append((row[j], i, j)) }
        }
        candidates.sort { ($0.similarity, $1.i, $1.j) > ($1.similarity, $0.i, $0.j) }
        for candidate in candidates where afterOf[candidate.i] == nil && beforeOf[candidate.j] == nil {
            pair(candidate.i, candidate.j, similarity: candidate.similarity, moved: true)
        }
    }

    private mutating func pair(_ i: Int, _ j: Int, similarity: Double, moved isMoved: Bool) {
        afterOf[i] = j
        beforeOf[j] = i
        moved[i] = isMoved
        pairSimilarity[i] = similarity
    }
}
