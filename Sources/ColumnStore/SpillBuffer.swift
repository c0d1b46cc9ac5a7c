/// Bytes appended one value at a time, kept in a `SpillFile` a chunk at a time once there is
/// one (and in memory when there is none, or a chunk cannot be written), and read back in
/// order when the store is written.
struct SpillBuffer {
    /// A run of the bytes: in the file, or in memory.
    private enum Chunk {
        case spilled(offset: Int, count: Int)
        case held([UInt8])
    }

    /// The bytes gathered before they go to the file together.
    static let chunkSize = 256 * 1024

    private let file: SpillFile?
    private var chunks = [Chunk]()
    /// The bytes not yet in a chunk.
    private var tail = [UInt8]()
    /// The number of bytes appended.
    private(set) var count = 0

    /// An empty buffer that spills into `file` (nil: everything stays in memory).
    init(file: SpillFile?) {
        self.file = file
    }

    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        if tail.isEmpty { tail.reserveCapacity(Self.chunkSize) }
        tail.append(contentsOf: bytes)
        count += bytes.count
        if tail.count >= Self.chunkSize { flush() }
    }

    /// Appends a number's bytes as they lie in memory (the store is read where it was written).
    mutating func append<Number: FixedWidthInteger>(number: Number) {
        withUnsafeBytes(of: number) { append($0) }
    }

    /// Puts the tail into a chunk: in the file when it takes it.
    private mutating func flush() {
        guard !tail.isEmpty else { return }
        if let file, let offset = tail.withUnsafeBytes({ file.append($0) }) {
            chunks.append(.spilled(offset: offset, count: tail.count))
            tail.removeAll(keepingCapacity: true)
        } else {
            chunks.append(.held(tail))
            tail = []
        }
    }

    /// Hands the bytes to `body` in order, a chunk at a time; false as soon as `body` returns
    /// false or a chunk cannot be read back.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        var scratch = [UInt8]()
        for chunk in chunks {
            switch chunk {
            case .held(let bytes):
                guard bytes.withUnsafeBytes(body) else { return false }
            case .spilled(let offset, let count):
                if scratch.count < count { scratch = [UInt8](repeating: 0, count: count) }
                let read = scratch.withUnsafeMutableBytes { buffer in
                    file?.read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])) ?? false
                }
                guard read, scratch.withUnsafeBytes({ body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else { return false }
            }
        }
        return tail.withUnsafeBytes(body)
    }
}
