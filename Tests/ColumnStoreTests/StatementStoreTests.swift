import ColumnStore
import Foundation
import StatementModel
import StatementReader
import Testing

/// The statement model written column by column and read back.
@Suite("The statement store")
struct StatementStoreTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = StatementReader().read(paths: [repository.appendingPathComponent("samples/statements").path]).corpus.statements
    static let corpus = StatementReader().read(paths: [repository.deletingLastPathComponent().appendingPathComponent("shared/corpus").path]).corpus.statements

    @Test func theSamplesComeBackAsTheyWereWritten() throws {
        let store = StatementStore.build(Self.samples)
        #expect(try store.allStatements() == Self.samples)
        #expect(store.rowCount("clauses") == Self.samples.reduce(0) { $0 + $1.clauses.count })
        #expect(store.rowCount("mentions") == Self.samples.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } })
    }

    @Test func theCorpusComesBackAsItWasWritten() throws {
        #expect(Self.corpus.count > 600)
        let store = StatementStore.build(Self.corpus)
        #expect(try store.allStatements() == Self.corpus)
        #expect(try store.statements(in: 10..<20) == Array(Self.corpus[10..<20]))
    }

    /// A clause's text is a range of its statement's text, read and stored once: the reader and
    /// the store hand out clauses whose text is a view into the statement's.
    @Test func aClauseTextIsAViewIntoItsStatementText() throws {
        let store = StatementStore.build(Self.corpus)
        #expect(try store.texts("clauses.text").ownRows.isEmpty)
        for (read, stored) in zip(Self.corpus, try store.allStatements()) {
            for (readClause, storedClause) in zip(read.clauses, stored.clauses) {
                #expect(readClause.textSlice.base == read.text, "\(read.id) \(readClause.n)")
                #expect(storedClause.textSlice.base == stored.text, "\(stored.id) \(storedClause.n)")
                #expect(storedClause.text == readClause.text)
            }
        }
    }

    @Test func idsOfTheLoadAndIdsAsReadAreBothKept() throws {
        var statements = Array(Self.samples.prefix(2))
        statements[1].id = statements[0].id
        var builder = StoreBuilder()
        let ids = [statements[0].id, statements[0].id + "-2"]
        ModelStoreWriter.add(statements, ids: ids, to: &builder)
        let store = try StatementStore(file: StoreFile(bytes: builder.bytes(identity: "t"), identity: "t"))
        let loaded = try store.allStatements()
        #expect(loaded.map(\.id) == ids)
        #expect(loaded[1].clauses.allSatisfy { $0.statement == ids[1] })
        let asRead = try store.statements(in: 0..<2, identifiers: .asRead)
        #expect(asRead == statements)
    }

    @Test func stringColumnsKeepEachDistinctValueOnceInOrderOfFirstAppearance() throws {
        let store = StatementStore.build(Self.samples)
        let actors = try store.strings("clauses.actor")
        let expected = Self.samples.flatMap(\.clauses).map(\.actor)
        #expect((0..<actors.codes.count).map(actors.value) == expected)
        var seen = [String]()
        for actor in expected.compactMap({ $0 }) where !seen.contains(actor) { seen.append(actor) }
        #expect(actors.dictionary.strings == seen)
    }
}

/// Spellings that Swift's `==` equates are kept apart.
@Suite("The statement store's dictionaries")
struct StoreDictionaryTests {
    @Test func canonicallyEquivalentSpellingsKeepTheirOwnBytes() throws {
        var statements = Array(StatementStoreTests.samples.prefix(1))
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        #expect(composed == decomposed)
        statements[0].clauses[0].actor = composed
        statements[0].clauses[1].actor = decomposed
        let back = try StatementStore.build(statements).allStatements()
        #expect(back[0].clauses[0].actor.map { Array($0.utf8) } == Array(composed.utf8))
        #expect(back[0].clauses[1].actor.map { Array($0.utf8) } == Array(decomposed.utf8))
    }
}
