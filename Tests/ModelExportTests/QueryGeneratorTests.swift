import Foundation
import GRDB
import QueryEngine
import QueryLanguage
import SQLCompiler
import Testing

/// Random well-typed queries (`QueryGenerator`), compiled for SQLite and run on the export of
/// the samples, give cq's own answers, in the manner of SQLancer and SQLsmith. The environment
/// sets the run: `CQ_QUERYGEN_COUNT` queries (1500), from `CQ_QUERYGEN_SEED` (a fixed one);
/// `CQ_QUERYGEN_KNOWN` (`all`, or names of `KnownIssue` separated by commas) lets known
/// disagreements into the queries again. `scripts/query-gen` runs a long one.
@Suite("Generated queries against SQLite")
struct QueryGeneratorTests {
    static let defaultCount = 1500
    static let defaultSeed: UInt64 = 20_240_516

    /// What became of the generated queries.
    struct Tally {
        var generated = 0
        /// Queries cq's parser or checker rejects, or whose columns are not those the generator
        /// expected: the generator's mistakes.
        var generatorErrors: [String] = []
        /// Queries the compiler refused, by message.
        var refused: [String: Int] = [:]
        var translated = 0
        var disagreements: [String] = []
    }

    /// What one query came to.
    enum Outcome {
        case generatorError(String)
        case refused(String)
        case agreed
        case disagreement(String)
    }

    @Test func generatedQueriesAgree() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["CQ_QUERYGEN_COUNT"].flatMap { Int($0) } ?? Self.defaultCount
        let seed = environment["CQ_QUERYGEN_SEED"].flatMap { UInt64($0) } ?? Self.defaultSeed
        let avoided = try Self.avoidedIssues(environment["CQ_QUERYGEN_KNOWN"] ?? "")
        let session = ExportFixtures.session()
        let database = try ExportFixtures.sqliteExport(of: session)
        let catalogue = try DataCatalogue.of(session)
        let clock = ContinuousClock()
        let start = clock.now
        var tally = Tally()
        for index in 0..<count {
            var generator = QueryGenerator(seed: Self.seed(of: index, in: seed), catalogue: catalogue, avoiding: avoided)
            let query = generator.query()
            tally.generated += 1
            let replay = "seed \(seed), query \(index + 1) (replay: CQ_QUERYGEN_SEED=\(seed) CQ_QUERYGEN_COUNT=\(index + 1))"
            switch Self.outcome(of: query, session: session, database: database) {
            case .generatorError(let message): tally.generatorErrors.append("\(replay)\nquery: \(query.text)\n\(message)")
            case .refused(let message): tally.refused[message, default: 0] += 1
            case .agreed: tally.translated += 1
            case .disagreement(let message):
                tally.translated += 1
                tally.disagreements.append("\(replay)\nquery: \(query.text)\n\(message)")
            }
        }
        let seconds = (clock.now - start).components.seconds
        print(Self.summary(tally, seed: seed, seconds: seconds))
        for message in tally.disagreements.prefix(10) { Issue.record("cq and SQLite disagree: \(message)") }
        #expect(tally.disagreements.count == 0, "\(tally.disagreements.count) of \(tally.translated) translated queries disagree (seed \(seed))")
        #expect(tally.generatorErrors.count * 200 <= tally.generated,
            "\(tally.generatorErrors.count) generated queries do not check:\n\(tally.generatorErrors.prefix(5).joined(separator: "\n\n"))")
        #expect(tally.translated * 5 >= tally.generated * 4, "only \(tally.translated) of \(tally.generated) queries translate")
    }

    /// The seed of the query at `index` of a run: each query has its own, so that the queries
    /// before it do not change it.
    static func seed(of index: Int, in seed: UInt64) -> UInt64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        return mixer.next()
    }

    /// The known issues kept out of the queries: all but those `known` names (`all` for none).
    static func avoidedIssues(_ known: String) throws -> Set<KnownIssue> {
        if known == "all" { return [] }
        let names = known.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let unknown = names.filter { KnownIssue(rawValue: $0) == nil }
        try #require(unknown.isEmpty, "CQ_QUERYGEN_KNOWN names no known issue \(unknown); they are: \(KnownIssue.allCases.map(\.rawValue))")
        return Set(KnownIssue.allCases).subtracting(names.compactMap(KnownIssue.init(rawValue:)))
    }

    /// Checks, compiles and runs one query in cq and in SQLite, and compares the answers.
    static func outcome(of query: GeneratedQuery, session: QuerySession, database: DatabaseQueue) -> Outcome {
        let checked: CheckedPipeline
        do throws(Diagnostic) {
            guard case .query(let pipeline) = try Parser.parse(SourceText(name: "q", text: query.text)).first else {
                return .generatorError("not a query")
            }
            var checker = Checker(environment: Checker.Environment())
            checked = try checker.check(pipeline)
        } catch {
            return .generatorError("\(error.kind): \(error.message)")
        }
        let sql: String
        do throws(Diagnostic) {
            sql = try SQLCompiler(dialect: .sqlite, parameters: session.parameters).compile(checked)
        } catch {
            return .refused(error.message)
        }
        let table: ResultTable
        do throws(Diagnostic) {
            table = try session.query(query.text)
        } catch {
            return .disagreement("sql:\n\(sql)\ncq fails: \(error.message)")
        }
        let names = table.columns.map(\.name)
        guard names == query.columns else {
            return .generatorError("cq's columns are \(names), the generator expected \(query.columns)")
        }
        let cq = AnswerComparison.rows(of: table.rows)
        let answer: (columns: [String], rows: [[String]])
        do {
            answer = try AnswerComparison.run(sql, in: database)
        } catch {
            return .disagreement("sql:\n\(sql)\nSQLite fails: \(error)")
        }
        let rows = answer.rows
        if answer.columns != names {
            return .disagreement("sql:\n\(sql)\nSQLite's columns are \(answer.columns), cq's \(names)")
        }
        guard let difference = AnswerComparison.difference(cq: cq, engine: rows, as: query.expectation) else { return .agreed }
        return .disagreement("""
            sql:
            \(sql)
            \(difference) (\(query.expectation))
            cq:
            \(AnswerComparison.preview(cq))
            SQLite:
            \(AnswerComparison.preview(rows))
            """)
    }

    /// One line of counts, then the commonest reasons the compiler refused.
    static func summary(_ tally: Tally, seed: UInt64, seconds: Int64) -> String {
        let refused = tally.refused.values.reduce(0, +)
        let reasons = tally.refused.sorted { $0.value > $1.value }.prefix(8).map { "  \($0.value)\t\($0.key)" }
        let counts = "query-gen: seed \(seed): \(tally.generated) generated, \(tally.translated) translated, \(refused) refused, "
            + "\(tally.generatorErrors.count) checker failures, \(tally.disagreements.count) disagreements, in \(seconds) s"
        return ([counts, "refused:"] + reasons).joined(separator: "\n")
    }
}
