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
        layout(identity: identity).bytes
    }

    /// The store laid out in memory, as `StoreFile(bytes:identity:)` would read it back, but
    /// without reading its header again: the sections are where this builder put them.
    public func file(identity: String) -> StoreFile {
        let (bytes, sections) = layout(identity: identity)
        return StoreFile(laidOut: bytes, identity: identity, sections: sections)
    }

    /// The file's bytes and where each section is in them, with its checksum.
    private func layout(identity: String) -> (bytes: [UInt8], sections: [String: StoreFile.Section]) {
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
        var file = [UInt8](repeating: 0, count: offset)
        var header = StoreFormat.magic
        header.append(littleEndian: StoreFormat.byteOrderMark)
        header.append(littleEndian: UInt32(truncatingIfNeeded: identityBytes.count))
        header.append(littleEndian: UInt32(truncatingIfNeeded: sections.count))
        header.append(littleEndian: UInt32(truncatingIfNeeded: directory.count))
        file.replaceSubrange(0..<header.count, with: header)
        file.replaceSubrange(directoryStart - identityBytes.count..<directoryStart, with: identityBytes)
        file.replaceSubrange(directoryStart..<(directoryStart + directory.count), with: directory)
        let checksum = file.withUnsafeBytes { StoreChecksum.ofHeader($0, identityEnd: directoryStart, directoryEnd: directoryStart + directory.count) }
        Swift.withUnsafeBytes(of: checksum.littleEndian) { file.replaceSubrange(24..<32, with: $0) }
        for section in sections {
            guard let start = placed[section.name]?.offset else { continue }
            file.replaceSubrange(start..<(start + section.bytes.count), with: section.bytes)
        }
        return (file, placed)
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
