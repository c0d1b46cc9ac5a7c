/// The hash of an ASCII word's bytes, by which `WordTable` finds it.
struct WordKey: Sendable, Equatable {
    /// FNV-1a of the word's bytes, its high bits folded into the low ones that pick a slot.
    let hash: UInt64

    /// Works a key out byte by byte, noting whether a byte was outside ASCII.
    struct Hasher {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        /// Whether every byte so far was ASCII.
        private(set) var isASCII = true

        /// Adds the next byte of the word.
        mutating func add(_ byte: UInt8) {
            isASCII = isASCII && byte < 0x80
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }

        /// The key of the bytes added, or nil when one was outside ASCII.
        var key: WordKey? {
            isASCII ? WordKey(hash: hash ^ (hash >> 29)) : nil
        }
    }

    private init(hash: UInt64) {
        self.hash = hash
    }

    /// The key of `word`, or nil when a byte of it is outside ASCII.
    init?(_ word: String) {
        var hasher = Hasher()
        for byte in word.utf8 {
            hasher.add(byte)
            guard hasher.isASCII else { return nil }
        }
        guard let key = hasher.key else { return nil }
        self = key
    }
}
