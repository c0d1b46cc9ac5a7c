/// A 64-bit checksum over eight bytes at a time: fast enough to check a section of a few hundred
/// megabytes in a few tens of milliseconds, and enough to notice damaged or truncated bytes (it is not
/// a defence against anyone choosing the bytes).
enum StoreChecksum {
    /// The checksum of `bytes`: four lanes of eight bytes each, so that the multiplications of
    /// one lane do not wait for another's, then the tail.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var accumulator = Accumulator(count: bytes.count)
        accumulator.add(bytes)
        return accumulator.finish()
    }

    /// The checksum of bytes that come in pieces (a section read back from a `SpillFile`), the
    /// same as `of` gives for them all at once: the total count is known at the start.
    struct Accumulator {
        private let count: Int
        private var lanes: (UInt64, UInt64, UInt64, UInt64)
        /// The bytes after the last whole block of 32.
        private var carry = [UInt8]()

        /// An accumulator for `count` bytes in all.
        init(count: Int) {
            self.count = count
            let seed: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
            lanes = (seed, seed &+ 1, seed &+ 2, seed &+ 3)
        }

        /// Adds the next piece of the bytes.
        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            var position = 0
            if !carry.isEmpty {
                position = min(32 - carry.count, bytes.count)
                carry.append(contentsOf: bytes[..<position])
                guard carry.count == 32 else { return }
                carry.withUnsafeBytes { addBlock($0, at: 0) }
                carry.removeAll(keepingCapacity: true)
            }
            while position + 32 <= bytes.count {
                addBlock(bytes, at: position)
                position += 32
            }
            carry.append(contentsOf: bytes[position...])
        }

        private mutating func addBlock(_ bytes: UnsafeRawBufferPointer, at position: Int) {
            lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
            lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: position + 8, as: UInt64.self))
            lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: position + 16, as: UInt64.self))
            lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: position + 24, as: UInt64.self))
        }

        /// The checksum, once every byte is added.
        func finish() -> UInt64 {
            var hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
            return carry.withUnsafeBytes { rest in
                var position = 0
                while position + 8 <= rest.count {
                    hash = mix(hash, rest.loadUnaligned(fromByteOffset: position, as: UInt64.self))
                    position += 8
                }
                var tail: UInt64 = 0
                for (shift, byte) in rest[position...].enumerated() { tail |= UInt64(byte) << UInt64(shift * 8) }
                return mix(mix(hash, tail), UInt64(truncatingIfNeeded: count))
            }
        }
    }

    /// The checksum a header carries, of the store whose first bytes are `bytes`: over the
    /// header's first 24 bytes, the identity (up to `identityEnd`) and the directory (up to
    /// `directoryEnd`), each checksummed alone and then mixed.
    static func ofHeader(_ bytes: UnsafeRawBufferPointer, identityEnd: Int, directoryEnd: Int) -> UInt64 {
        let parts = [0..<24, StoreFormat.fixedHeaderLength..<identityEnd, identityEnd..<directoryEnd]
        return parts.reduce(0) { mix($0, of(UnsafeRawBufferPointer(rebasing: bytes[$1]))) }
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var value = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
        return value
    }
}

