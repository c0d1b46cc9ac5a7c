import Foundation
import StatementModel
import StatementReader
import Testing

@Suite("Hostile encodings, JSON models and front matter")
struct HostileInputTests {
    let text = "Côte d'Ivoire talks\n\nThe two sides met in Abidjan. 中国 was not there.\n"

    /// Writes `bytes` to `name` in a fresh directory and reads that directory.
    func read(_ bytes: [UInt8], named name: String) throws -> ReadResult {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
        return StatementReader().read(paths: [directory])
    }

    func utf16(_ text: String, bigEndian: Bool = false) -> [UInt8] {
        text.utf16.reduce(into: bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) { bytes, unit in
            let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
    }

    func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.reduce(bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]) { bytes, scalar in
            let value = scalar.value
            let big = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            return bytes + (bigEndian ? big : big.reversed())
        }
    }

    @Test func aLongUTF16LineIsRefusedLikeAUTF8One() throws {
        // 上 is U+4E0A: its UTF-16 bytes hold 0x0A, which a byte-level line check takes for a line break.
        let line = String(repeating: "上海", count: 350_000)
        let result = try read(utf16("Title\n\n" + line + "\n"), named: "long.txt")
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.message == "a line longer than 1000000 bytes: not a statement, skipped")
        #expect(result.warnings.first?.offset == 2 + 2 * 7)
        let ascii = try read(utf16("Title\n\n" + String(repeating: "a", count: 700_000), bigEndian: true), named: "ascii.md")
        #expect(ascii.warnings.first?.message == "a line longer than 1000000 bytes: not a statement, skipped")
    }

    @Test func aUTF16FileWithANulIsABinaryFile() throws {
        let result = try read(utf16("Title\n\nThe two sides met.\0 Done.\n"), named: "nul.txt")
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.message == "binary file (NUL byte), not a statement")
        #expect(result.warnings.first?.offset == 2 + 2 * 25)
    }

    @Test func aLoneSurrogateInUTF16IsNamedWithItsOffset() throws {
        let bytes = utf16("Title\n\nText") + [0x00, 0xD8, 0x41, 0x00]
        let result = try read(bytes, named: "surrogate.txt")
        #expect(result.warnings.first?.message == "invalid UTF-16 (a lone surrogate)")
        #expect(result.warnings.first?.offset == 2 + 2 * 11)
    }

    @Test(arguments: [false, true])
    func utf32WithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let result = try read(utf32(text, bigEndian: bigEndian), named: "utf32.txt")
        #expect(result.warnings.isEmpty)
        let statement = try #require(result.corpus.statements.first)
        #expect(statement.title == "Côte d'Ivoire talks")
        #expect(statement.clauses.map(\.text) == ["The two sides met in Abidjan.", "中国 was not there."])
    }

    @Test func invalidUTF32IsNamedWithItsOffset() throws {
        let bytes = utf32("Title\n\nText", bigEndian: false) + [0x00, 0x00, 0x11, 0x00] + [0x41]
        let result = try read(bytes, named: "bad32.txt")
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.message == "invalid UTF-32 (no character has the code 1114112)")
        #expect(result.warnings.first?.offset == 4 + 4 * 11)
    }

    /// The seed statement as a JSON model, its text edited by `edit`.
    func model(_ edit: (String) -> String) throws -> [UInt8] {
        let json = String(decoding: try JSONEncoder().encode(Corpus(statements: [try #require(Fixtures.seedStatement)])), as: UTF8.self)
        return Array(edit(json).utf8)
    }

    @Test func aKeyTwiceInOneObjectRefusesTheModel() throws {
        let title = try #require(Fixtures.seedStatement?.title)
        let key = "\"title\":\"\(title)\""
        let result = try read(try model { $0.replacingOccurrences(of: key, with: key + ",\"title\":\"Another\"") }, named: "twice.json")
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.message == "the key \"title\" appears twice in one object: not a cq model")
        // The same key in two different objects is no duplicate: the model loads.
        let fine = try read(try model { $0 }, named: "fine.json")
        #expect(fine.warnings.isEmpty && fine.corpus.statements.count == 1)
    }

    @Test func aKeyTwiceIsFoundThroughEscapesAndInUTF16() throws {
        let doubled = try model { $0.replacingOccurrences(of: "\"place\":", with: "\"pl\\u0061ce\":\"X\",\"place\":") }
        #expect(try read(doubled, named: "escaped.json").warnings.first?.message.contains("\"place\" appears twice") == true)
        let wide = utf16(String(decoding: doubled, as: UTF8.self))
        #expect(try read(wide, named: "wide.json").warnings.first?.message.contains("\"place\" appears twice") == true)
    }

    @Test(arguments: ["\\u001b[2J", "\\r", "\u{9B}2J", "\\u007f"])
    func aControlCharacterInAModelRefusesIt(_ control: String) throws {
        let result = try read(try model { $0.replacingOccurrences(of: "Fifth round of", with: "Fifth\(control) round of") }, named: "control.json")
        #expect(result.corpus.statements.isEmpty)
        #expect(result.warnings.first?.message.hasPrefix("a control character (U+00") == true)
        #expect(!(result.warnings.first?.description.unicodeScalars.contains { $0.value == 0x9B } ?? true))
    }

    @Test func aYAMLErrorQuotesEightyCharactersAroundIt() throws {
        let long = String(repeating: "a", count: 100_000) + " [unclosed: \t" + String(repeating: "b", count: 100_000)
        let result = try read(Array("---\ntitle: x\nsource: \(long)\n---\nBody.\n".utf8), named: "yaml.md")
        let warning = try #require(result.warnings.first)
        #expect(warning.message.hasPrefix("malformed YAML front matter: line "))
        #expect(warning.message.count < 300)
        #expect(warning.message.hasSuffix("…"))
        #expect(warning.message.contains("…a"))
        #expect(!warning.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func crLfAndCrLineEndsReadLikeLineFeeds() throws {
        let original = try String(contentsOfFile: Fixtures.seed, encoding: .utf8)
        let clean = try #require(Fixtures.seedStatement)
        for ending in ["\r\n", "\r"] {
            let name = (Fixtures.seed as NSString).lastPathComponent
            var statement = try #require(try read(Array(original.replacingOccurrences(of: "\n", with: ending).utf8), named: name).corpus.statements.first)
            statement.path = clean.path
            #expect(statement == clean)
        }
    }

    @Test func zeroWidthAndBidiCharactersInsideAWordNeverSplitIt() throws {
        let original = try String(contentsOfFile: Fixtures.seed, encoding: .utf8)
        let planted = original
            .replacingOccurrences(of: "Pakistan", with: "Paki\u{200B}stan")
            .replacingOccurrences(of: "terrorism", with: "terror\u{2060}ism")
            .replacingOccurrences(of: "agreed", with: "agr\u{200D}eed")
            .replacingOccurrences(of: "Economic Corridor (CPEC)", with: "Econ\u{200C}omic Corridor (CP\u{FEFF}EC)")
            .replacingOccurrences(of: "Wang Yi", with: "W\u{202E}ang\u{2066} Yi")
        let name = (Fixtures.seed as NSString).lastPathComponent
        let statement = try #require(try read(Array(planted.utf8), named: name).corpus.statements.first)
        let clean = try #require(Fixtures.seedStatement)
        // Kept inside words, dropped beside a space.
        #expect(statement.text.contains("Paki\u{200B}stan"))
        #expect(statement.text.contains("Econ\u{200C}omic Corridor (CP\u{FEFF}EC)"))
        #expect(statement.text.contains("W\u{202E}ang Yi") && !statement.text.contains("\u{2066}"))
        // The gazetteers and lexicons see the words without them: the same parties, people,
        // countries, actors, codes and topics as the clean text.
        func known(_ statement: Statement) -> [String] {
            statement.entities.filter { [.country, .person, .organization].contains($0.type) }.map(\.name)
        }
        #expect(known(statement) == known(clean))
        #expect(statement.parties == clean.parties)
        #expect(statement.clauses.map(\.actor) == clean.clauses.map(\.actor))
        #expect(statement.clauses.map(\.cameo) == clean.clauses.map(\.cameo))
        #expect(statement.clauses.map(\.verb) == clean.clauses.map(\.verb))
        #expect(statement.clauses.map(\.topics) == clean.clauses.map(\.topics))
        // Names taken from the text itself keep the character, where it was.
        let visible = { (name: String) in String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.properties.generalCategory != .format })) }
        #expect(statement.clauses.map { $0.entities.map(visible) } == clean.clauses.map(\.entities))
        let corridor = try #require(statement.entities.first { visible($0.name) == "China-Pakistan Economic Corridor" })
        let cleanCorridor = try #require(clean.entities.first { $0.name == "China-Pakistan Economic Corridor" })
        #expect(corridor.aliases.map(visible) == [visible(corridor.name)] + cleanCorridor.aliases)
        #expect(corridor.mentions.count == cleanCorridor.mentions.count)
    }

    @Test func aZeroWidthSpaceBesideAListNumberLeavesTheNumberedParagraph() throws {
        // As in a White House statement of 2025: "1.<ZWSP> The European Union intends to ...".
        let body = "1.\u{200B} The European Union intends to eliminate tariffs on all U.S. industrial goods.\n\n"
            + "2.\u{200B} The United States commits to apply the higher of the tariff.\n"
        let statement = try Fixtures.markdown(title: "Joint Statement on a United States-European Union Framework", body: body)
        #expect(statement.clauses.map(\.text) == [
            "The European Union intends to eliminate tariffs on all U.S. industrial goods.",
            "The United States commits to apply the higher of the tariff.",
        ])
    }
}
