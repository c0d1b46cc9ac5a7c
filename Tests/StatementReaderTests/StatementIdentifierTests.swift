import Foundation
import StatementModel
import StatementReader
import Testing

/// Statement ids are unique within a load, readable and the same in every run; a file named
/// twice is loaded once.
@Suite("Statement ids")
struct StatementIdentifierTests {
    /// A directory holding a copy of the seed statement at each relative path.
    func directory(with names: [String]) throws -> String {
        let root = try Fixtures.temporaryDirectory()
        for name in names {
            let path = root + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Fixtures.seed, toPath: path)
        }
        return root
    }

    @Test func namesakesAreNamedByTheirPathsAndASuffixedNameStaysItself() throws {
        // The archive's case: NAME in two folders, and NAME-2 beside them.
        let root = try directory(with: ["a/readout.md", "b/readout.md", "b/readout-2.md", "c/readout.txt", "c/readout.md"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = StatementReader().read(paths: [root])
        let ids = first.corpus.statements.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.sorted() == ["\(root)/a/readout", "\(root)/b/readout", "\(root)/c/readout.md", "\(root)/c/readout.txt", "readout-2"])
        for statement in first.corpus.statements {
            #expect(statement.clauses.allSatisfy { $0.statement == statement.id })
        }
        #expect(StatementReader().read(paths: [root]).corpus.statements.map(\.id) == ids)
    }

    @Test func pathsAreShownAsTheyWereGiven() throws {
        let root = try directory(with: ["x/joint.md", "y/joint.md"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ids = StatementReader().read(paths: [root + "//"]).corpus.statements.map(\.id)
        #expect(ids == ["\(root)/x/joint", "\(root)/y/joint"])
    }

    @Test func aSuffixNeverTakesAnIdInUse() {
        // Two statements of one JSON model share an id and a path; ids p.md-2 and p.md-3 are taken.
        var statements = [("s", "p.md"), ("s", "p.md"), ("p.md-2", "q.md")].map { id, path in
            Statement(id: id, title: "", date: nil, place: nil, source: nil, path: path, parties: [], partyCodes: [], text: "",
                clauses: [], entities: [])
        }
        StatementReader.makeIdentifiersUnique(&statements, loadPaths: [], reserved: ["p.md-3"])
        #expect(statements.map(\.id) == ["p.md", "p.md-4", "p.md-2"])
    }

    @Test func aFileNamedTwiceThroughALinkOrOverlappingDirectoriesIsLoadedOnce() throws {
        let root = try directory(with: ["inner/one.txt", "two.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/link.txt", withDestinationPath: root + "/two.txt")
        let result = StatementReader().read(paths: [root, root + "/inner", root + "/two.txt", root + "/link.txt"])
        // The walk lists link.txt before two.txt, so the link is the one loaded.
        #expect(result.corpus.statements.map(\.id).sorted() == ["link", "one"])
        let repeats = result.warnings.filter { $0.message.contains("; loaded once") }
        #expect(repeats.count == 4)
    }
}
