import Foundation
import Glibc
import StatementModel
import Testing

@testable import ColumnStore

/// A load's columns go to a temporary file as they fill and come back byte for byte; nothing
/// is left on disk, and a file that cannot be read back makes a damaged section, not wrong rows.
@Suite("Columns spilled to a temporary file")
struct SpillTests {
    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "/cq-spill-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func bytes(of buffer: SpillBuffer) -> [UInt8]? {
        var bytes = [UInt8]()
        return buffer.forEachPiece { bytes.append(contentsOf: $0); return true } ? bytes : nil
    }

    @Test func bytesComeBackInOrderAndNoFileIsLeft() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let file = try #require(SpillFile.make(in: [directory]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        var buffer = SpillBuffer(file: file)
        var expected = [UInt8]()
        for number in 0..<200_000 {
            buffer.append(number: UInt32(number))
            withUnsafeBytes(of: UInt32(number)) { expected.append(contentsOf: $0) }
            if number % 1_000 == 0 {
                Array("Pakistan–China \(number)".utf8).withUnsafeBytes { buffer.append($0) }
                expected += Array("Pakistan–China \(number)".utf8)
            }
        }
        #expect(file.count >= 3 * SpillBuffer.chunkSize, "whole chunks went to the file")
        #expect(buffer.count == expected.count)
        #expect(bytes(of: buffer) == expected)
    }

    @Test func withoutAFileEverythingStaysInMemory() throws {
        #expect(SpillFile.make(in: ["/nonexistent/cq"]) == nil)
        var buffer = SpillBuffer(file: nil)
        for number in 0..<100_000 { buffer.append(number: Int64(number)) }
        #expect(bytes(of: buffer) == (0..<100_000).map(Int64.init).withUnsafeBytes { Array($0) })
    }

    @Test func aChecksumOverPiecesIsTheChecksumOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0..<300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var accumulator = StoreChecksum.Accumulator(count: bytes.count)
            var position = 0
            while position < bytes.count {
                let next = min(bytes.count, position + Int.random(in: 0...40, using: &generator))
                bytes[position..<next].withUnsafeBytes { accumulator.add($0) }
                position = next
            }
            #expect(accumulator.finish() == bytes.withUnsafeBytes { StoreChecksum.of($0) })
        }
    }

    @Test func theCorpusSpilledIsTheStoreHeldInMemory() throws {
        let statements = StatementStoreTests.corpus
        #expect(statements.count > 600)
        var spilled = ModelStoreWriter(spilling: true)
        var held = ModelStoreWriter(spilling: false)
        for start in stride(from: 0, to: statements.count, by: 100) {
            let batch = Array(statements[start..<min(statements.count, start + 100)])
            spilled.add(batch)
            held.add(batch)
        }
        var spilledBuilder = StoreBuilder()
        var heldBuilder = StoreBuilder()
        let ids = statements.map(\.id)
        let counts = spilled.write(ids: ids, to: &spilledBuilder)
        _ = held.write(ids: ids, to: &heldBuilder)
        #expect(spilledBuilder.bytes(identity: "t") == heldBuilder.bytes(identity: "t"))
        let mapped = try #require(spilledBuilder.mappedTemporaryFile(identity: "t"))
        #expect(try StatementStore(file: mapped, counts: counts).allStatements() == statements)
    }

    @Test func aSectionThatCannotBeReadBackIsReportedDamaged() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // Written but not readable: every chunk goes in, none comes back.
        let descriptor = open(directory + "/write-only", O_WRONLY | O_CREAT, 0o600)
        #expect(descriptor >= 0)
        var buffer = SpillBuffer(file: SpillFile(descriptor: descriptor))
        for number in 0..<100_000 { buffer.append(number: Int64(number)) }
        var builder = StoreBuilder()
        builder.addIntegers(ModelStoreLayout.rowCounts, [0, 100_000, 0, 0])
        builder.addSection("clauses.n", SectionBytes([.spilled(buffer)]))
        #expect(!builder.write(identity: "t") { _ in true })
        #expect(builder.mappedTemporaryFile(identity: "t") == nil)
        let file = builder.file(identity: "t")
        #expect(throws: StoreDamage.self) { try file.requiredSection("clauses.n") }
        #expect(try file.integerArray(ModelStoreLayout.rowCounts).count == 4)
    }
}
