import Foundation

/// Words and a value for each, for looking tokens up. The readers look every token up in
/// dozens of tables, and a `[String: Value]` hashes the word again on every lookup; here a
/// token whose text is ASCII is found by the hash of its bytes that the token worked out once
/// (`Token.textKey`, `Token.lowerKey`). Any other word is found as a `String` is, with
/// Unicode's canonical equivalence ("é" written as one scalar or two), so every lookup
/// answers as the dictionary would.
struct WordTable<Value: Sendable>: Sendable {
    /// A word of the table with its hash.
    private struct Entry: Sendable {
        let hash: UInt64
        let word: String
        let value: Value
    }

    /// The words whose canonical form is ASCII, and where each hash starts its probe.
    private let entries: [Entry]
    /// For each slot, the index in `entries` plus one, or 0 for an empty slot.
    private let slots: [Int32]
    /// Every word, for lookups by a `String` outside ASCII.
    private let byString: [String: Value]

    /// A table of `words`.
    init(_ words: [String: Value]) {
        byString = words
        var entries = [Entry]()
        for (word, value) in words {
            // A word outside ASCII may still equal an ASCII token (the Kelvin sign is "K").
            let canonical = word.utf8.allSatisfy { $0 < 0x80 } ? word : word.precomposedStringWithCanonicalMapping
            if let key = WordKey(canonical) { entries.append(Entry(hash: key.hash, word: canonical, value: value)) }
        }
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
        self.entries = entries
        self.slots = slots
    }

    /// The value of `word`, whose key (nil outside ASCII) was worked out with it.
    func value(of word: String, key: WordKey?) -> Value? {
        guard let key else { return byString[word] }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == key.hash, entry.word == word { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The value of a token's text.
    subscript(textOf token: Token) -> Value? {
        value(of: token.text, key: token.textKey)
    }

    /// The value of a token's text in lower case.
    subscript(lowerOf token: Token) -> Value? {
        value(of: token.lower, key: token.lowerKey)
    }

    /// The value of a word given as a string.
    subscript(word: String) -> Value? {
        byString[word]
    }
}

/// The hash of an ASCII word's bytes, by which `WordTable` finds it.
struct WordKey: Sendable, Equatable {
    /// FNV-1a of the word's bytes, its high bits folded into the low ones that pick a slot.
    let hash: UInt64

    /// The key of `word`, or nil when a byte of it is outside ASCII.
    init?(_ word: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        self.hash = hash ^ (hash >> 29)
    }
}

/// A set of words for looking tokens up (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// The set of `words`.
    init(_ words: some Sequence<String>) {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether the token's text is in the set.
    func contains(textOf token: Token) -> Bool {
        table[textOf: token] != nil
    }

    /// Whether the token's text in lower case is in the set.
    func contains(lowerOf token: Token) -> Bool {
        table[lowerOf: token] != nil
    }

    /// Whether a word given as a string is in the set.
    func contains(_ word: String) -> Bool {
        table[word] != nil
    }
}
