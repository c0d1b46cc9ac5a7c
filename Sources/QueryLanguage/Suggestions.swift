/// "did you mean ...?": the candidate closest to a misspelt name.
public enum Suggestions {
    /// The closest candidate within an edit distance that grows with the name's length, or nil.
    /// Candidates are compared lowercased, character by character; an ASCII candidate (most of
    /// them: entity names, codes) is compared byte by byte without building strings.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let lowerName = name.lowercased()
        let nameCharacters = Array(lowerName)
        let limit = max(1, min(3, (nameCharacters.count + 1) / 2))
        let asciiName = asciiBytes(of: lowerName)
        var lowered = [UInt8]()
        var best: (String, Int)?
        for candidate in candidates {
            let distance: Int
            if let asciiName, let fast = candidate.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
                guard bytes.allSatisfy(isPlainASCII) else { return nil }
                lowered.removeAll(keepingCapacity: true)
                for byte in bytes { lowered.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
                return editDistance(asciiName, lowered, limit: limit)
            }), let known = fast {
                distance = known
            } else {
                distance = editDistance(nameCharacters, Array(candidate.lowercased()), limit: limit)
            }
            if distance <= limit, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// The bytes of `text` when every one is ASCII other than a carriage return (so that each
    /// byte is one character), else nil.
    private static func asciiBytes(of text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy(isPlainASCII) ? bytes : nil
    }

    /// An ASCII byte that is a character of its own ("\r\n" is one character).
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x0D
    }

    /// A note "did you mean 'X'?" for the closest candidate, if any.
    public static func note(for name: String, in candidates: some Sequence<String>, quote: String = "'") -> [String] {
        closest(to: name, in: candidates).map { ["did you mean \(quote)\($0)\(quote)?"] } ?? []
    }

    /// Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`.
    static func editDistance<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int {
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
