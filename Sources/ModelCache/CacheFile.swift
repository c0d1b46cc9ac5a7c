import StatementModel

/// What a cache file holds: the paths it was loaded from and each source file's statements.
struct CacheContents {
    /// The load's paths, absolute, in the order given.
    var paths: [String]
    /// Every file that read without a warning, in load order, with its statements.
    var files: [(stamp: FileStamp, statements: [Statement])]
}

/// The cache file format: the magic bytes `CQCACHE3`, the identity of the program that wrote
/// it, the string and list tables, then the body: the paths, the files with their stamps and
/// statements in chunks, an index of the chunks (where each starts and how many files it
/// holds), an end mark, and the index's offset in eight bytes. The chunks decode on all cores.
enum CacheFile {
    /// The format's number: the last byte of the magic, and part of the writer's identity.
    static let formatNumber = 3
    /// The first bytes of every cache file.
    static let magic = Array("CQCACHE\(formatNumber)".utf8)
    /// The byte after the chunk index.
    static let endMark: UInt8 = 0xCE
    /// Files per chunk: enough chunks for every core, few enough that the index stays small.
    static let defaultFilesPerChunk = 256

    /// Why a cache file was not used.
    enum Problem: Error {
        /// Written by another version of cq (or another build of it).
        case otherVersion
        /// Damaged or not a cache file.
        case corrupt(CacheCorruption)
    }

    /// The bytes of a cache file.
    static func encode(_ contents: CacheContents, identity: String, filesPerChunk: Int = defaultFilesPerChunk) -> [UInt8] {
        var writer = BinaryWriter()
        writer.count(contents.paths.count)
        for path in contents.paths { writer.string(path) }
        var chunks = [(offset: Int, files: Int)]()
        for start in stride(from: 0, to: contents.files.count, by: filesPerChunk) {
            let files = contents.files[start..<min(start + filesPerChunk, contents.files.count)]
            chunks.append((writer.body.count, files.count))
            for (stamp, statements) in files {
                writer.stamp(stamp)
                writer.count(statements.count)
                for statement in statements { writer.statement(statement) }
            }
        }
        let index = writer.body.count
        writer.count(chunks.count)
        for chunk in chunks {
            writer.count(chunk.offset)
            writer.count(chunk.files)
        }
        writer.byte(endMark)
        for shift in stride(from: 0, to: 64, by: 8) { writer.byte(UInt8(truncatingIfNeeded: UInt64(index) >> UInt64(shift))) }
        var header = BinaryWriter()
        let identityBytes = Array(identity.utf8)
        header.count(identityBytes.count)
        return writer.finish(header: magic + header.body + identityBytes)
    }

    /// The most bytes the header takes: the magic bytes, the identity's length (at most ten
    /// bytes) and the identity. Reading this much is enough to check a file's header.
    static func headerLength(identity: String) -> Int {
        magic.count + 10 + identity.utf8.count
    }

    /// Checks the magic bytes and the writer's identity at the start of `buffer` (the whole file,
    /// or at least its first `headerLength` bytes); returns where the tables begin.
    static func headerEnd(_ buffer: UnsafeRawBufferPointer, identity: String) throws(Problem) -> Int {
        guard buffer.count >= magic.count, buffer.prefix(magic.count - 1).elementsEqual(magic.dropLast()) else {
            throw .corrupt(CacheCorruption(reason: "not a cq cache file", offset: 0))
        }
        // `CQCACHE` and another format digit: an older or newer cq wrote it.
        guard buffer[magic.count - 1] == magic[magic.count - 1] else { throw .otherVersion }
        var reader = BinaryReader(buffer, from: magic.count)
        var sameIdentity: Bool
        do throws(CacheCorruption) {
            let length = try reader.count()
            // An identity of another length is another identity: it is not read at all.
            sameIdentity = length == identity.utf8.count
            if sameIdentity { sameIdentity = try reader.text(length: length) == identity }
        } catch {
            throw .corrupt(error)
        }
        guard sameIdentity else { throw .otherVersion }
        return reader.position
    }

    /// Decodes a cache file written by the program of `identity`.
    static func decode(_ bytes: [UInt8], identity: String) throws(Problem) -> CacheContents {
        try bytes.withUnsafeBytes { buffer in Result { () throws(Problem) in try decode(buffer, identity: identity) } }.get()
    }

    /// Decodes a whole cache file (mapped or in memory) written by the program of `identity`.
    static func decode(_ buffer: UnsafeRawBufferPointer, identity: String) throws(Problem) -> CacheContents {
        var reader = BinaryReader(buffer, from: try headerEnd(buffer, identity: identity))
        do throws(CacheCorruption) {
            try reader.readTables()
            return try contents(&reader)
        } catch {
            throw .corrupt(error)
        }
    }

    private static func contents(_ reader: inout BinaryReader) throws(CacheCorruption) -> CacheContents {
        let body = reader.position
        var paths = [String]()
        for _ in 0..<(try reader.itemCount()) { paths.append(try reader.string()) }
        let firstChunk = reader.position - body
        // The index: its offset is in the last eight bytes, after the end mark.
        guard reader.byteCount - body >= 9 else { throw reader.corruption("the file ends early") }
        reader.seek(to: reader.byteCount - 8)
        var indexOffset = 0
        for shift in stride(from: 0, to: 64, by: 8) { indexOffset |= Int(try reader.byte()) << shift }
        guard indexOffset >= firstChunk, indexOffset <= reader.byteCount - 9 - body else { throw reader.corruption("the chunk index is out of range") }
        reader.seek(to: body + indexOffset)
        var chunks = [(start: Int, end: Int, files: Int)]()
        for _ in 0..<(try reader.itemCount()) {
            let offset = try reader.count(), files = try reader.count()
            // Every file takes bytes of the body before the index.
            guard files <= indexOffset else { throw reader.corruption("a chunk's file count of \(files) is more than the file holds") }
            guard body + offset >= (chunks.last?.start ?? body + firstChunk), offset <= indexOffset else {
                throw reader.corruption("a chunk offset is out of order")
            }
            if !chunks.isEmpty { chunks[chunks.count - 1].end = body + offset }
            chunks.append((body + offset, body + indexOffset, files))
        }
        guard try reader.byte() == endMark, reader.position == reader.byteCount - 8 else {
            throw reader.corruption("no end mark where the data should end")
        }
        guard chunks.first.map({ $0.start == body + firstChunk }) ?? (indexOffset == firstChunk) else {
            throw reader.corruption("the first chunk is not where the files start")
        }
        let decoded = ConcurrentMap.map(chunks) { (chunk) -> Result<[(stamp: FileStamp, statements: [Statement])], CacheCorruption> in
            var chunkReader = reader.reader(at: chunk.start)
            return Result { () throws(CacheCorruption) in try files(chunk.files, ending: chunk.end, &chunkReader) }
        }
        var allFiles = [(stamp: FileStamp, statements: [Statement])]()
        for result in decoded { allFiles += try result.get() }
        return CacheContents(paths: paths, files: allFiles)
    }

    /// Reads `count` files, which must end exactly at `end`.
    private static func files(_ count: Int, ending end: Int, _ reader: inout BinaryReader) throws(CacheCorruption)
        -> [(stamp: FileStamp, statements: [Statement])]
    {
        var files = [(stamp: FileStamp, statements: [Statement])]()
        files.reserveCapacity(count)
        for _ in 0..<count {
            let stamp = try reader.stamp()
            let statementCount = try reader.itemCount()
            var statements = [Statement]()
            statements.reserveCapacity(statementCount)
            for _ in 0..<statementCount { statements.append(try reader.statement()) }
            files.append((stamp, statements))
        }
        guard reader.position == end else { throw reader.corruption("a chunk does not end where the next begins") }
        return files
    }
}

/// A file stamp in the cache's binary form, field by field.
extension BinaryWriter {
    /// Appends a file stamp.
    fileprivate mutating func stamp(_ stamp: FileStamp) {
        string(stamp.path)
        count(stamp.size)
        signed(stamp.modified)
        signed(stamp.changed)
        unsigned(stamp.inode)
        unsigned(stamp.device)
        unsigned(stamp.edgeHash)
    }
}

extension BinaryReader {
    /// Reads a file stamp written by `BinaryWriter.stamp`.
    fileprivate mutating func stamp() throws(CacheCorruption) -> FileStamp {
        FileStamp(
            path: try string(), size: try count(), modified: try signed(), changed: try signed(), inode: try unsigned(),
            device: try unsigned(), edgeHash: try unsigned())
    }
}
