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
