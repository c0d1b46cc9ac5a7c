import Foundation
import StatementModel
import StatementReader
import Testing

@Suite("Bad statement files give warnings, and the rest loads")
struct BadInputTests {
    func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test func eachBadFileIsNamedAndTheGoodOneLoads() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: Fixtures.seed, toPath: directory + "/good.txt")
        try write([], to: directory + "/empty.txt")
        try write(Array("  \n\n ".utf8), to: directory + "/blank.md")
        try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], to: directory + "/binary.txt")
        try write(Array("The two sides met.".utf8) + [0xC3, 0x28] + Array(" Done.".utf8), to: directory + "/latin.txt")
        try write(Array("{\"version\": 7, \"statements\": []}".utf8), to: directory + "/old.json")
        try write(Array("---\ntitle: [unclosed\n---\nBody.".utf8), to: directory + "/yaml.md")
        try FileManager.default.createSymbolicLink(atPath: directory + "/dangling.txt", withDestinationPath: directory + "/gone.txt")

        let result = StatementReader().read(paths: [directory])
        #expect(result.corpus.statements.map(\.id) == ["good"])
        let messages = Dictionary(result.warnings.map { (($0.path as NSString).lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(messages["empty.txt"]?.message == "empty file")
        #expect(messages["blank.md"]?.message == "empty file")
        #expect(messages["binary.txt"]?.message.contains("binary") == true)
        #expect(messages["binary.txt"]?.offset == 4)
        #expect(messages["latin.txt"]?.message == "invalid UTF-8")
        #expect(messages["latin.txt"]?.offset == 18)
        #expect(messages["latin.txt"]?.description.hasSuffix("latin.txt: byte 18: warning: invalid UTF-8") == true)
        #expect(messages["old.json"]?.message.contains("version 7") == true)
        #expect(messages["yaml.md"]?.message.contains("front matter") == true)
        #expect(messages["dangling.txt"] != nil || result.warnings.contains { $0.path.hasSuffix("gone.txt") })
    }

    @Test func aFiftyMegabyteLineIsRefusedQuickly() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var data = Data("Title\n\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: 50 * 1024 * 1024))
        try data.write(to: URL(fileURLWithPath: directory + "/huge.txt"))
        let result = StatementReader().read(paths: [directory])
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.offset == 7)
        #expect(result.warnings.first?.message == "a line longer than 1000000 bytes: not a statement, skipped")
    }

    @Test func pipesAndLinkLoopsAreSkippedWithAWarning() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(mkfifo(directory + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: directory + "/loop.md", withDestinationPath: directory + "/loop.md")
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory + "/sub/up", withDestinationPath: directory)
        try FileManager.default.copyItem(atPath: Fixtures.seed, toPath: directory + "/sub/seed.txt")
        let result = StatementReader().read(paths: [directory])
        #expect(result.corpus.statements.map(\.id) == ["seed"])
        let messages = Dictionary(result.warnings.map { (($0.path as NSString).lastPathComponent, $0.message) }, uniquingKeysWith: { a, _ in a })
        #expect(messages["pipe.txt"] == "not a regular file (a pipe, socket or device), skipped")
        #expect(messages["loop.md"] == "cannot read the file: a loop of symbolic links")
    }

    @Test func aFileThatVanishesBeforeItIsReadIsNamed() throws {
        #expect(throws: ReadWarning(path: "/tmp/cq-gone-\(getpid()).txt", message: "cannot read the file: no such file (vanished, or a broken link)")) {
            try StatementReader().readFile("/tmp/cq-gone-\(getpid()).txt")
        }
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = "Côte d'Ivoire talks\n\nThe two sides met in Abidjan. 中国 was not there.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try write(bytes, to: directory + "/utf16.txt")
        let statements = try StatementReader().readFile(directory + "/utf16.txt")
        #expect(statements.first?.title == "Côte d'Ivoire talks")
        #expect(statements.first?.clauses.last?.text == "中国 was not there.")
    }

    @Test func missingPathIsAWarning() {
        let result = StatementReader().read(paths: ["/no/such/statement.txt"])
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.description == "/no/such/statement.txt: warning: no such file or directory")
    }

    @Test func jsonModelLoadsBackLosslessly() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = StatementReader().read(paths: [Fixtures.samples]).corpus
        try JSONEncoder().encode(original).write(to: URL(fileURLWithPath: directory + "/model.json"))
        let loaded = StatementReader().read(paths: [directory + "/model.json"])
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.corpus == original)
    }
}
