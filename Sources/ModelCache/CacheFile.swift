import StatementModel

/// What a cache file holds: the paths it was loaded from and each source file's statements.
struct CacheContents {
    /// The load's paths, absolute, in the order given.
    var paths: [String]
    /// Every file that read without a warning, in load order, with its statements.
    var files: [(stamp: FileStamp, statements: [Statement])]
}

/// The cache file format: the magic bytes `CQCACHE1`, the identity of the program that wrote
/// it, the string and list tables, then the paths and the files with their statements, and an
/// end mark.
enum CacheFile {
    static let magic = Array("CQCACHE1".utf8)
    static let endMark: UInt8 = 0xCE

    /// Why a cache file was not used.
    enum Problem: Error {
        /// Written by another version of cq (or another build of it).
        case otherVersion
        /// Damaged or not a cache file.
        case corrupt(CacheCorruption)
    }

    /// The bytes of a cache file.
    static func encode(_ contents: CacheContents, identity: String) -> [UInt8] {
        var writer = BinaryWriter()
        writer.count(contents.paths.count)
        for path in contents.paths { writer.string(path) }
        writer.count(contents.files.count)
        for (stamp, statements) in contents.files {
            writer.string(stamp.path)
            writer.count(stamp.size)
            writer.signed(stamp.modified)
            writer.count(statements.count)
            for statement in statements { writer.statement(statement) }
        }
        writer.byte(endMark)
        var header = BinaryWriter()
        let identityBytes = Array(identity.utf8)
        header.count(identityBytes.count)
        return writer.finish(header: magic + header.body + identityBytes)
    }

    /// Decodes a cache file written by the program of `identity`.
    static func decode(_ bytes: [UInt8], identity: String) throws(Problem) -> CacheContents {
        try bytes.withUnsafeBytes { buffer in Result { () throws(Problem) in try decode(buffer, identity: identity) } }.get()
    }

    private static func decode(_ buffer: UnsafeRawBufferPointer, identity: String) throws(Problem) -> CacheContents {
        guard buffer.count >= magic.count, buffer.prefix(magic.count).elementsEqual(magic) else {
            throw .corrupt(CacheCorruption(reason: "not a cq cache file", offset: 0))
        }
        var reader = BinaryReader(buffer, from: magic.count)
        let writtenBy: String
        do throws(CacheCorruption) {
            writtenBy = try reader.text(length: try reader.count())
        } catch {
            throw .corrupt(error)
        }
        guard writtenBy == identity else { throw .otherVersion }
        do throws(CacheCorruption) {
            try reader.readTables()
            return try contents(&reader)
        } catch {
            throw .corrupt(error)
        }
    }

    private static func contents(_ reader: inout BinaryReader) throws(CacheCorruption) -> CacheContents {
        var paths = [String]()
        for _ in 0..<(try reader.itemCount()) { paths.append(try reader.string()) }
        let fileCount = try reader.itemCount()
        var files = [(stamp: FileStamp, statements: [Statement])]()
        files.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            let stamp = FileStamp(path: try reader.string(), size: try reader.count(), modified: try reader.signed())
            let statementCount = try reader.itemCount()
            var statements = [Statement]()
            statements.reserveCapacity(statementCount)
            for _ in 0..<statementCount { statements.append(try reader.statement()) }
            files.append((stamp, statements))
        }
        guard try reader.byte() == endMark, reader.isAtEnd else { throw reader.corruption("no end mark where the data should end") }
        return CacheContents(paths: paths, files: files)
    }
}
