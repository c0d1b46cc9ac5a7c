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
        var found = Set<Int>()
        let lowered = tokens.map { $0.lower }
        for index in lowered.indices {
            let word = lowered[index]
            if let candidates = phrases[lowerOf: tokens[index]] {
                for candidate in candidates where !found.contains(candidate.topic) {
                    let end = index + candidate.words.count
                    if end <= lowered.count, Array(lowered[index..<end]) == candidate.words {
                        found.insert(candidate.topic)
                    }
                }
            }
            // The word's own prefixes, then the short ones (no array joined for every word).
            if let entries = prefixes[word.prefix(2)] {
                for entry in entries where !found.contains(entry.topic) && word.hasPrefix(entry.prefix) {
                    found.insert(entry.topic)
                }
            }
            for entry in shortPrefixes where !found.contains(entry.topic) && word.hasPrefix(entry.prefix) {
                found.insert(entry.topic)
            }
        }
        return found.sorted().map { topics[$0] }
    }
}
