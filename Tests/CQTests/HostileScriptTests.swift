import Foundation
import Glibc
import Testing

/// Hostile scripts and standard inputs, run through the built `cq` under a time limit: no trap,
/// no hang, no input read to its end before anything runs.
@Suite("hostile scripts and standard input")
struct HostileScriptTests {
    let samples = CQProcess.samples

    @Test func aClosedStandardInputIsAUsageError() throws {
        let result = try CQProcess.runShell("exec \"$CQ\" \"$SAMPLES\" <&-")
        #expect(result.status == 2)
        #expect(result.error.contains("cq: standard input is closed: give a query with -e or a script with -f"))
    }

    @Test func aDirectoryOnStandardInputIsARunTimeError() throws {
        let result = try CQProcess.runShell("exec \"$CQ\" \"$SAMPLES\" < /tmp")
        #expect(result.status == 4)
        #expect(result.error.contains("cq: cannot read <stdin>: Is a directory"))
    }

    @Test func aScriptFileThatIsADirectoryIsAUsageError() throws {
        let result = try CQProcess.run(["-f", "/tmp", samples])
        #expect(result.status == 2)
        #expect(result.error.contains("cq: cannot read the script /tmp: is a directory"))
    }

    @Test func eachStatementOnAPipeIsAnsweredBeforeTheNextArrives() throws {
        let running = try CQProcess.start(["--format", "tsv", samples])
        defer { running.stop() }
        running.write("statements | count\n")
        // The pipe stays open: the answer must come while cq still waits for more input.
        #expect(running.readOutput(until: "count\n4\n"))
        running.write("clauses\n| count\n")
        #expect(running.readOutput(until: "count\n48\n"))
        running.closeInput()
        #expect(running.wait() == 0)
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143)), (SIGHUP, Int32(143))])
    func aSignalWhileWaitingOnAPipeEndsTheScriptWithItsStatus(signal: Int32, status: Int32) throws {
        let running = try CQProcess.start(["--format", "tsv", samples])
        defer { running.stop() }
        running.write("statements | count\n")
        #expect(running.readOutput(until: "count\n4\n"))
        // A resize only interrupts the wait; the next statement still runs.
        running.send(SIGWINCH)
        running.write("clauses | count\n")
        #expect(running.readOutput(until: "count\n48\n"))
        running.send(signal)
        #expect(running.wait() == status)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalWhileLoadingEndsCqThoughItsInputStaysOpen(signal: Int32) throws {
        let corpus = CQProcess.packageRoot + "/../shared/corpus/whitehouse"
        guard FileManager.default.fileExists(atPath: corpus) else { return }
        // Reading this corpus from its text takes seconds: the signal comes while it loads.
        let running = try CQProcess.start(["--no-cache", corpus])
        defer { running.stop() }
        usleep(300_000)
        running.send(signal)
        #expect(running.wait() == 143, "the load took the signal; the script must not then wait for input")
    }

    @Test func anEndlessStreamOfQueriesStopsOnSIGTERM() throws {
        let running = try CQProcess.start(["--format", "tsv", samples])
        defer { running.stop() }
        running.feedForever("statements | count\n")
        #expect(running.readOutput(until: "count\n4\ncount\n4\ncount\n4\n"))
        running.send(SIGTERM)
        #expect(running.wait() == 143)
    }

    @Test func aStatementSplitOverLinesAndSemicolonsRunsWithTheScriptsLineNumbers() throws {
        let script = "statements | count; clauses\n| where n == 1\n\n| count\n# a comment\nclauses | wher x\n"
        let result = try CQProcess.run(["--format", "tsv", "--no-bail", samples], input: script)
        #expect(result.output == "count\n4\ncount\n4\n")
        #expect(result.error.hasPrefix("<stdin>:6:11: error: unknown operator 'wher'"))
        #expect(result.status == 3)
    }

    // Patterns that backtrack far past 1 s on the longer sample clauses: `^(\w+\W?)*$\d`
    // finished every sample clause within 1 s on a fast one, so it tested the machine.
    @Test(arguments: ["(\\w+\\s?)+\\d$", "^(\\w+\\s?)*$\\d"])
    func catastrophicBacktrackingIsAnErrorNamingThePattern(pattern: String) throws {
        let result = try CQProcess.run(["-e", "clauses | where text matches /\(pattern)/ | count", samples])
        #expect(result.status == 4)
        #expect(result.error.contains("error: regex /\(pattern)/ ran longer than 1.0 s on one text"))
    }

    @Test func aTimeoutStopsAWholeQuery() throws {
        let slow = "clauses | where text matches /(\\w+\\s?)+\\d$/ | count"
        let result = try CQProcess.run(["--timeout", "0.2", "-e", slow, samples])
        #expect(result.status == 4)
        #expect(result.error.contains("error: query ran longer than the time limit of 0.2 s"))
        let shell = try CQProcess.run(["--no-bail", samples], input: ".timeout 0.2\n\(slow)\n.timeout off\nstatements | count\n.timeout -3\n")
        #expect(shell.error.contains("time limit of 0.2 s"))
        #expect(shell.output == "count\n4\n")
        #expect(shell.error.contains("usage: .timeout SECONDS|off"))
        #expect(try CQProcess.run(["--timeout", "0", "-e", "statements | count", samples]).status == 2)
    }

    @Test func longOperatorChainsAreAnErrorNotACrash() throws {
        let directory = try CQProcess.temporaryDirectory()
        let sum = directory + "/sum.cq"
        try ("statements | select x = " + Array(repeating: "1", count: 20_000).joined(separator: " + ")).write(
            toFile: sum, atomically: true, encoding: .utf8)
        let ids = directory + "/ids.cq"
        try ("clauses | where " + (0..<14_000).map { "statement == \"s\($0)\"" }.joined(separator: " or ")).write(
            toFile: ids, atomically: true, encoding: .utf8)
        for script in [sum, ids] {
            let result = try CQProcess.run(["-f", script, samples])
            #expect(result.status == 3)
            #expect(result.error.contains("error: expression stacks more than 1000 operators"))
        }
    }

    @Test func unknownValuesAreWarnedAboutAFewTimesAndCounted() throws {
        let ids = (0..<8_000).map { "\"nobody-\($0)\"" }.joined(separator: ", ")
        let result = try CQProcess.run(["--format", "tsv", "-e", "clauses | where statement in [\(ids)] | count", samples])
        #expect(result.status == 0)
        #expect(result.output == "count\n0\n")
        #expect(result.error.components(separatedBy: ": warning: no row has statement").count - 1 == 5)
        #expect(result.error.contains("warning: 7995 more values that no row has"))
    }

    @Test func dateArithmeticAtTheEdgeOfIntegersIsAnError() throws {
        let result = try CQProcess.run(["-e", "statements | take 1 | select 1970-01-01 + (-9223372036854775807 - 1)", samples])
        #expect(result.status == 4)
        #expect(result.error.contains("error: date out of range"))
    }

    @Test func theSmallestIntegerIsAnIntegerParameter() throws {
        let arguments = ["--format", "tsv", "--no-bail", "--param", "n=-9223372036854775808"]
        let result = try CQProcess.run(arguments + ["-e", "statements | take 1 | select $n", "-e", "statements | take 1 | select $n - 1", samples])
        #expect(result.output == "column1\n-9223372036854775808\n")
        #expect(result.error.contains("error: integer overflow in '-'"))
    }
}
