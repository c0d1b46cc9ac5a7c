import Foundation
import StatementModel
import StatementReader
import Testing

/// A terminal control sequence planted in a statement file.
struct PlantedSequence: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String

    var testDescription: String { name }

    static let all = [
        PlantedSequence(name: "OSC 0 window title", text: "\u{1B}]0;PWNED\u{07}"),
        PlantedSequence(name: "CSI 2J clear screen", text: "\u{1B}[2J"),
        PlantedSequence(name: "CSI 31m red", text: "\u{1B}[31m"),
        PlantedSequence(name: "OSC 8 hyperlink", text: "\u{1B}]8;;https://evil.example/\u{1B}\\"),
        PlantedSequence(name: "OSC 52 clipboard", text: "\u{1B}]52;c;cm0gLXJmIH4=\u{07}"),
        PlantedSequence(name: "C1 CSI U+009B", text: "\u{9B}2J"),
        PlantedSequence(name: "DEL", text: "\u{7F}"),
    ]

    /// The sequence written as a YAML double-quoted string writes it (`\e`, `\a`, `\x9B`).
    var yamlEscaped: String {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x1B: "\\e"
            case 0x07: "\\a"
            case 0x5C: "\\\\"
            case 0x7F...0x9F: "\\x" + String(scalar.value, radix: 16, uppercase: true)
            default: String(scalar)
            }
        }.joined()
    }
}

@Suite("Control characters never reach the model")
struct ControlCharacterTests {
    static let markdownSample = Fixtures.samples + "/2021-06-13-readout-biden-ramaphosa-meeting.md"

    /// Every string of the statement that holds a control character (line feeds in the text aside).
    func fieldsWithControls(_ statement: Statement) -> [String] {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        }
        var fields: [(String, String)] = [("title", statement.title), ("place", statement.place ?? ""), ("source", statement.source ?? "")]
        fields += statement.parties.map { ("party", $0) }
        fields.append(("text", statement.text.replacingOccurrences(of: "\n", with: " ")))
        for clause in statement.clauses {
            fields += [("clause \(clause.n)", clause.text), ("actor", clause.actor ?? ""), ("verb", clause.verb ?? "")]
            fields += clause.entities.map { ("clause entity", $0) }
        }
        for entity in statement.entities {
            fields.append(("entity", entity.name))
            fields += entity.aliases.map { ("alias", $0) }
            fields += entity.mentions.map { ("mention", $0.text) }
        }
        return fields.filter { $0.1.unicodeScalars.contains(where: isControl) }.map(\.0)
    }

    /// Reads `text` written to a file named `name` in a fresh directory.
    func read(_ text: String, named name: String) throws -> Statement? {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
        let result = StatementReader().read(paths: [directory])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        return result.corpus.statements.first
    }

    /// `text` with each `(original, planted)` replacement made, checking each original is there.
    func plant(_ text: String, _ replacements: [(String, String)]) -> String {
        replacements.reduce(text) { text, replacement in
            #expect(text.contains(replacement.0), "the sample no longer has \(replacement.0)")
            return text.replacingOccurrences(of: replacement.0, with: replacement.1)
        }
    }

    @Test(arguments: PlantedSequence.all)
    func plainTextReadsAsIfTheSequenceWereNotThere(_ sequence: PlantedSequence) throws {
        let original = try String(contentsOfFile: Fixtures.seed, encoding: .utf8)
        let s = sequence.text
        let planted = plant(original, [
            // The title line and its clean copy, the dateline's place and outlet, an entity, a clause.
            ("Pakistan, China Foreign Ministers", "Pakis\(s)tan, China Foreign\(s) Ministers"),
            ("Islamabad, 16 May 2024 (TDI)", "Islam\(s)abad, 16 May 2024 (T\(s)DI)"),
            ("Economic Corridor (CPEC)", "Economic Cor\(s)ridor (CP\(s)EC)"),
            ("Wang Yi co-chaired", "Wang Yi \(s)co-chaired"),
        ])
        let name = (Fixtures.seed as NSString).lastPathComponent
        var statement = try #require(try read(planted, named: name))
        let clean = try #require(Fixtures.seedStatement)
        #expect(fieldsWithControls(statement).isEmpty)
        #expect(!statement.text.contains("PWNED") && !statement.text.contains("evil.example") && !statement.title.contains("[2J"))
        #expect(statement.title == "Fifth round of Pakistan, China Foreign Ministers Strategic Dialogue")
        #expect(statement.place == "Islamabad" && statement.source == "TDI")
        #expect(statement.entities.contains { $0.name == "China-Pakistan Economic Corridor" })
        statement.path = clean.path
        #expect(statement == clean)
    }

    @Test(arguments: PlantedSequence.all)
    func markdownFrontMatterAndBodyReadAsIfTheSequenceWereNotThere(_ sequence: PlantedSequence) throws {
        let original = try String(contentsOfFile: Self.markdownSample, encoding: .utf8)
        let s = sequence.text
        let planted = plant(original, [
            // Escaped in the YAML title, raw in the source URL, raw in the body and a person's name.
            ("Meeting with President Cyril", "Meet\(sequence.yamlEscaped)ing with President Cyril"),
            ("source_url: https://bidenwhitehouse", "source_url: https://\(s)bidenwhitehouse"),
            ("President Cyril\nRamaphosa", "President Cyr\(s)il\nRama\(s)phosa"),
        ])
        let name = (Self.markdownSample as NSString).lastPathComponent
        var statement = try #require(try read(planted, named: name))
        let clean = try #require(try StatementReader().readFile(Self.markdownSample).first)
        #expect(fieldsWithControls(statement).isEmpty)
        #expect(statement.title == "Readout of President Biden’s Meeting with President Cyril Ramaphosa of South Africa")
        statement.path = clean.path
        #expect(statement == clean)
    }

    @Test func clauseAndMentionOffsetsPointIntoTheCleanedText() throws {
        let original = try String(contentsOfFile: Fixtures.seed, encoding: .utf8)
        let planted = PlantedSequence.all.reduce(original) { text, sequence in
            text.replacingOccurrences(of: "Pakistan", with: "Paki\(sequence.text)stan")
        }
        let statement = try #require(try read(planted, named: "planted.txt"))
        let bytes = Array(statement.text.utf8)
        for clause in statement.clauses {
            #expect(String(decoding: bytes[clause.start..<clause.end], as: UTF8.self) == clause.text)
        }
        for entity in statement.entities {
            for mention in entity.mentions {
                #expect(String(decoding: bytes[mention.start..<mention.end], as: UTF8.self) == mention.text)
            }
        }
        #expect(statement.parties.contains("Pakistan"))
    }

    @Test func aFileNameWithAnEscapeSequenceIsShownEscapedInWarnings() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let hostile = "e\u{1B}]0;TITLE\u{07}.txt"
        try Data().write(to: URL(fileURLWithPath: directory + "/" + hostile))
        try FileManager.default.copyItem(atPath: Fixtures.seed, toPath: directory + "/\u{1B}[2Jseed.txt")
        let result = StatementReader().read(paths: [directory])
        let warning = try #require(result.warnings.first)
        #expect(warning.path.hasSuffix(hostile))
        #expect(warning.description.hasSuffix("/e\\x1b]0;TITLE\\x07.txt: warning: empty file"))
        #expect(!warning.description.unicodeScalars.contains { $0.value < 0x20 })
        let statement = try #require(result.corpus.statements.first)
        #expect(fieldsWithControls(statement).isEmpty)
        #expect(statement.title == Fixtures.seedStatement?.title)
    }

    @Test func aSequenceCutShortEndsWhereItStopsFitting() {
        func title(_ line: String) -> String {
            StatementReader().statement(plainText: line + "\n\nThe two sides met in Beijing.\n", id: "cut", path: "cut.txt").title
        }
        // An unterminated control string runs to the end of its line, and no further.
        #expect(title("Talks \u{1B}]0;PWNED on trade") == "Talks")
        #expect(StatementReader().statement(plainText: "Talks \u{1B}]0;PWNED\nThe two sides met.\n", id: "cut", path: "cut.txt").text == "The two sides met.")
        // A CSI ends at its first scalar that cannot belong to it, which is text again.
        #expect(title("Talks \u{1B}[12;é on trade") == "Talks é on trade")
        // A lone ESC, an ESC pair and a charset designation go; the text around them stays.
        #expect(title("Talks\u{1B}") == "Talks")
        #expect(title("Talks \u{1B}7on\u{1B}8 trade \u{1B}(Bnow") == "Talks on trade now")
        // BEL, backspace and C1 controls go; a tab is a space.
        #expect(title("Talks\u{07}\u{08} on\ttrade \u{94}now\u{9C}") == "Talks on trade now")
    }
}
