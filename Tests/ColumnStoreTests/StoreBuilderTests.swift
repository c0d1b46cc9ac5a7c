import ColumnStore
import Testing

/// The builder lays a store out once, whether it is written piece by piece or held in memory.
@Suite("The store builder")
struct StoreBuilderTests {
    static func builder() -> StoreBuilder {
        var builder = StoreBuilder()
        builder.addIntegers("numbers", Array(0..<5_000))
        builder.addStrings("names", ["Pakistan", "China", "joint"])
        builder.addCodes("codes", [2, 0, 1])
        return builder
    }

    @Test func piecesWrittenInTurnAreTheFileInMemory() throws {
        var pieces = [[UInt8]]()
        #expect(Self.builder().write(identity: "t") { piece in
            pieces.append(Array(piece))
            return true
        })
        let bytes = pieces.flatMap { $0 }
        #expect(pieces.count > 3, "the header, each section and its padding come one by one")
        #expect(bytes == Self.builder().bytes(identity: "t"))
        #expect(bytes.count % 4096 == 0)
        let written = try StoreFile(bytes: bytes, identity: "t")
        let inMemory = Self.builder().file(identity: "t")
        for file in [written, inMemory] {
            #expect(try file.integerArray("numbers").count == 5_000)
            #expect(try file.integerArray("numbers")[4_999] == 4_999)
            #expect(try file.stringTable("names").strings == ["Pakistan", "China", "joint"])
        }
    }

    @Test func aRefusedPieceStopsTheWrite() {
        var calls = 0
        let finished = Self.builder().write(identity: "t") { _ in
            calls += 1
            return calls < 2
        }
        #expect(!finished)
        #expect(calls == 2)
    }
}
