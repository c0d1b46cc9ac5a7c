import Foundation
@testable import ModelCache
import StatementModel
import StatementReader
import Testing

/// The cache file format itself, with one chunk per file so that the chunks decode in parallel.
@Suite("The cache file format")
struct CacheFileTests {
    static let contents: CacheContents = {
        let (files, _) = StatementReader.statementFiles(for: [ModelCacheTests.samples])
        let entries = files.compactMap { path -> (stamp: FileStamp, statements: [Statement])? in
            guard let stamp = FileStamp.of(path), let statements = try? StatementReader().readFile(path) else { return nil }
            return (stamp, statements)
        }
        return CacheContents(paths: [ModelCacheTests.samples], files: entries)
    }()

    @Test(arguments: [1, 3, 256])
    func chunksDecodeToWhatWasWritten(filesPerChunk: Int) throws {
        let bytes = CacheFile.encode(Self.contents, identity: "t", filesPerChunk: filesPerChunk)
        let decoded = try CacheFile.decode(bytes, identity: "t")
        #expect(decoded.paths == Self.contents.paths)
        #expect(decoded.files.map(\.stamp) == Self.contents.files.map(\.stamp))
        #expect(decoded.files.map(\.statements) == Self.contents.files.map(\.statements))
        #expect(decoded.files.count == 4)
    }

    @Test func manyFilesFillWholeChunks() throws {
        // 600 files (the samples over and over, with their own stamps): two full chunks and a part.
        let files = (0..<600).map { index in
            var (stamp, statements) = Self.contents.files[index % Self.contents.files.count]
            stamp.path += "-\(index)"
            return (stamp: stamp, statements: statements)
        }
        let many = CacheContents(paths: ["/a", "/b"], files: files)
        let decoded = try CacheFile.decode(CacheFile.encode(many, identity: "t"), identity: "t")
        #expect(decoded.files.map(\.stamp) == files.map(\.stamp))
        #expect(decoded.files.map(\.statements) == files.map(\.statements))
    }

    @Test func aCacheOfAnotherFormatIsAnotherVersion() {
        var bytes = CacheFile.encode(Self.contents, identity: "t")
        bytes[7] = UInt8(ascii: "1")
        #expect {
            try CacheFile.decode(bytes, identity: "t")
        } throws: { error in
            if case CacheFile.Problem.otherVersion = error { return true }
            return false
        }
    }

    @Test func everyCutAndEveryFlippedByteOfTheIndexIsRefusedOrHarmless() {
        let bytes = CacheFile.encode(Self.contents, identity: "t", filesPerChunk: 1)
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 300)) {
            #expect(throws: CacheFile.Problem.self) { try CacheFile.decode(Array(bytes.prefix(length)), identity: "t") }
        }
        // The index and the trailer: a damaged byte there is refused, or decodes to the same model.
        // (A damaged byte inside a statement can decode to another valid model: there is no checksum.)
        var silentlyWrong = [Int]()
        for position in (bytes.count - 18)..<bytes.count {
            var damaged = bytes
            damaged[position] ^= 0x5A
            if let decoded = try? CacheFile.decode(damaged, identity: "t"), decoded.files.map(\.statements) != Self.contents.files.map(\.statements) {
                silentlyWrong.append(position - bytes.count)
            }
        }
        #expect(silentlyWrong.isEmpty)
        #expect(throws: CacheFile.Problem.self) { try CacheFile.decode(bytes, identity: "another") }
    }
}
