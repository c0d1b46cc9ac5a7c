import Foundation
import StatementModel
import StatementReader
import Testing

/// JSON model files and the statement's `kind`: a model written before the field (no `kind`
/// key) loads as it did, with no kind; a model that gives one keeps it.
@Suite("JSON model files and the statement kind")
struct StatementKindModelFileTests {
    /// The seed statement without a kind, as the model was before the field.
    func seed() throws -> Statement {
        var seed = try #require(Fixtures.seedStatement)
        seed.kind = nil
        return seed
    }

    /// The seed statement without a kind as a JSON model file in a fresh directory, its JSON
    /// edited by `edit`, read.
    func readModel(_ edit: (String) -> String) throws -> ReadResult {
        let seed = try seed()
        let json = String(decoding: try JSONEncoder().encode(Corpus(statements: [seed])), as: UTF8.self)
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data(edit(json).utf8).write(to: URL(fileURLWithPath: directory + "/model.json"))
        return StatementReader().read(paths: [directory])
    }

    @Test func aModelWithoutKindLoadsWithNoKind() throws {
        let seed = try seed()
        let result = try readModel { json in
            #expect(!json.contains("\"kind\""), "a statement without a kind is written without the key")
            return json
        }
        #expect(result.warnings.isEmpty)
        let statement = try #require(result.corpus.statements.first)
        #expect(result.corpus.statements.count == 1)
        #expect(statement.kind == nil)
        #expect(statement == seed)
    }

    @Test func aModelWithAKindKeepsIt() throws {
        let result = try readModel { $0.replacingOccurrences(of: "\"path\":", with: "\"kind\":\"readout\",\"path\":") }
        #expect(result.warnings.isEmpty)
        #expect(result.corpus.statements.map(\.kind) == ["readout"])
    }
}
