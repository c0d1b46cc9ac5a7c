import StatementModel

/// How alike each clause of one statement is to each clause of another, by the distinct words
/// (lowercased) they share: `2 × shared ÷ (words of one + words of the other)`, the Dice
/// coefficient. The later statement's words are indexed so that a row of similarities costs
/// the postings of the earlier clause's words, not a comparison with every clause.
struct ClauseSimilarity {
    /// The distinct word ids of each earlier and later clause.
    private let beforeWords: [[Int32]]
    private let afterWords: [[Int32]]
    /// For each word id, the later clauses that have it.
    private let postings: [[Int32]]
    /// The texts, for clauses without words (compared whole).
    private let beforeTexts: [Substring]
    private let afterTexts: [Substring]
    /// Shared counts of one row, reset after each use.
    private var shared: [Int32]

    init(before: [TextTokens], after: [TextTokens]) {
        var ids = [String: Int32]()
        func words(of tokens: TextTokens) -> [Int32] {
            var set = Set<Int32>()
            for word in tokens.lowercasedWords {
                if let id = ids[word] {
                    set.insert(id)
                } else {
                    let id = Int32(ids.count)
                    ids[word] = id
                    set.insert(id)
                }
            }
            return set.sorted()
        }
        beforeWords = before.map(words)
        afterWords = after.map(words)
        var postings = [[Int32]](repeating: [], count: ids.count)
        for (clause, words) in afterWords.enumerated() {
            for word in words { postings[Int(word)].append(Int32(clause)) }
        }
        self.postings = postings
        beforeTexts = before.map(\.text)
        afterTexts = after.map(\.text)
        shared = [Int32](repeating: 0, count: after.count)
    }

    /// The similarity of earlier clause `i` to every later clause, written into `row`.
    mutating func fill(_ row: inout [Double], forBefore i: Int) {
        let words = beforeWords[i]
        for word in words {
            for clause in postings[Int(word)] { shared[Int(clause)] += 1 }
        }
        for j in row.indices {
            let total = words.count + afterWords[j].count
            if total == 0 {
                row[j] = beforeTexts[i] == afterTexts[j] ? 1 : 0
            } else {
                row[j] = Double(2 * Int(shared[j])) / Double(total)
            }
            shared[j] = 0
        }
    }

    /// The similarity of earlier clause `i` and later clause `j`.
    func of(_ i: Int, _ j: Int) -> Double {
        let a = beforeWords[i], b = afterWords[j]
        guard !a.isEmpty || !b.isEmpty else { return beforeTexts[i] == afterTexts[j] ? 1 : 0 }
        var x = 0, y = 0, shared = 0
        while x < a.count, y < b.count {
            if a[x] == b[y] {
                shared += 1
                x += 1
                y += 1
            } else if a[x] < b[y] {
                x += 1
            } else {
                y += 1
            }
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }
}
