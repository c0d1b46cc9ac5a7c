import Glibc
import Synchronization

/// A store file mapped read-only (or held in memory), its header and directory checked. A
/// section is checked against its checksum the first time it is asked for, so that opening a
/// store reads only its first pages, however large it is.
///
/// The mapping stays valid while the file is replaced: cq never writes a store in place (it
/// writes a new file and renames it over the old one), so the mapped inode keeps its bytes
/// until the mapping goes (docs/cache.md).
public final class StoreFile: @unchecked Sendable {
    /// One entry of the directory.
    struct Section {
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    /// The writer's identity.
    public let identity: String
    private let base: UnsafeRawPointer
    private let size: Int
    private let sections: [String: Section]
    private let release: @Sendable (UnsafeRawPointer, Int) -> Void
    private let checked = Mutex<Set<String>>([])
    private let damageHandler = Mutex<(@Sendable (StoreDamage) -> Void)?>(nil)

    private init(
        base: UnsafeRawPointer, size: Int, identity: String, sections: [String: Section],
        release: @escaping @Sendable (UnsafeRawPointer, Int) -> Void
    ) {
        self.base = base
        self.size = size
        self.identity = identity
        self.sections = sections
        self.release = release
    }

    deinit {
        release(base, size)
    }

    /// The store a builder laid out in memory it allocated (and this file now owns), its
    /// sections where the builder put them.
    convenience init(laidOut base: UnsafeRawPointer, size: Int, identity: String, sections: [String: Section]) {
        self.init(base: base, size: size, identity: identity, sections: sections) { pointer, _ in
            UnsafeMutableRawPointer(mutating: pointer).deallocate()
        }
    }

    /// The store in `bytes`, copied to page-aligned memory; throws when its header is wrong or
    /// was written for another identity.
    public convenience init(bytes: [UInt8], identity: String) throws(StoreProblem) {
        let base = Self.copy(bytes)
        let sections: [String: Section]
        do throws(StoreProblem) {
            sections = try Self.directory(UnsafeRawBufferPointer(start: base, count: bytes.count), fileSize: bytes.count, identity: identity)
        } catch {
            UnsafeMutableRawPointer(mutating: base).deallocate()
            throw error
        }
        self.init(base: base, size: bytes.count, identity: identity, sections: sections) { pointer, _ in
            UnsafeMutableRawPointer(mutating: pointer).deallocate()
        }
    }

    /// Maps the open regular file `descriptor` of `size` bytes read-only after reading and
    /// checking its header and directory; throws when they are wrong or written for another
    /// identity. The descriptor may be closed afterwards.
    public static func map(descriptor: CInt, size: Int, identity: String) throws(StoreProblem) -> StoreFile {
        guard size >= 0 else { throw .damaged(reason: "a negative size", offset: 0) }
        let headerLength = min(size, StoreFormat.fixedHeaderLength)
        let fixed = try Self.read(descriptor, at: 0, count: headerLength)
        guard fixed.count == StoreFormat.fixedHeaderLength else { throw .damaged(reason: "the file ends inside its header", offset: fixed.count) }
        let (identityLength, directoryLength) = try fixed.withUnsafeBytes { buffer in Result { () throws(StoreProblem) in try lengths(buffer) } }.get()
        let whole = try Self.read(descriptor, at: 0, count: min(size, StoreFormat.fixedHeaderLength + identityLength + directoryLength))
        let sections = try whole.withUnsafeBytes { buffer in
            Result { () throws(StoreProblem) in try directory(buffer, fileSize: size, identity: identity) }
        }.get()
        guard size > 0, let mapping = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), mapping != MAP_FAILED else {
            throw .damaged(reason: "cannot map it: \(String(cString: strerror(errno)))", offset: 0)
        }
        return StoreFile(base: UnsafeRawPointer(mapping), size: size, identity: identity, sections: sections) { pointer, size in
            munmap(UnsafeMutableRawPointer(mutating: pointer), size)
        }
    }

    /// `bytes` copied to new page-aligned memory.
    private static func copy(_ bytes: [UInt8]) -> UnsafeRawPointer {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: StoreFormat.pageSize)
        bytes.withUnsafeBytes { buffer in
            if let source = buffer.baseAddress { memory.copyMemory(from: source, byteCount: buffer.count) }
        }
        return UnsafeRawPointer(memory)
    }

    /// Sets what to do when a reader of the store reports damage (the model cache removes the file).
    public func whenDamaged(_ handler: @escaping @Sendable (StoreDamage) -> Void) {
        damageHandler.withLock { $0 = handler }
    }

    /// Says that a section was found damaged: runs the handler set with `whenDamaged`.
    public func reportDamage(_ damage: StoreDamage) {
        damageHandler.withLock { $0 }?(damage)
    }

    /// The names of the sections.
    public var sectionNames: [String] { sections.keys.sorted() }

    /// Where section `name` lies in the file, in bytes; nil when there is no such section.
    public func byteRange(ofSection name: String) -> Range<Int>? {
        sections[name].map { $0.offset..<($0.offset + $0.length) }
    }

    /// The bytes of section `name`, checked against their checksum the first time; nil when the
    /// store has no such section.
    public func section(_ name: String) throws(StoreDamage) -> UnsafeRawBufferPointer? {
        guard let section = sections[name] else { return nil }
        let bytes = UnsafeRawBufferPointer(start: base + section.offset, count: section.length)
        if checked.withLock({ $0.contains(name) }) { return bytes }
        guard StoreChecksum.of(bytes) == section.checksum else { throw StoreDamage(section: name, reason: "its bytes do not match their checksum") }
        checked.withLock { _ = $0.insert(name) }
        return bytes
    }

    /// The bytes of section `name`; a missing section is damage.
    public func requiredSection(_ name: String) throws(StoreDamage) -> UnsafeRawBufferPointer {
        guard let bytes = try section(name) else { throw StoreDamage(section: name, reason: "the store has no such section") }
        return bytes
    }

    /// The identity and directory lengths the fixed header declares, after its magic and byte order.
    private static func lengths(_ header: UnsafeRawBufferPointer) throws(StoreProblem) -> (Int, Int) {
        // `CQCACHE` began the cache files of the format before the store: another version.
        if header.prefix(7).elementsEqual("CQCACHE".utf8) { throw .otherVersion }
        guard header.prefix(StoreFormat.magic.count - 1).elementsEqual(StoreFormat.magic.dropLast()) else {
            throw .damaged(reason: "not a cq store file", offset: 0)
        }
        guard header[StoreFormat.magic.count - 1] == StoreFormat.magic[StoreFormat.magic.count - 1] else { throw .otherVersion }
        guard header.loadUnaligned(fromByteOffset: 8, as: UInt32.self) == StoreFormat.byteOrderMark else {
            throw .damaged(reason: "written with another byte order", offset: 8)
        }
        let identityLength = Int(header.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        let directoryLength = Int(header.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
        guard identityLength <= StoreFormat.maximumHeaderPart, directoryLength <= StoreFormat.maximumHeaderPart else {
            throw .damaged(reason: "a header longer than any store's", offset: 12)
        }
        return (identityLength, directoryLength)
    }

    /// Checks the header at the start of `buffer` (at least the header and directory) for a file
    /// of `fileSize` bytes, and reads the directory.
    private static func directory(_ buffer: UnsafeRawBufferPointer, fileSize: Int, identity: String) throws(StoreProblem) -> [String: Section] {
        guard buffer.count >= StoreFormat.fixedHeaderLength else { throw .damaged(reason: "the file ends inside its header", offset: buffer.count) }
        let (identityLength, directoryLength) = try lengths(buffer)
        let identityStart = StoreFormat.fixedHeaderLength
        let directoryStart = identityStart + identityLength
        guard buffer.count >= directoryStart + directoryLength else { throw .damaged(reason: "the file ends inside its directory", offset: buffer.count) }
        let identityBytes = UnsafeRawBufferPointer(rebasing: buffer[identityStart..<directoryStart])
        let directoryBytes = UnsafeRawBufferPointer(rebasing: buffer[directoryStart..<(directoryStart + directoryLength)])
        let checksum = StoreChecksum.ofHeader(buffer, identityEnd: directoryStart, directoryEnd: directoryStart + directoryLength)
        guard checksum == buffer.loadUnaligned(fromByteOffset: 24, as: UInt64.self) else {
            throw .damaged(reason: "the header does not match its checksum", offset: 24)
        }
        guard identityBytes.elementsEqual(identity.utf8) else { throw .otherVersion }
        let count = Int(buffer.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        guard count <= StoreFormat.maximumSections else { throw .damaged(reason: "more sections than any store has", offset: 16) }
        var sections = [String: Section]()
        var position = 0
        var end = StoreBuilder.pageAligned(directoryStart + directoryLength)
        for _ in 0..<count {
            guard position + 2 <= directoryBytes.count else { throw .damaged(reason: "the directory ends early", offset: directoryStart + position) }
            let nameLength = Int(directoryBytes.loadUnaligned(fromByteOffset: position, as: UInt16.self))
            let nameEnd = position + 2 + nameLength
            guard nameEnd + 24 <= directoryBytes.count else { throw .damaged(reason: "the directory ends early", offset: directoryStart + position) }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: directoryBytes[(position + 2)..<nameEnd]), as: UTF8.self)
            let offset = directoryBytes.loadUnaligned(fromByteOffset: nameEnd, as: UInt64.self)
            let length = directoryBytes.loadUnaligned(fromByteOffset: nameEnd + 8, as: UInt64.self)
            let sum = directoryBytes.loadUnaligned(fromByteOffset: nameEnd + 16, as: UInt64.self)
            // Sections follow each other on page boundaries, inside the file.
            guard offset == UInt64(end), length <= UInt64(fileSize), offset <= UInt64(fileSize) - length, sections[name] == nil else {
                throw .damaged(reason: "section \(name) is out of place", offset: directoryStart + nameEnd)
            }
            sections[name] = Section(offset: Int(offset), length: Int(length), checksum: sum)
            end = StoreBuilder.pageAligned(Int(offset) + Int(length))
            position = nameEnd + 24
        }
        guard position == directoryBytes.count else { throw .damaged(reason: "the directory has bytes after its last section", offset: directoryStart + position) }
        guard end == fileSize else { throw .damaged(reason: "the file is not as long as its sections", offset: fileSize) }
        return sections
    }

    /// Up to `count` bytes of the open file from `offset`.
    private static func read(_ descriptor: CInt, at offset: Int, count: Int) throws(StoreProblem) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let (got, failed) = bytes.withUnsafeMutableBytes { buffer in
            WholeTransfer.move(count) { done in pread(descriptor, buffer.baseAddress.map { $0 + done }, count - done, off_t(offset + done)) }
        }
        if failed { throw .damaged(reason: "cannot read it: \(String(cString: strerror(errno)))", offset: offset + got) }
        return Array(bytes.prefix(got))
    }
}

extension StoreFile {
    /// The string table in section `name` (`StringTable`), checked.
    public func stringTable(_ name: String) throws(StoreDamage) -> StringTable {
        let section = try requiredSection(name)
        do throws(SectionFault) {
            return try StringTable(section, of: self)
        } catch {
            throw StoreDamage(section: name, reason: error.reason)
        }
    }

    /// The `*_end` numbers in section `name`: where the rows of each entry end among `total`
    /// rows of `table`, checked to rise and to end at `total`.
    public func rowEnds(_ name: String, total: Int, of table: String) throws(StoreDamage) -> UnsafeBufferPointer<Int64> {
        let ends = try integerArray(name)
        try Self.checkRowEnds(ends, total: total, of: table, section: name)
        return ends
    }

    /// Throws unless `ends` rise from 0 and the last is `total`.
    static func checkRowEnds(_ ends: UnsafeBufferPointer<Int64>, total: Int, of table: String, section: String) throws(StoreDamage) {
        var previous: Int64 = 0
        for end in ends {
            guard end >= previous else { throw StoreDamage(section: section, reason: "row ranges out of order") }
            previous = end
        }
        guard previous == Int64(total) else { throw StoreDamage(section: section, reason: "row ranges that do not cover \(table)") }
    }

    /// The eight-byte numbers in section `name`.
    public func integerArray(_ name: String) throws(StoreDamage) -> UnsafeBufferPointer<Int64> {
        let section = try requiredSection(name)
        guard section.count % 8 == 0 else { throw StoreDamage(section: name, reason: "not a whole number of numbers") }
        return section.bindMemory(to: Int64.self)
    }
}
