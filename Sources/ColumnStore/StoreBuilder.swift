/// Collects named sections and lays them out as a store file (`StoreFormat`).
///
/// ```swift
/// var builder = StoreBuilder()
/// builder.addIntegers("clauses.n", [1, 2, 3])
/// let bytes = builder.bytes(identity: "example")
/// ```
public struct StoreBuilder {
    private var sections: [(name: String, bytes: SectionBytes)] = []

    /// An empty store.
    public init() {}

    /// Adds a section of raw bytes.
    public mutating func addBytes(_ name: String, _ bytes: [UInt8]) {
        sections.append((name, SectionBytes([.bytes(bytes)])))
    }

    /// Adds a section whose bytes are in pieces, some of them perhaps in a temporary file.
    mutating func addSection(_ name: String, _ bytes: SectionBytes) {
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
        var encoder = StringTableEncoder()
        for value in values { encoder.append(value) }
        addSection(name, encoder.section())
    }

    /// The store file: header, directory and the sections on page boundaries (a section held
    /// in a temporary file that cannot be read back is left out, as `file(identity:)` leaves it).
    public func bytes(identity: String) -> [UInt8] {
        var bytes = [UInt8]()
        write(identity: identity, requiringEverySection: false) { piece in
            bytes.append(contentsOf: piece)
            return true
        }
        return bytes
    }

    /// Writes the store file through `emit` piece by piece (the header and directory, then each
    /// section and the padding before it), so that the file is never laid out whole in memory;
    /// false as soon as `emit` returns false or a section held in a temporary file cannot be
    /// read back.
    @discardableResult
    public func write(identity: String, through emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        write(identity: identity, requiringEverySection: true, through: emit)
    }

    /// `write(identity:through:)`, leaving out a section that cannot be read back unless
    /// `requiringEverySection`.
    @discardableResult
    private func write(identity: String, requiringEverySection: Bool, through emit: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let plan = plan(identity: identity)
        guard plan.isComplete || !requiringEverySection else { return false }
        var written = 0
        func pad(to offset: Int) -> Bool {
            let zeros = [UInt8](repeating: 0, count: offset - written)
            written = offset
            return zeros.isEmpty || zeros.withUnsafeBytes(emit)
        }
        guard plan.head.withUnsafeBytes(emit) else { return false }
        written = plan.head.count
        for section in sections {
            guard let offset = plan.sections[section.name]?.offset else { continue }
            guard pad(to: offset), section.bytes.forEachPiece(emit) else { return false }
            written += section.bytes.count
        }
        return pad(to: plan.size)
    }

    /// The store written to a temporary file without a name and mapped read-only, as a cache
    /// file is: only the pages a query touches are resident. Nil when no temporary file can be
    /// made or written.
    public func mappedTemporaryFile(identity: String) -> StoreFile? {
        guard let file = SpillFile.make(), write(identity: identity, through: { file.append($0) != nil }) else { return nil }
        return try? StoreFile.map(descriptor: file.descriptor, size: file.count, identity: identity)
    }

    /// The store laid out in memory, as `StoreFile(bytes:identity:)` would read it back, but
    /// without reading its header again: the sections are where this builder put them. The
    /// builder is used up: each section is let go once copied, so that the store is not held
    /// twice. A section held in a temporary file that cannot be read back is left out of the
    /// directory, so that the store reports it as damaged when it is asked for.
    public consuming func file(identity: String) -> StoreFile {
        let plan = plan(identity: identity)
        var placed = plan.sections
        let size = plan.size
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: StoreFormat.pageSize)
        // Only the padding is zeroed, as each section is copied in: zeroing the whole file first
        // would touch every page of it while the sections are still held.
        plan.head.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: $0.count) }
        var written = plan.head.count
        for index in sections.indices {
            guard let offset = placed[sections[index].name]?.offset else { continue }
            (memory + written).initializeMemory(as: UInt8.self, repeating: 0, count: max(0, offset - written))
            written = offset
            let copied = sections[index].bytes.forEachPiece { piece in
                (memory + written).copyMemory(from: piece.baseAddress ?? UnsafeRawPointer(memory), byteCount: piece.count)
                written += piece.count
                return true
            }
            if !copied { placed[sections[index].name] = nil }
            sections[index].bytes = SectionBytes([])
        }
        (memory + written).initializeMemory(as: UInt8.self, repeating: 0, count: max(0, max(size, 1) - written))
        return StoreFile(laidOut: UnsafeRawPointer(memory), size: size, identity: identity, sections: placed)
    }

    /// Where everything goes: the header, identity and directory (`head`), each section's place
    /// and checksum, and the file's size. A section held in a temporary file that cannot be read
    /// back is left out, and the plan is then not complete.
    private func plan(identity: String) -> (head: [UInt8], sections: [String: StoreFile.Section], size: Int, isComplete: Bool) {
        // A spilled section is read back twice, here for the checksum that the directory ahead of
        // it carries and again when it is written: from the page cache, a fraction of a second
        // for the archive's store.
        let checksums = sections.map { $0.bytes.checksum() }
        let kept = zip(sections, checksums).compactMap { section, checksum in
            checksum.map { (name: section.name, count: section.bytes.count, checksum: $0) }
        }
        let identityBytes = Array(identity.utf8)
        let directoryLength = kept.reduce(0) { $0 + 2 + $1.name.utf8.count + 24 }
        let directoryStart = StoreFormat.fixedHeaderLength + identityBytes.count
        var offset = Self.pageAligned(directoryStart + directoryLength)
        var directory = [UInt8]()
        directory.reserveCapacity(directoryLength)
        var placed = [String: StoreFile.Section]()
        for section in kept {
            let name = Array(section.name.utf8)
            directory.append(littleEndian: UInt16(truncatingIfNeeded: name.count))
            directory += name
            directory.append(littleEndian: UInt64(offset))
            directory.append(littleEndian: UInt64(section.count))
            directory.append(littleEndian: section.checksum)
            placed[section.name] = StoreFile.Section(offset: offset, length: section.count, checksum: section.checksum)
            offset = Self.pageAligned(offset + section.count)
        }
        var head = StoreFormat.magic
        head.append(littleEndian: StoreFormat.byteOrderMark)
        head.append(littleEndian: UInt32(truncatingIfNeeded: identityBytes.count))
        head.append(littleEndian: UInt32(truncatingIfNeeded: kept.count))
        head.append(littleEndian: UInt32(truncatingIfNeeded: directory.count))
        head += [UInt8](repeating: 0, count: directoryStart - identityBytes.count - head.count)
        head += identityBytes
        head += directory
        let checksum = head.withUnsafeBytes { StoreChecksum.ofHeader($0, identityEnd: directoryStart, directoryEnd: head.count) }
        Swift.withUnsafeBytes(of: checksum.littleEndian) { head.replaceSubrange(24..<32, with: $0) }
        return (head, placed, offset, kept.count == sections.count)
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
