/// "did you mean ...?": the candidate closest to a misspelt name.
public enum Suggestions {
    /// The closest candidate within an edit distance that grows with the name's length, or nil.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let lowerName = name.lowercased()
        let limit = max(1, min(3, (lowerName.count + 1) / 2))
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowerName, candidate.lowercased(), limit: limit)
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// A note "did you mean 'X'?" for the closest candidate, if any.
    public static func note(for name: String, in candidates: some Sequence<String>, quote: String = "'") -> [String] {
        closest(to: name, in: candidates).map { ["did you mean \(quote)\($0)\(quote)?"] } ?? []
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
