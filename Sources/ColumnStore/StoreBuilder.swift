/// Collects named sections and lays them out as a store file (`StoreFormat`).
///
/// ```swift
/// var builder = StoreBuilder()
/// builder.addIntegers("clauses.n", [1, 2, 3])
/// let bytes = builder.bytes(identity: "example")
/// ```
public struct StoreBuilder {
    private var sections: [(name: String, bytes: [UInt8])] = []

    /// An empty store.
    public init() {}

    /// Adds a section of raw bytes.
    public mutating func addBytes(_ name: String, _ bytes: [UInt8]) {
        sections.append((name, bytes))
    }

    /// Adds a section of eight-byte signed numbers.
    public mutating func addIntegers(_ name: String, _ values: [Int64]) {
        addBytes(name, values.withUnsafeBytes { Array($0) })
    }

    /// Adds a section of four-byte codes.
    public mutating func addCodes(_ name: String, _ values: [UInt32]) {
        addBytes(name, values.withUnsafeBytes { Array($0) })
    }

    /// Adds a section holding a string table (`StringTable`).
    public mutating func addStrings(_ name: String, _ values: some Collection<String>) {
        addBytes(name, StringTable.encode(values))
    }

    /// The store file: header, directory and the sections on page boundaries.
    public func bytes(identity: String) -> [UInt8] {
        var bytes = [UInt8]()
        write(identity: identity) { piece in
            bytes.append(contentsOf: piece)
            return true
        }
        return bytes
    }

    /// Writes the store file through `emit` piece by piece (the header and directory, then each
    /// section and the padding before it), so that the file is never laid out whole in memory;
    /// false as soon as `emit` returns false.
    @discardableResult
    public func write(identity: String, through emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let plan = plan(identity: identity)
        var written = 0
        func pad(to offset: Int) -> Bool {
            let zeros = [UInt8](repeating: 0, count: offset - written)
            written = offset
            return zeros.isEmpty || zeros.withUnsafeBytes(emit)
        }
        guard plan.head.withUnsafeBytes(emit) else { return false }
        written = plan.head.count
        for section in sections {
            guard let offset = plan.sections[section.name]?.offset, pad(to: offset), section.bytes.withUnsafeBytes(emit) else { return false }
            written += section.bytes.count
        }
        return pad(to: plan.size)
    }

    /// The store laid out in memory, as `StoreFile(bytes:identity:)` would read it back, but
    /// without reading its header again: the sections are where this builder put them. The
    /// builder is used up: each section is let go once copied, so that the store is not held
    /// twice.
    public consuming func file(identity: String) -> StoreFile {
        let plan = plan(identity: identity)
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(plan.size, 1), alignment: StoreFormat.pageSize)
        // Only the padding is zeroed, as each section is copied in: zeroing the whole file first
        // would touch every page of it while the sections are still held.
        plan.head.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        var written = plan.head.count
        for index in sections.indices {
            guard let offset = plan.sections[sections[index].name]?.offset else { continue }
            (memory + written).initializeMemory(as: UInt8.self, repeating: 0, count: max(0, offset - written))
            sections[index].bytes.withUnsafeBytes {
                (memory + offset).copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count)
            }
            written = offset + sections[index].bytes.count
            sections[index].bytes = []
        }
        (memory + written).initializeMemory(as: UInt8.self, repeating: 0, count: max(0, max(plan.size, 1) - written))
        return StoreFile(laidOut: UnsafeRawPointer(memory), size: plan.size, identity: identity, sections: plan.sections)
    }

    /// Where everything goes: the header, identity and directory (`head`), each section's place
    /// and checksum, and the file's size.
    private func plan(identity: String) -> (head: [UInt8], sections: [String: StoreFile.Section], size: Int) {
        let identityBytes = Array(identity.utf8)
        let directoryLength = sections.reduce(0) { $0 + 2 + $1.name.utf8.count + 24 }
        let directoryStart = StoreFormat.fixedHeaderLength + identityBytes.count
        var offset = Self.pageAligned(directoryStart + directoryLength)
        var directory = [UInt8]()
        directory.reserveCapacity(directoryLength)
        var placed = [String: StoreFile.Section]()
        for section in sections {
            let name = Array(section.name.utf8)
            let checksum = section.bytes.withUnsafeBytes { StoreChecksum.of($0) }
            directory.append(littleEndian: UInt16(truncatingIfNeeded: name.count))
            directory += name
            directory.append(littleEndian: UInt64(offset))
            directory.append(littleEndian: UInt64(section.bytes.count))
            directory.append(littleEndian: checksum)
            placed[section.name] = StoreFile.Section(offset: offset, length: section.bytes.count, checksum: checksum)
            offset = Self.pageAligned(offset + section.bytes.count)
        }
        var head = StoreFormat.magic
        head.append(littleEndian: StoreFormat.byteOrderMark)
        head.append(littleEndian: UInt32(truncatingIfNeeded: identityBytes.count))
        head.append(littleEndian: UInt32(truncatingIfNeeded: sections.count))
        head.append(littleEndian: UInt32(truncatingIfNeeded: directory.count))
        head += [UInt8](repeating: 0, count: directoryStart - identityBytes.count - head.count)
        head += identityBytes
        head += directory
        let checksum = head.withUnsafeBytes { StoreChecksum.ofHeader($0, identityEnd: directoryStart, directoryEnd: head.count) }
        Swift.withUnsafeBytes(of: checksum.littleEndian) { head.replaceSubrange(24..<32, with: $0) }
        return (head, placed, offset)
    }

    /// `offset` rounded up to the next page boundary.
    static func pageAligned(_ offset: Int) -> Int {
        (offset + StoreFormat.pageSize - 1) / StoreFormat.pageSize * StoreFormat.pageSize
    }
}

extension Array where Element == UInt8 {
    /// Appends a number's bytes, least significant first.
    mutating func append<Number: FixedWidthInteger>(littleEndian number: Number) {
        Swift.withUnsafeBytes(of: number.littleEndian) { append(contentsOf: $0) }
    }
}
