import ColumnStore
import Foundation
@testable import ModelCache
import StatementModel
import StatementReader
import Testing

/// The cache file: a store of the model with the cache's own sections.
@Suite("The cache file format")
struct CacheFileTests {
    static let files: [(stamp: FileStamp, statements: [Statement])] = {
        let (files, _) = StatementReader.statementFiles(for: [ModelCacheTests.samples])
        return files.compactMap { path -> (stamp: FileStamp, statements: [Statement])? in
            guard let stamp = FileStamp.of(path), let statements = try? StatementReader().readFile(path) else { return nil }
            return (stamp, statements)
        }
    }()

    /// A cache file of `files` read back as a store with its index.
    static func readBack(_ files: [(stamp: FileStamp, statements: [Statement])], ids: [String]? = nil) throws
        -> (StatementStore, CacheIndex)
    {
        let statements = files.flatMap(\.statements)
        var writer = ModelStoreWriter()
        for file in files { writer.add(file.statements) }
        let (builder, _) = CacheFile.builder(
            paths: ["/a", "/b"], given: ["a", "./b"], files: files.map { ($0.stamp, $0.statements.count) }, writer: &writer,
            ids: ids ?? statements.map(\.id))
        let store = try StatementStore(file: StoreFile(bytes: builder.bytes(identity: "t"), identity: "t"))
        return (store, try CacheFile.index(of: store))
    }

    @Test func eachFileComesBackWithItsStampAndStatements() throws {
        let (store, index) = try Self.readBack(Self.files)
        #expect(Self.files.count == 4)
        #expect(index.paths == ["/a", "/b"] && index.given == ["a", "./b"])
        #expect(index.stamps == Self.files.map(\.stamp))
        for (position, file) in Self.files.enumerated() {
            #expect(try store.statements(in: index.statements(ofFile: position), identifiers: .asRead) == file.statements)
        }
    }

    @Test func manyFilesAndFilesWithNoStatements() throws {
        // 600 files (the samples over and over, with their own stamps), every tenth empty.
        let files = (0..<600).map { index in
            var (stamp, statements) = Self.files[index % Self.files.count]
            stamp.path += "-\(index)"
            return (stamp: stamp, statements: index % 10 == 0 ? [] : statements)
        }
        let (store, index) = try Self.readBack(files)
        #expect(index.stamps == files.map(\.stamp))
        #expect(try store.statements(in: index.statements(ofFile: 599), identifiers: .asRead) == files[599].statements)
        #expect(index.statements(ofFile: 590).isEmpty)
    }

    @Test func theIdsOfTheLoadAreKeptBesideTheIdsAsRead() throws {
        let statements = Self.files.flatMap(\.statements)
        let ids = statements.indices.map { "load-\($0)" }
        let (store, _) = try Self.readBack(Self.files, ids: ids)
        #expect(try store.allStatements().map(\.id) == ids)
        #expect(try store.statements(in: 0..<statements.count, identifiers: .asRead) == statements)
    }

    @Test func aFileOfTheFormerCacheFormatIsAnotherVersion() throws {
        var writer = ModelStoreWriter()
        var bytes = CacheFile.builder(paths: [], given: [], files: [], writer: &writer, ids: []).builder.bytes(identity: "t")
        bytes[7] = UInt8(ascii: "3")
        #expect(throws: StoreProblem.otherVersion) { try StoreFile(bytes: bytes, identity: "t") }
        #expect(throws: StoreProblem.otherVersion) { try StoreFile(bytes: Array("CQCACHE3".utf8) + bytes.dropFirst(8), identity: "t") }
        #expect(throws: StoreProblem.otherVersion) { try StoreFile(bytes: bytes, identity: "another") }
    }

    @Test func cacheSectionsThatDisagreeWithTheStatementsAreDamage() throws {
        var builder = StoreBuilder()
        let statements = Self.files.flatMap(\.statements)
        ModelStoreWriter.add(statements, ids: statements.map(\.id), to: &builder)
        builder.addStrings("cache.paths", ["/a"])
        builder.addStrings("cache.given_paths", ["a"])
        builder.addStrings("cache.file_paths", ["/a/x"])
        builder.addIntegers("cache.file_stamps", [1, 2, 3, 4, 5])
        builder.addIntegers("cache.file_statement_ends", [Int64(statements.count - 1)])
        let store = try StatementStore(file: StoreFile(bytes: builder.bytes(identity: "t"), identity: "t"))
        #expect(throws: StoreDamage.self) { try CacheFile.index(of: store) }
    }
}
