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
        let identityBytes = Array(identity.utf8)
        var offset = Self.pageAligned(StoreFormat.fixedHeaderLength + identityBytes.count + directoryLength)
        var directory = [UInt8]()
        directory.reserveCapacity(directoryLength)
        var offsets = [Int]()
        for section in sections {
            let name = Array(section.name.utf8)
            directory.append(littleEndian: UInt16(truncatingIfNeeded: name.count))
            directory += name
            directory.append(littleEndian: UInt64(offset))
            directory.append(littleEndian: UInt64(section.bytes.count))
            directory.append(littleEndian: section.bytes.withUnsafeBytes { StoreChecksum.of($0) })
            offsets.append(offset)
            offset = Self.pageAligned(offset + section.bytes.count)
        }
        var header = StoreFormat.magic
        header.append(littleEndian: StoreFormat.byteOrderMark)
        header.append(littleEndian: UInt32(truncatingIfNeeded: identityBytes.count))
        header.append(littleEndian: UInt32(truncatingIfNeeded: sections.count))
        header.append(littleEndian: UInt32(truncatingIfNeeded: directory.count))
        let checksum = Self.headerChecksum(header, identityBytes, directory)
        header.append(littleEndian: checksum)
        var file = [UInt8](repeating: 0, count: offset)
        file.replaceSubrange(0..<header.count, with: header)
        file.replaceSubrange(header.count..<(header.count + identityBytes.count), with: identityBytes)
        let directoryStart = header.count + identityBytes.count
        file.replaceSubrange(directoryStart..<(directoryStart + directory.count), with: directory)
        for (section, start) in zip(sections, offsets) {
            file.replaceSubrange(start..<(start + section.bytes.count), with: section.bytes)
        }
        return file
    }

    /// The store laid out in memory, as `StoreFile(bytes:identity:)` would read it back, but
    /// without reading its header again: the sections are where this builder put them.
    public func file(identity: String) -> StoreFile {
        let bytes = bytes(identity: identity)
        var sections = [String: StoreFile.Section]()
        var offset = Self.pageAligned(StoreFormat.fixedHeaderLength + identity.utf8.count + directoryLength)
        for section in self.sections {
            sections[section.name] = StoreFile.Section(
                offset: offset, length: section.bytes.count, checksum: section.bytes.withUnsafeBytes { StoreChecksum.of($0) })
            offset = Self.pageAligned(offset + section.bytes.count)
        }
        return StoreFile(laidOut: bytes, identity: identity, sections: sections)
    }

    /// The length of the directory in bytes.
    private var directoryLength: Int {
        sections.reduce(0) { $0 + 2 + $1.name.utf8.count + 24 }
    }

    /// The checksum a header carries: over its first 24 bytes, the identity and the directory.
    static func headerChecksum(_ fixed: [UInt8], _ identity: [UInt8], _ directory: [UInt8]) -> UInt64 {
        fixed.prefix(24).withUnsafeBytes { fixed in
            identity.withUnsafeBytes { identity in
                directory.withUnsafeBytes { directory in StoreChecksum.of([fixed, identity, directory]) }
            }
        }
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
