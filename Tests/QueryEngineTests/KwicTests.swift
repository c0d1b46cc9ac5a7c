import Foundation
@testable import QueryEngine
import QueryLanguage
import StatementModel
import StatementReader
import Testing

/// `kwic` says where each hit is — the statement and the clause, also over whole statements —
/// and shows contexts that end at word boundaries, on one line.
@Suite("Keyword in context")
struct KwicTests {
    /// A statement with a heading outside its clauses, letters of several UTF-8 bytes before
    /// them (so byte and character offsets differ), and line breaks and tabs inside clauses.
    static let text = "Côte d’Ivoire Corridor Talks — Élan\n\nÉlan: the corridor opens. The South\nChina Sea corridor\tmatters.\n\nCorridors last."
    static let sentences = ["Élan: the corridor opens.", "The South\nChina Sea corridor\tmatters.", "Corridors last."]

    static func made() throws -> QuerySession {
        var clauses = [Clause]()
        for (index, sentence) in sentences.enumerated() {
            let range = try #require(text.range(of: sentence))
            clauses.append(Clause(statement: "talks", n: index + 1, paragraph: index == 2 ? 3 : 2, text: sentence,
                start: text.utf8.distance(from: text.startIndex, to: range.lowerBound),
                end: text.utf8.distance(from: text.startIndex, to: range.upperBound)))
        }
        let statement = Statement(id: "talks", title: "Corridor Talks", date: "2024-05-16", place: nil, source: nil, path: "talks.txt",
            parties: [], partyCodes: [], text: text, clauses: clauses, entities: [])
        return QuerySession(corpus: Corpus(statements: [statement]))
    }

    static func column(_ table: ResultTable, _ name: String) -> [Value] {
        guard let index = table.columns.firstIndex(where: { $0.name == name }) else { return [] }
        return table.rows.map { $0[index] }
    }

    @Test func aStatementLevelHitNamesItsStatementAndClause() throws {
        let session = try Self.made()
        let table = try session.query("statements | kwic \"corridor\" width 12")
        #expect(Self.column(table, "statement") == Array(repeating: .string("talks"), count: 4))
        // The heading is in no clause; the last hit starts clause 3, which a count of characters
        // instead of bytes would put in clause 2.
        #expect(Self.column(table, "n") == [.null, .int(1), .int(2), .int(3)])
        #expect(Self.column(table, "match") == [.string("Corridor"), .string("corridor"), .string("corridor"), .string("Corridor")])
    }

    @Test func aPhraseMatchesAcrossALineBreakAndShowsOnOneLine() throws {
        let session = try Self.made()
        let table = try session.query("statements | kwic \"south china sea\" width 12")
        #expect(table.rows == [[.string("talks"), .int(2), .string("opens. The "), .string("South China Sea"),
            .string(" corridor")]])
        #expect(try session.query("clauses | where text has \"South China Sea\" | select n").rows == [[.int(2)]])
    }

    @Test func aTableMadeFromStatementsKeepsTheClauseNumbers() throws {
        let session = try Self.made()
        let direct = try session.query("statements | kwic \"corridor\"")
        #expect(try session.query("statements | select id, text | kwic \"corridor\"") == direct)
        _ = try session.query("let s = statements | where id == \"talks\"")
        #expect(try session.query("s | kwic \"corridor\"") == direct)
        _ = try session.query("statements | where date > 2024-01-01")
        #expect(try session.query("_ | kwic \"corridor\"") == direct)
        // A changed text is no longer the statement's: its offsets would mislead.
        let changed = try session.query("statements | extend text = upper(text) | kwic \"corridor\"")
        #expect(Self.column(changed, "n") == Array(repeating: .null, count: 4))
        #expect(Self.column(changed, "statement") == Array(repeating: .string("talks"), count: 4))
        let anonymous = try session.query("statements | select title, text | kwic \"corridor\"")
        #expect(Self.column(anonymous, "statement") == Array(repeating: .null, count: 4))
    }

    @Test func statementHitsInClausesAreTheClauseHits() throws {
        let session = SampleSession.make()
        for term in ["Pakistan", "corridor", "the", "sides", "Biden"] {
            let byStatement = try session.query("statements | kwic \"\(term)\" | select statement, n, match")
            let byClause = try session.query("clauses | kwic \"\(term)\" | select statement, n, match")
            // The reader keeps headings out of the samples' bodies: every hit is in a clause.
            #expect(byStatement.rows == byClause.rows, "\(term)")
            #expect(!byClause.rows.isEmpty, "\(term)")
        }
    }

    static let summit = TextSearchTests.corpusPath + "/2023-10-20-u-s-eu-summit-joint-statement.md"

    /// The U.S.-EU summit statement has a "**China**" heading between its paragraphs: in no clause.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: summit)))
    func aCorpusHeadingIsInNoClause() throws {
        let session = QuerySession(corpus: StatementReader().read(paths: [Self.summit]).corpus)
        let byStatement = try session.query("statements | kwic \"China\" | select statement, n, match")
        let byClause = try session.query("clauses | kwic \"China\" | select statement, n, match")
        #expect(byStatement.rows.filter { !$0[1].isNull } == byClause.rows)
        let heading = try session.query("statements | kwic \"China\" width 20 | where n == null | select left, match")
        #expect(heading.rows == [[.string("mechanisms. "), .string("China")]])
    }

    @Test func theSampleCorridorContexts() throws {
        let table = try SampleSession.make().query("clauses | kwic \"corridor\" width 20 | take 3")
        #expect(Self.column(table, "left") == [.string("Economic "), .string("building a growth "), .string("…velihood-enhancing ")])
        #expect(Self.column(table, "right") == [.string(" (CPEC) by jointly"), .string(", a"), .string(", an innovation")])
    }

    @Test func aWordLongerThanTheWidthIsCutAndMarked() {
        let text = "internationalisation corridor internationalisation"
        let match = text.range(of: "corridor")
        #expect(match != nil)
        guard let match else { return }
        #expect(KwicContext.left(of: text, before: match.lowerBound, width: 8) == "…sation ")
        #expect(KwicContext.right(of: text, after: match.upperBound, width: 8) == " intern…")
        #expect(KwicContext.left(of: text, before: match.lowerBound, width: 1) == "…")
        #expect(KwicContext.right(of: "a\n\n\tb  c", after: "a".endIndex, width: 40) == " b c")
        #expect(KwicContext.left(of: "x y\n", before: "x y\n".endIndex, width: 40) == "x y ")
    }

    static let terms = ["the", "corridor", "China", "security", "a", "South China Sea"]

    /// Over real statement texts, for several widths: a context is at most `width` characters on
    /// one line, is what stands next to the match, and ends at whitespace or with "…".
    @Test(arguments: terms)
    func contextsEndAtWordBoundaries(term: String) {
        let search = TextSearch(term)
        for body in TextSearchTests.texts.suffix(24) {
            for match in search.occurrences(in: body, wholeWord: false, startOfWord: true) {
                for width in [1, 5, 12, 40] {
                    let left = KwicContext.left(of: body, before: match.lowerBound, width: width)
                    let right = KwicContext.right(of: body, after: match.upperBound, width: width)
                    let before = Self.collapsed(body[..<match.lowerBound]).drop { $0 == " " }
                    let after = String(Self.collapsed(body[match.upperBound...]).reversed().drop { $0 == " " }.reversed())
                    for context in [left, right] {
                        #expect(context.count <= width)
                        #expect(!context.contains { $0.isWhitespace && $0 != " " } && !context.contains("  "))
                    }
                    if left.hasPrefix(KwicContext.cutMark) {
                        #expect(before.hasSuffix(left.dropFirst()) && !left.dropFirst().dropLast().contains(" "), "\(left)")
                    } else {
                        #expect(before.hasSuffix(left) && (before.count == left.count || before.dropLast(left.count).last == " "), "\(left)")
                    }
                    if right.hasSuffix(KwicContext.cutMark) {
                        #expect(after.hasPrefix(right.dropLast()) && !right.dropFirst().dropLast().contains(" "), "\(right)")
                    } else {
                        #expect(after.hasPrefix(right) && (after.count == right.count || after.dropFirst(right.count).first == " "), "\(right)")
                    }
                }
            }
        }
    }

    /// Each run of whitespace as one space.
    static func collapsed(_ text: Substring) -> String {
        var result = ""
        var space = false
        for character in text {
            if character.isWhitespace {
                space = true
            } else {
                if space { result.append(" ") }
                space = false
                result.append(character)
            }
        }
        if space { result.append(" ") }
        return result
    }
}
