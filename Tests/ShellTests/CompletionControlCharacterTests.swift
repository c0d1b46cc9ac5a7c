import Foundation
import QueryEngine
import StatementModel
import Testing

@testable import Shell

@Suite("Completion lists show control characters as escapes")
struct CompletionControlCharacterTests {
    @Test func aFileNameWithAnEscapeSequenceIsListedEscaped() throws {
        let directory = NSTemporaryDirectory() + "cq-completion-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(FileManager.default.createFile(atPath: directory + "/e\u{1B}]0;TITLE\u{07}.txt", contents: Data()))
        #expect(FileManager.default.createFile(atPath: directory + "/ex\u{9B}2J.md", contents: Data()))
        let engine = CompletionEngine(session: QuerySession(corpus: Corpus()))
        let result = engine.complete(".load \(directory)/e")
        #expect(result.candidates == [directory + "/e\\x1b]0;TITLE\\x07.txt", directory + "/ex\\x9b2J.md"])
    }
}
