import StatementModel
import StatementReader
import Testing

@Suite("The seed statement (Pakistan-China strategic dialogue, May 2024)")
struct SeedStatementTests {
    let statement: Statement

    init() throws {
        statement = try #require(Fixtures.seedStatement)
    }

    func clause(startingWith prefix: String) throws -> Clause {
        try #require(statement.clauses.first { $0.text.hasPrefix(prefix) }, "no clause starts with \(prefix)")
    }

    @Test func metadata() {
        #expect(statement.title == "Fifth round of Pakistan, China Foreign Ministers Strategic Dialogue")
        #expect(statement.date == "2024-05-16")
        #expect(statement.place == "Islamabad")
        #expect(statement.source == "TDI")
        #expect(Set(statement.parties) == ["China", "Pakistan"])
        #expect(Set(statement.partyCodes) == ["CHN", "PAK"])
        #expect(statement.id == "2024-05-16-pakistan-china-fifth-strategic-dialogue")
    }

    @Test func boilerplateIsDropped() {
        for junk in ["Also read", "Follow us", "Most Popular", "HomeDiplomatic"] {
            #expect(!statement.clauses.contains { $0.text.contains(junk) }, "\(junk)")
            #expect(!statement.text.contains(junk), "\(junk)")
        }
        #expect(statement.clauses.count == 40)
        #expect(statement.clauses.last?.text.hasPrefix("The two sides reiterated that as good neighbors") == true)
    }

    @Test func jointCommitmentToCombatTerrorism() throws {
        let clause = try clause(startingWith: "They reiterated their commitment to combating terrorism")
        #expect(clause.actor == "joint")
        #expect(clause.actorCode == nil)
        #expect(clause.cameo == "030")
        #expect(clause.topics.contains("terrorism"))
    }

    @Test func subjectlessSentenceContinuesTheJointActor() throws {
        let clause = try clause(startingWith: "Additionally, to strengthen cooperation in agriculture")
        #expect(clause.actor == "joint")
        #expect(clause.cameo?.hasPrefix("03") == true)
    }

    @Test func chinaRecognizesPakistansContributions() throws {
        let clause = try clause(startingWith: "The Chinese side recognized Pakistan")
        #expect(clause.actor == "China")
        #expect(clause.actorCode == "CHN")
        #expect(clause.cameo == "051")
        #expect(clause.verb == "recognize")
    }

    @Test func condemnationOfTheDasuAttack() throws {
        let clause = try clause(startingWith: "The two sides strongly condemned the terrorist attack")
        #expect(clause.actor == "joint")
        #expect(clause.cameo == "111")
        #expect(clause.acts == ["111", "010"])
        #expect(clause.dates == ["2024-03-26"])
        #expect(clause.entities.contains("Dasu Hydropower Project"))
        let dasu = try #require(statement.entities.first { $0.name == "Dasu Hydropower Project" })
        #expect(dasu.type == .project)
    }

    @Test func pakistanBriefsOnKashmir() throws {
        let clause = try clause(startingWith: "The Pakistani side briefed the Chinese side")
        #expect(clause.actor == "Pakistan")
        #expect(clause.actorCode == "PAK")
        #expect(clause.cameo == "040")
        #expect(clause.entities.contains("Jammu and Kashmir"))
        #expect(clause.topics.contains("territory and sovereignty"))
    }

    @Test func cpecAndItsLongFormAreOneEntity() throws {
        let cpec = try #require(statement.entities.first { $0.name == "China-Pakistan Economic Corridor" })
        #expect(cpec.aliases.contains("CPEC"))
        #expect(cpec.type == .project)
        #expect(!statement.entities.contains { $0.name == "CPEC" })
        #expect(cpec.mentions.count == 2)
    }

    @Test func mentionsPointIntoTheStatementText() throws {
        for entity in statement.entities {
            for mention in entity.mentions {
                let bytes = Array(statement.text.utf8)[mention.start..<mention.end]
                #expect(String(decoding: bytes, as: UTF8.self) == mention.text)
            }
        }
        for clause in statement.clauses {
            let bytes = Array(statement.text.utf8)[clause.start..<clause.end]
            #expect(String(decoding: bytes, as: UTF8.self) == clause.text)
        }
    }

    @Test func datelineRangeIsNormalised() throws {
        let clause = try clause(startingWith: "Islamabad, 16 May 2024 (TDI)")
        #expect(clause.actor == "Pakistan")
        #expect(clause.cameo == "042")
        #expect(clause.dates == ["2024-05-16", "2024-05-13"])
    }

    @Test func futureAndConditionalModality() throws {
        #expect(try clause(startingWith: "The two countries will work together").modality == .future)
        let normative = try clause(startingWith: "The resolution adopted by the UN Security Council")
        #expect(normative.modality == .conditional)
        #expect(normative.actor == "joint")
        #expect(normative.cameo == "010")
    }

    @Test func projectsAndInitiativesAreTyped() {
        let types = Dictionary(statement.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        #expect(types["Karakoram Highway Phase II"] == .project)
        #expect(types["Gwadar Port"] == .project)
        #expect(types["Global Development Initiative"] == .initiative)
        #expect(types["Shanghai Cooperation Organisation"] == .organization)
        #expect(types["Wang Yi"] == .person)
        #expect(types["Jammu and Kashmir"] == .place)
        #expect(statement.entities.first { $0.name == "Mohammad Ishaq Dar" }?.code == "PAK")
    }
}
