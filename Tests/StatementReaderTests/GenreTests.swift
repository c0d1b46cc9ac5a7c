import Foundation
import ModelEvaluation
import StatementModel
import StatementReader
import Testing

/// The reader on the registers beyond the White House's: declarations in the UN and ASEAN
/// manner, a chair's statement, Security Council press statements, ministry readouts and wire
/// reports (`../shared/corpus/genres`, coded in `../shared/gold-dev/genres`).
@Suite("Declarations, chair and press statements, readouts and wire reports")
struct GenreTests {
    /// Reads a statement with front matter but no issuing source: not a White House text.
    static func statement(title: String, body: String) throws -> Statement {
        let text = "---\ntitle: \"\(title)\"\ndate: '2023-09-05'\n---\n\n\(body)\n"
        return try StatementReader().statement(markdown: text, id: "test", path: "test.md")
    }

    /// The actor, code and verb of each clause.
    static func coding(_ statement: Statement) -> [String] {
        statement.clauses.map { "\($0.actor ?? "-") \($0.cameo ?? "-") \($0.verb ?? "-")" }
    }

    @Test func aDeclarationsOpeningPreambleAndOperativeVerbs() throws {
        let statement = try Self.statement(title: "Declaration of the ASEAN Leaders on Maritime Cooperation", body: """
            WE, the Heads of State/Government of the Member States of the Association of Southeast Asian Nations (ASEAN), on the occasion of the 43rd ASEAN Summit in Jakarta;

            RECOGNISING the importance of maritime cooperation for the region;

            DETERMINED to keep the region peaceful and stable;

            1. We AGREE to strengthen maritime cooperation among Member States.

            2. We shall PROMOTE the peaceful settlement of disputes.
            """)
        #expect(Self.coding(statement) == [
            "joint 040 occasion", "joint 010 recognize", "joint 030 determine", "joint 030 agree", "joint 030 promote",
        ])
    }

    @Test func theMembersOfTheSecurityCouncilAndTheirPronounAreJoint() throws {
        let statement = try Self.statement(title: "Security Council Press Statement on Terrorist Attack in Besham, Pakistan", body: """
            The members of the Security Council condemned in the strongest terms the heinous and cowardly terrorist attack in Besham, Pakistan.

            They underlined the need to hold perpetrators, organizers, financiers and sponsors of these reprehensible acts of terrorism accountable.
            """)
        #expect(statement.partyCodes == ["UNSC"])
        #expect(Self.coding(statement) == ["joint 111 condemn", "joint 010 underline"])
    }

    @Test func aWhiteHouseStatementAboutABodyKeepsItsPartysWe() throws {
        let statement = try Fixtures.markdown(title: "Statement on NATO", body: "We welcome the NATO summit in Vilnius.")
        #expect(statement.clauses.first?.actor != "joint")
    }

    @Test func aCallReceivedIsAPhoneCall() throws {
        let statement = try Fixtures.markdown(
            title: "Readout of President Donald J. Trump’s Call with President el-Sisi of Egypt",
            body: "On Saturday, President Donald J. Trump received a call from President Abdel Fattah el-Sisi of Egypt.")
        #expect(Self.coding(statement) == ["United States 041 receive"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.gold + "/genres"), "../shared/gold-dev/genres is not beside the repository"))
    func theGenresGoldSetFigures() throws {
        let evaluation = try GoldEvaluation(goldDirectory: Fixtures.gold + "/genres", sourceDirectories: [Fixtures.shared + "/corpus/genres"])
        #expect(evaluation.documents == 14)
        #expect(evaluation.foundShare == 100, "\(evaluation.misses)")
        #expect(evaluation.actorShare >= 94, "\(evaluation.misses)")
        #expect(evaluation.rootShare >= 91, "\(evaluation.misses)")
        #expect(evaluation.dateShare == 100, "\(evaluation.misses)")
        for genre in evaluation.genres where ["chair-statement", "declaration", "press-statement"].contains(genre.genre) {
            #expect(genre.actorCorrect == genre.found, "\(genre.genre): \(evaluation.misses)")
        }
    }
}
