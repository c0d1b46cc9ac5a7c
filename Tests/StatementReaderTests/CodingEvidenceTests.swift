import Foundation
import StatementModel
import StatementReader
import Testing

/// The reader records why it coded each clause as it did: the words and the rule behind the
/// actor, the CAMEO code, negation, modality, entities and dates.
@Suite("Coding evidence")
struct CodingEvidenceTests {
    /// The cue of a decision: the statement's bytes it points at.
    static func cue(_ evidence: CodingEvidence, in statement: Statement) -> String? {
        guard let start = evidence.start, let end = evidence.end else { return nil }
        return String(decoding: Array(statement.text.utf8)[start..<end], as: UTF8.self)
    }

    static func decision(_ field: CodingEvidence.Field, of n: Int, in statement: Statement) throws -> CodingEvidence {
        try #require(statement.clauses.first { $0.n == n }?.evidence.first { $0.field == field })
    }

    @Test func theSeedsDecisionsNameTheirWordsAndRules() throws {
        let seed = try #require(Fixtures.seedStatement)
        // 10: "Pakistan firmly supports China on issues concerning Xinjiang, ..."
        let actor = try Self.decision(.actor, of: 10, in: seed)
        #expect(actor.value == "Pakistan")
        #expect(Self.cue(actor, in: seed) == "Pakistan")
        #expect(actor.rule == #"country "Pakistan" of PAK (countries.tsv)"#)
        let cameo = try Self.decision(.cameo, of: 10, in: seed)
        #expect(cameo.value == "051" && Self.cue(cameo, in: seed) == "supports" && cameo.rule == #"verbs.tsv "support" 051"#)
        // 8: "Both sides reaffirmed their unyielding support ...": the object noun decides.
        let support = try Self.decision(.cameo, of: 8, in: seed)
        #expect(Self.cue(support, in: seed) == "reaffirmed their unyielding support")
        #expect(support.rule.contains(#"object_nouns.tsv "support" 051"#))
        // 13: "... the Pakistani side would hunt down ...": the modal.
        let modality = try Self.decision(.modality, of: 13, in: seed)
        #expect(modality.value == "future" && Self.cue(modality, in: seed) == "would")
        // 12: the Dasu attack's date and project.
        let date = try Self.decision(.date, of: 12, in: seed)
        #expect(date.value == "2024-03-26" && Self.cue(date, in: seed) == "March 26, 2024" && date.rule == "month, day and year")
        let project = try #require(seed.clauses.first { $0.n == 12 }?.evidence.first { $0.field == .entity && $0.value == "Dasu Hydropower Project" })
        #expect(project.rule == #"capitalised words ending in "Project" (reader_words.tsv)"#)
    }

    @Test func aNegationIsTracedToItsWord() throws {
        let statement = try Fixtures.markdown(title: "Joint Statement of India and Japan", body: "India and Japan did not agree to the proposal.")
        let negated = try Self.decision(.negated, of: 1, in: statement)
        #expect(negated.value == "true" && Self.cue(negated, in: statement) == "not")
        let actor = try Self.decision(.actor, of: 1, in: statement)
        #expect(actor.value == "joint" && Self.cue(actor, in: statement) == "India and Japan")
    }

    /// On every statement of the corpus: each clause's actor has a decision, each code too, and
    /// every cue lies inside its clause and is not empty.
    @Test func everyCueLiesInsideItsClauseAcrossTheCorpus() throws {
        try #require(Fixtures.hasCorpus, "the shared corpus is beside the repository")
        let corpus = StatementReader().read(paths: [Fixtures.corpus]).corpus
        var decisions = 0
        for statement in corpus.statements {
            for clause in statement.clauses {
                #expect(clause.evidence.first { $0.field == .actor }?.value == clause.actor ?? "", "\(statement.id) \(clause.n)")
                if let cameo = clause.cameo { #expect(clause.evidence.contains { $0.field == .cameo && $0.value == cameo }, "\(statement.id) \(clause.n)") }
                #expect(clause.negated == clause.evidence.contains { $0.field == .negated })
                for evidence in clause.evidence {
                    decisions += 1
                    guard let start = evidence.start, let end = evidence.end else { continue }
                    #expect(start >= clause.start && end <= clause.end && start < end, "\(statement.id) \(clause.n) \(evidence)")
                }
            }
        }
        #expect(decisions > 10_000)
    }

    @Test func evidenceRoundTripsThroughJSONAndOldModelsDecodeWithout() throws {
        let seed = try #require(Fixtures.seedStatement)
        let decoded = try JSONDecoder().decode(Statement.self, from: JSONEncoder().encode(seed))
        #expect(decoded.clauses.map(\.evidence) == seed.clauses.map(\.evidence))
        var old = try #require(JSONSerialization.jsonObject(with: JSONEncoder().encode(seed.clauses[0])) as? [String: Any])
        old["evidence"] = nil
        let clause = try JSONDecoder().decode(Clause.self, from: JSONSerialization.data(withJSONObject: old))
        #expect(clause.evidence.isEmpty && clause.actor == seed.clauses[0].actor)
    }
}
