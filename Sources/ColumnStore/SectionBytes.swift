/// A section's bytes as a builder holds them: pieces in order, each in memory or in a
/// `SpillBuffer` (whose bytes may be in a temporary file until the store is written).
struct SectionBytes {
    /// One piece of the section.
    enum Piece {
        case bytes([UInt8])
        case spilled(SpillBuffer)
    }

    private var pieces: [Piece]
    /// The number of bytes of the section.
    let count: Int

    /// A section of `pieces`.
    init(_ pieces: [Piece]) {
        self.pieces = pieces
        count = pieces.reduce(0) { total, piece in
            switch piece {
            case .bytes(let bytes): total + bytes.count
            case .spilled(let buffer): total + buffer.count
            }
        }
    }

    /// Hands the bytes to `body` in order, a piece at a time; false as soon as `body` returns
    /// false or a spilled piece cannot be read back.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        for piece in pieces {
            switch piece {
            case .bytes(let bytes):
                guard bytes.withUnsafeBytes(body) else { return false }
            case .spilled(let buffer):
                guard buffer.forEachPiece(body) else { return false }
            }
        }
        return true
    }

    /// The section's checksum (`StoreChecksum`), or nil when a spilled piece cannot be read back.
    func checksum() -> UInt64? {
        var accumulator = StoreChecksum.Accumulator(count: count)
        guard forEachPiece({ accumulator.add($0); return true }) else { return nil }
        return accumulator.finish()
    }
}
