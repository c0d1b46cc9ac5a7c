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

    /// A slot of the open-addressing table: an entry's hash beside its index, so that a word the
    /// table does not hold (most lookups) is turned away without reading the entries.
    private struct Slot: Sendable {
        var hash: UInt64 = 0
        /// The index in `entries` plus one, or 0 for an empty slot.
        var index: Int32 = 0
    }

    /// The words whose canonical form is ASCII, and where each hash starts its probe.
    private let entries: [Entry]
    private let slots: [Slot]
    /// One bit for each of the table's hashes, picked by their high bits: a word whose bit is
    /// clear is not in the table. Most look-ups miss, and this bitmap, sixteen times smaller
    /// than the slots, answers them from the cache where the slots would not be.
    private let filter: [UInt64]
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
        var slots = [Slot](repeating: Slot(), count: capacity)
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & (capacity - 1)
            while slots[slot].index != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(hash: entry.hash, index: Int32(truncatingIfNeeded: index + 1))
        }
        var filter = [UInt64](repeating: 0, count: max(8, capacity / 4))
        for entry in entries {
            let bit = Self.filterBit(entry.hash, words: filter.count)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.entries = entries
        self.slots = slots
        self.filter = filter
    }

    /// The filter's bit for `hash`, from its high half (the slots take the low bits).
    private static func filterBit(_ hash: UInt64, words: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 32) & (words * 64 - 1)
    }

    /// The value of `word`, whose key (nil outside ASCII) was worked out with it.
    private func value(of word: String, key: WordKey?) -> Value? {
        guard let key else { return byString[word] }
        let bit = Self.filterBit(key.hash, words: filter.count)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot].index != 0 {
            // The entry is read in place (a copy would retain its word and value).
            if slots[slot].hash == key.hash {
                let index = Int(slots[slot].index) - 1
                if entries[index].word == word { return entries[index].value }
            }
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
