import Foundation

/// Tags sentences with topics from the keyword taxonomy in `Lexicon/topics.tsv`.
struct TopicTagger: Sendable {
    /// The tagger built from `Lexicon/topics.tsv`.
    static let shared = TopicTagger(table: LexiconTables.topics)

    /// The topic names in taxonomy order.
    let topics: [String]
    /// Whole-word and phrase keywords by first word: the words and the topic's index.
    private let phrases: WordTable<[(words: [String], topic: Int)]>
    /// Prefix keywords ("terror*") by their first two characters: the prefix and the topic's index.
    private var prefixes: [Substring: [(prefix: String, topic: Int)]] = [:]
    /// The same by their first two characters when those are ASCII, indexed by the two bytes
    /// (`asciiSlot`): a word is looked up without hashing it.
    private var asciiPrefixes = [[(prefix: String, topic: Int)]](repeating: [], count: 128 * 128)
    /// Prefix keywords shorter than two characters, tried on every word.
    private var shortPrefixes: [(prefix: String, topic: Int)] = []

    init(table: String) {
        var topics = [String]()
        var phrases = [String: [(words: [String], topic: Int)]]()
        for row in Gazetteer.rows(table) where row.count >= 2 {
            let topic = topics.count
            topics.append(row[0])
            for keyword in Gazetteer.list(row[1]) {
                let lower = keyword.lowercased()
                if lower.hasSuffix("*"), !lower.dropLast().contains(" ") {
                    let prefix = String(lower.dropLast())
                    if prefix.count >= 2 {
                        prefixes[prefix.prefix(2), default: []].append((prefix, topic))
                        if let slot = Self.asciiSlot(String(prefix.prefix(2)).precomposedStringWithCanonicalMapping) {
                            asciiPrefixes[slot].append((prefix, topic))
                        }
                    } else {
                        shortPrefixes.append((prefix, topic))
                    }
                    continue
                }
                let words = Tokenizer.tokens(of: lower).map(\.text)
                guard let first = words.first else { continue }
                phrases[first, default: []].append((words, topic))
            }
        }
        self.topics = topics
        self.phrases = WordTable(phrases)
    }

    /// The topics of a sentence, in taxonomy order.
    func topics(of tokens: [Token]) -> [String] {
        var found = [Bool](repeating: false, count: topics.count)
        for index in tokens.indices {
            let word = tokens[index].lower
            if let candidates = phrases[lowerOf: tokens[index]] {
                for candidate in candidates where !found[candidate.topic] && Token.spell(candidate.words, in: tokens, at: index, by: \.lower) {
                    found[candidate.topic] = true
                }
            }
            // The word's own prefixes, then the short ones (no array joined for every word).
            let entries = tokens[index].lowerKey == nil ? prefixes[word.prefix(2)] ?? [] : Self.asciiSlot(word).map { asciiPrefixes[$0] } ?? []
            for entry in entries where !found[entry.topic] && word.hasPrefix(entry.prefix) {
                found[entry.topic] = true
            }
            for entry in shortPrefixes where !found[entry.topic] && word.hasPrefix(entry.prefix) {
                found[entry.topic] = true
            }
        }
        return found.indices.filter { found[$0] }.map { topics[$0] }
    }

    /// The slot of `asciiPrefixes` for a word whose first two characters are ASCII bytes, or nil.
    private static func asciiSlot(_ word: String) -> Int? {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), first < 0x80, second < 0x80 else { return nil }
        return Int(first) * 128 + Int(second)
    }
}
