import ColumnStore
import Foundation
import StatementModel
import Testing

/// A statement's kind (its register) in the store: written as the column `statements.kind`,
/// read back as written, missing where the statement has none; and a store written without
/// the column (a store of format 6) is damage naming the section, never a crash.
@Suite("The statement store's kind column")
struct StatementKindStoreTests {
    /// The samples, the first a readout and the second a joint statement; the others have no kind.
    static let statements: [Statement] = {
        var statements = StatementStoreTests.samples
        for index in statements.indices { statements[index].kind = nil }
        statements[0].kind = "readout"
        statements[1].kind = "joint-statement"
        return statements
    }()

    @Test func aKindComesBackFromTheStoreAsItWasWritten() throws {
        #expect(Self.statements.count > 2 && Self.statements.dropFirst(2).allSatisfy { $0.kind == nil })
        let store = StatementStore.build(Self.statements)
        let back = try store.allStatements()
        #expect(back == Self.statements)
        #expect(back.map(\.kind) == Self.statements.map(\.kind))
        let kinds = try store.strings("statements.kind")
        #expect((0..<kinds.codes.count).map(kinds.value) == Self.statements.map(\.kind))
        #expect(kinds.dictionary.strings == ["readout", "joint-statement"])
        #expect(try store.statements(in: 0..<1, identifiers: .asRead).first?.kind == "readout")
    }

    @Test func theKindIsAColumnOfTheLayoutBesideThePlace() {
        let names = ModelStoreLayout.columns.map(\.name)
        let kind = names.firstIndex(of: "statements.kind")
        #expect(kind != nil && kind == names.firstIndex(of: "statements.source").map { $0 + 1 })
        #expect(ModelStoreLayout.columns.first { $0.name == "statements.kind" }.map { ModelStoreLayout.sections(of: $0.name, $0.kind) }
            == ["statements.kind.codes", "statements.kind.dict"])
    }

    @Test func aStoreWithoutTheKindColumnIsDamageNamingItsSection() throws {
        let file = try StoreFile(bytes: Self.storeWithoutKind(Self.statements), identity: "t")
        let store = try StatementStore(file: file)
        #expect(store.rowCount("statements") == Self.statements.count)
        // The other columns read as before.
        #expect(try store.strings("statements.place").codes.count == Self.statements.count)
        let missing = StoreDamage(section: "statements.kind.codes", reason: "the store has no such section")
        #expect(StoreDamageTests.damage { () throws(StoreDamage) in _ = try store.strings("statements.kind") } == missing)
        #expect(StoreDamageTests.damage { () throws(StoreDamage) in _ = try store.allStatements() } == missing)
        #expect(StoreDamageTests.damage { () throws(StoreDamage) in _ = try store.statements(in: 0..<1, identifiers: .asRead) } == missing)
    }

    /// The bytes of a store of `statements` with every section but those of `statements.kind`:
    /// a store as format 6 wrote it.
    static func storeWithoutKind(_ statements: [Statement]) throws -> [UInt8] {
        var full = StoreBuilder()
        ModelStoreWriter.add(statements, ids: statements.map(\.id), to: &full)
        let file = try StoreFile(bytes: full.bytes(identity: "t"), identity: "t")
        var builder = StoreBuilder()
        for name in file.sectionNames where !name.hasPrefix("statements.kind.") {
            let bytes = try #require(try file.section(name))
            builder.addBytes(name, Array(bytes))
        }
        return builder.bytes(identity: "t")
    }
}
