import Foundation
import StatementModel
import StatementReader
import Testing

/// The codebook's `reader` column says which codes the reader can assign: exactly the codes of
/// its lexicons and of the coder's own rules, each with a name.
@Suite("CAMEO codebook")
struct CAMEOCodebookTests {
    /// The codes the coder assigns by itself: the fallback statement (010) and the future forms
    /// of acts (030, and 036 for a consultation), in `SpeechActCoder` and `StatementAnalyzer`.
    static let coderCodes: Set<String> = ["010", "030", "036"]

    /// Every code written in a lexicon file: a verb's code, a rule's `=CODE`, an object noun's code.
    static func lexiconCodes() throws -> Set<String> {
        var codes = Set<String>()
        for file in ["verbs", "object_nouns"] {
            let text = try String(contentsOfFile: Fixtures.packageRoot + "/Sources/StatementReader/Lexicon/\(file).tsv", encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                if fields.count > 1, fields[1].allSatisfy(\.isNumber), !fields[1].isEmpty { codes.insert(String(fields[1])) }
                for field in fields.dropFirst(2) {
                    for match in field.matches(of: /=([0-9]+)/) { codes.insert(String(match.output.1)) }
                }
            }
        }
        return codes
    }

    @Test func theReaderColumnHoldsTheCodesTheReaderCanAssign() throws {
        let assignable = try Self.lexiconCodes().union(Self.coderCodes)
        let marked = Set(CAMEOCodebook.entries.filter(\.isAssignedByReader).map(\.code))
        #expect(marked == assignable)
        #expect(assignable.count > 20)
    }

    @Test func everyCodeTheSamplesAreCodedWithHasANameAndARoot() throws {
        let corpus = StatementReader().read(paths: [Fixtures.samples]).corpus
        let codes = Set(corpus.statements.flatMap(\.clauses).compactMap(\.cameo))
        #expect(codes.count > 5)
        for code in codes {
            #expect(CAMEOCodebook.name(of: code) != nil, "\(code)")
            #expect(CAMEOCodebook.name(of: String(code.prefix(2))) != nil, "\(code)")
        }
        #expect(CAMEOCodebook.name(of: "051") == "Praise or endorse")
        #expect(CAMEOCodebook.name(of: "999") == nil)
    }
}
