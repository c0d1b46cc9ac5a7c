/// The distinct strings of a column, each with its code (its place in order of first
/// appearance), found by their exact bytes (`ExactString`): an open-addressing table whose slots
/// hold a hash of each string's UTF-8 bytes and its code, the strings' bytes kept one after
/// another in a single array. A lookup hashes the bytes once, turns other strings away by the
/// hash kept in their slot and compares the bytes of a match with `memcmp`, with no copy.
struct DistinctStrings {
    /// A place in the table: a string's hash and code, or `DistinctStrings.free`.
    private struct Slot {
        var hash: UInt32
        var code: UInt32
    }

    /// The code of a slot that holds no string.
    private static let free = UInt32.max
    /// The table, a power of two long and never more than half full.
    private var slots = [Slot](repeating: Slot(hash: 0, code: free), count: 64)
    /// The distinct strings' bytes, in order of first appearance.
    private var bytes: [UInt8] = []
    /// Where each distinct string ends in `bytes` (and the next starts).
    private var ends: [Int] = []
    /// The code given last, nil before the first.
    private var last: UInt32?

    /// The code of `value`: its place among the distinct strings, `value` added when it is new.
    mutating func code(of value: String) -> UInt32 {
        ExactString.withUTF8(value) { code(ofBytes: $0) }
    }

    /// The code of the string whose UTF-8 bytes are `value`, added when it is new.
    private mutating func code(ofBytes value: UnsafeBufferPointer<UInt8>) -> UInt32 {
        // A column often repeats the value before (a statement's id down its clauses).
        if let last, bytes(of: Int(last), areTheSameAs: value) { return last }
        let code = lookUp(value)
        last = code
        return code
    }

    /// The code of the string whose UTF-8 bytes are `value`, looked up in the table and added
    /// when it is new.
    private mutating func lookUp(_ value: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let hash = Self.hash(value)
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot.code == Self.free { break }
            if slot.hash == hash, bytes(of: Int(slot.code), areTheSameAs: value) { return slot.code }
            index = (index + 1) & mask
        }
        let code = UInt32(truncatingIfNeeded: ends.count)
        bytes.append(contentsOf: value)
        ends.append(bytes.count)
        slots[index] = Slot(hash: hash, code: code)
        if ends.count * 2 > slots.count { grow() }
        return code
    }

    /// Whether distinct string `code` has exactly the bytes `value`.
    private func bytes(of code: Int, areTheSameAs value: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = (code == 0 ? 0 : ends[code - 1])..<ends[code]
        return bytes.withUnsafeBufferPointer { ExactString.sameBytes(UnsafeBufferPointer(rebasing: $0[range]), value) }
    }

    /// Doubles the table, each string's slot found again from the hash kept in it.
    private mutating func grow() {
        var larger = [Slot](repeating: Slot(hash: 0, code: Self.free), count: slots.count * 2)
        let mask = larger.count - 1
        for slot in slots where slot.code != Self.free {
            var index = Int(slot.hash) & mask
            while larger[index].code != Self.free { index = (index + 1) & mask }
            larger[index] = slot
        }
        slots = larger
    }

    /// The string table (`StringTable`) of the distinct strings, in order of their codes.
    func section() -> SectionBytes {
        var table = StringTableEncoder()
        bytes.withUnsafeBytes { all in
            var start = 0
            for end in ends {
                table.append(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        return table.section()
    }

    /// A hash of `bytes`, eight at a time, the last eight (or fewer) read overlapping the ones
    /// before with the length mixed in: fast for the short strings of a column, and spread well
    /// enough by the finishing mix for the table's low bits (not a defence against anyone
    /// choosing the bytes).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let raw = UnsafeRawBufferPointer(bytes)
        let count = raw.count
        var hash = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
        if count >= 8 {
            var position = 0
            while position + 8 < count {
                hash = mix(hash, raw.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                position += 8
            }
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            hash = mix(hash, first << 32 | last)
        } else if count > 0 {
            hash = mix(hash, UInt64(raw[0]) << 16 | UInt64(raw[count / 2]) << 8 | UInt64(raw[count - 1]))
        }
        // MurmurHash3's finishing mix, so that every bit of the input reaches the low bits.
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return UInt32(truncatingIfNeeded: hash)
    }

    /// `hash` with eight more bytes, `word`, mixed in.
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 29)
    }
}
