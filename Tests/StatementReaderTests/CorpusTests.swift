import Foundation
import ModelEvaluation
import StatementModel
import StatementReader
import Testing

@Suite("The shared White House corpus and the gold set")
struct CorpusTests {
    @Test(.enabled(if: Fixtures.hasCorpus, "../shared/corpus is not beside the repository"))
    func everyFileLoadsWithTitleDateAndParty() {
        let result = StatementReader().read(paths: [Fixtures.corpus])
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(result.corpus.statements.count == 659)
        for statement in result.corpus.statements {
            #expect(!statement.title.isEmpty, "\(statement.id)")
            #expect(statement.date != nil, "\(statement.id)")
            #expect(!statement.partyCodes.isEmpty, "\(statement.id)")
            #expect(!statement.clauses.isEmpty, "\(statement.id)")
        }
        let clauses = result.corpus.clauses
        let withActor = clauses.filter { $0.actor != nil }.count
        let withCameo = clauses.filter { $0.cameo != nil }.count
        #expect(Double(withActor) / Double(clauses.count) > 0.8)
        #expect(Double(withCameo) / Double(clauses.count) > 0.7)
    }

    @Test(.enabled(if: Fixtures.hasGold, "../shared/gold-dev is not beside the repository"))
    func goldSetFigures() throws {
        let evaluation = try GoldEvaluation(
            goldDirectory: Fixtures.gold, sourceDirectories: [Fixtures.corpus, Fixtures.shared + "/seeds"])
        #expect(evaluation.documents == 21)
        #expect(evaluation.foundShare >= 98, "\(evaluation.misses)")
        #expect(evaluation.actorShare >= 95, "\(evaluation.misses)")
        #expect(evaluation.rootShare >= 90, "\(evaluation.misses)")
        #expect(evaluation.dateShare == 100, "\(evaluation.misses)")
        #expect(evaluation.partiesShare == 100, "\(evaluation.misses)")
    }
}
