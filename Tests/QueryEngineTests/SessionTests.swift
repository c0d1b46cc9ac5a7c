import Foundation
import QueryEngine
import QueryLanguage
import StatementModel
import StatementReader
import Testing

@Suite("The query session API")
struct SessionTests {
    /// A session over the seed statement alone.
    static func seedSession() -> QuerySession {
        let seed = SampleSession.packageRoot + "/samples/statements/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt"
        return QuerySession(corpus: StatementReader().read(paths: [seed]).corpus)
    }

    @Test func countsPakistansClausesAsTheModelPins() throws {
        let table = try Self.seedSession().query(#"clauses | where actor == "Pakistan" | count"#)
        #expect(table.rows == [[.int(8)]])
        #expect(table.columns == [Column("count", .int)])
    }

    @Test func jointRanksFirst() throws {
        let table = try Self.seedSession().query("clauses | summarize count() by actor | sort by count desc")
        #expect(table.rows.first == [.string("joint"), .int(28)])
    }

    @Test func parametersBindFromTheCaller() throws {
        let session = Self.seedSession()
        session.parameters["actor"] = .string("China")
        session.parameters["first"] = .int(10)
        let table = try session.query("clauses | where actor == $actor and n > $first | select n")
        #expect(table.rows == [[.int(11)], [.int(14)], [.int(28)]])
    }

    @Test func letBindingsAndThePreviousResultPersist() throws {
        let session = Self.seedSession()
        _ = try session.query(#"let terror = clauses | where topics has "terrorism""#)
        #expect(session.bindings["terror"]?.rows.count == 6)
        #expect(try session.query("terror | count").rows == [[.int(6)]])
        #expect(try session.query("_ | select count * 2 as twice").rows == [[.int(12)]])
    }

    @Test func outputsStreamInOrderAndBailStops() {
        let session = Self.seedSession()
        var kinds = [String]()
        let ok = session.run(SourceText(name: "s", text: "clauses | count\nclauses | wher x\nclauses | count"), bail: true) { output in
            switch output {
            case .table: kinds.append("table")
            case .binding, .value: kinds.append("binding")
            case .failure: kinds.append("failure")
            }
        }
        #expect(!ok)
        #expect(kinds == ["table", "failure"])
    }

    @Test func checkFindsErrorsWithoutRunning() {
        let session = Self.seedSession()
        if case .failure(let error) = session.check(SourceText(name: "s", text: "clauses | where nope == 1")) {
            #expect(error.message == "unknown column 'nope'")
        } else {
            Issue.record("check accepted an unknown column")
        }
        if case .success(let warnings) = session.check(SourceText(name: "s", text: #"clauses | where actor == "Pakistn""#)) {
            #expect(warnings.first?.notes == ["did you mean \"Pakistan\"?"])
        } else {
            Issue.record("check rejected a valid query")
        }
    }

    @Test func aCancelledQueryStopsWithAMessage() throws {
        let session = Self.seedSession()
        let cancellation = Cancellation()
        cancellation.cancel()
        #expect(throws: Diagnostic.self) { try session.query("clauses | count", cancellation: cancellation) }
        do {
            _ = try session.query("clauses | count", cancellation: cancellation)
        } catch {
            #expect(error.message == "query cancelled")
            #expect(error.kind == .runtime)
        }
        #expect(try session.query("clauses | count").rows == [[.int(40)]])
    }

    @Test func catastrophicBacktrackingIsStoppedByTheTimeLimit() throws {
        let session = Self.seedSession()
        session.limits.timeLimit = 0.5
        let start = ContinuousClock.now
        do {
            _ = try session.query(#"clauses | extend long = text + text + text + "!" | where long matches /^(\w+\s?)*$/ | count"#)
            Issue.record("the regex finished")
        } catch {
            #expect(error.message.contains("time limit"))
        }
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func theRowLimitIsAnError() {
        let session = Self.seedSession()
        session.limits.maximumRows = 50
        do {
            _ = try session.query("clauses | expand entities | expand topics")
            Issue.record("the row limit was not enforced")
        } catch {
            #expect(error.message.contains("more than the limit of 50"))
        }
        #expect(throws: Diagnostic.self) { try session.query("clauses | take 51") }
    }

    @Test func addingStatementsRefreshesTheTables() throws {
        let session = Self.seedSession()
        #expect(try session.query("statements | count").rows == [[.int(1)]])
        session.add(StatementReader().read(paths: [SampleSession.packageRoot + "/samples/statements"]).corpus.statements)
        #expect(try session.query("statements | count").rows == [[.int(5)]])
        #expect(session.values.values(of: "actor")?.contains("United States") == true)
    }

    @Test(arguments: ["statements", "clauses", "entities", "mentions", "topics"])
    func countingASourceWithoutItsRowsGivesItsRowCount(source: String) throws {
        let session = SampleSession.make()
        let counted = try session.query("\(source) | count")
        #expect(counted.columns.map(\.name) == ["count"])
        #expect(try counted.rows == session.query("\(source) | where true | count").rows)
        #expect(counted.rows == [[.int(session.table(of: source)?.rows.count ?? -1)]])
        #expect(try session.query("\(source) | count | where count > 1000000").rows.isEmpty)
    }
}
