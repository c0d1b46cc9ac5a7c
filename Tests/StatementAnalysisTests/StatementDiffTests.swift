import Foundation
import StatementAnalysis
import StatementModel
import StatementReader
import Testing

/// The statement diff on real series of the corpus (rounds of a consultative group, Quad and
/// G7 leaders' statements) and on edge cases: itself, empty, non-Latin, too large.
@Suite("Statement diff")
struct StatementDiffTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/corpus/whitehouse").standardized.path

    static func statement(_ name: String) throws -> Statement {
        try #require(try StatementReader().readFile(corpus + "/" + name + ".md").first)
    }

    /// Every clause of both statements appears exactly once, in the later statement's order;
    /// pairs made in order do not cross; `same` pairs have the same text, and every pair is at
    /// least as alike as the threshold.
    static func expectWellFormed(_ changes: [ClauseChange], _ before: Statement, _ after: Statement) {
        #expect(changes.compactMap(\.before?.n).sorted() == before.clauses.map(\.n))
        #expect(changes.compactMap(\.after?.n) == after.clauses.map(\.n))
        let inOrder = changes.filter { $0.kind == .same || $0.kind == .reworded }.compactMap(\.before?.n)
        #expect(inOrder == inOrder.sorted())
        for change in changes {
            switch change.kind {
            case .same:
                #expect(change.before?.text == change.after?.text)
                #expect(change.edits.isEmpty)
            case .reworded:
                #expect(!change.edits.isEmpty)
            case .added:
                #expect(change.before == nil && change.after != nil && change.similarity == nil)
            case .dropped:
                #expect(change.after == nil && change.before != nil && change.similarity == nil)
            case .moved:
                break
            }
            if let similarity = change.similarity { #expect(similarity >= StatementDiff.pairingSimilarity && similarity <= 1) }
        }
    }

    @Test func consultativeGroupRounds() throws {
        let first = try Self.statement("2021-12-22-joint-statement-on-meeting-of-the-u-s-israel-strategic-consultative-group")
        let second = try Self.statement("2022-12-22-joint-statement-on-the-meeting-of-the-u-s-israel-strategic-consultative-group-2")
        let changes = try StatementDiff.compare(first, second)
        Self.expectWellFormed(changes, first, second)
        #expect(changes.map(\.kind) == [.reworded, .dropped, .dropped, .dropped, .dropped, .dropped, .dropped, .added, .added, .reworded, .dropped, .added])
        // The opening: "led" the meeting became "convened" it, and it was virtual, not in Jerusalem.
        let opening = try #require(changes.first)
        #expect(opening.edits.contains(WordEdit(removed: "led", added: "convened")))
        #expect(opening.edits.contains(WordEdit(removed: "in Jerusalem", added: "")))
    }

    @Test func quadLeadersSeries() throws {
        let series = try ["2021-09-24-joint-statement-from-quad-leaders", "2022-05-24-quad-joint-leaders-statement",
            "2023-05-20-quad-leaders-joint-statement"].map(Self.statement)
        for (before, after) in zip(series, series.dropFirst()) {
            let changes = try StatementDiff.compare(before, after)
            Self.expectWellFormed(changes, before, after)
            #expect(changes.contains { $0.kind == .reworded } && changes.contains { $0.kind == .moved })
        }
        // 2022 to 2023: the North Korea clause keeps its place and changes its spelling and its ask.
        let changes = try StatementDiff.compare(series[1], series[2])
        let korea = try #require(changes.first { $0.before?.text.contains("destabilizing ballistic missile") == true })
        #expect(korea.kind == .reworded)
        #expect(korea.edits.contains(WordEdit(removed: "destabilizing", added: "destabilising")))
    }

    @Test func g7LeadersStatements() throws {
        let before = try Self.statement("2022-12-12-g7-leaders-statement-4")
        let after = try Self.statement("2023-02-24-g7-leaders-statement-5")
        let changes = try StatementDiff.compare(before, after)
        Self.expectWellFormed(changes, before, after)
        #expect(changes.contains { $0.kind == .reworded })
    }

    @Test func aStatementAgainstItselfIsTheSameThroughout() throws {
        let seed = try Self.statement("2022-05-24-quad-joint-leaders-statement")
        let changes = try StatementDiff.compare(seed, seed)
        #expect(changes.count == seed.clauses.count)
        #expect(changes.allSatisfy { $0.kind == .same && $0.similarity == 1 })
    }

    @Test func emptyStatements() throws {
        let seed = try Self.statement("2022-05-24-quad-joint-leaders-statement")
        var empty = seed
        empty.clauses = []
        #expect(try StatementDiff.compare(empty, empty).isEmpty)
        #expect(try StatementDiff.compare(empty, seed).allSatisfy { $0.kind == .added })
        #expect(try StatementDiff.compare(seed, empty).allSatisfy { $0.kind == .dropped })
    }

    @Test func wordEditsKeepSpacingAndPunctuation() {
        #expect(WordEdit.edits(from: "Pakistan supports China.", to: "Pakistan firmly supports China.") == [WordEdit(removed: "", added: "firmly")])
        #expect(WordEdit.edits(from: "to strengthen cooperation.", to: "to strengthen cooperation, including through forums.")
            == [WordEdit(removed: "", added: ", including through forums")])
        #expect(WordEdit.edits(from: "same words", to: "same  words").isEmpty)
        #expect(WordEdit(removed: "a", added: "b").marked == "[-a-]{+b+}")
    }

    /// Chinese is written without spaces: each character is a token of its own.
    @Test func nonLatinText() {
        let before = [clause(1, "中巴双方重申坚定支持。"), clause(2, "Обе стороны договорились.")]
        let after = [clause(1, "中巴双方重申坚定相互支持。"), clause(2, "Обе стороны решительно договорились.")]
        let changes = (try? StatementDiff.compare(before: before, after: after)) ?? []
        #expect(changes.map(\.kind) == [.reworded, .reworded])
        #expect(changes.first?.edits == [WordEdit(removed: "", added: "相互")])
        #expect(changes.last?.edits == [WordEdit(removed: "", added: "решительно")])
    }

    @Test func tooManyClausePairsIsAnError() {
        let many = (1...4_001).map { clause($0, "Clause \($0).") }
        #expect(throws: StatementDiff.TooLarge(before: 4_001, after: 4_001)) { try StatementDiff.compare(before: many, after: many) }
    }

    private func clause(_ n: Int, _ text: String) -> Clause {
        Clause(statement: "test", n: n, paragraph: n, text: text, start: 0, end: text.utf8.count)
    }
}
