import Foundation
import Testing

/// The interactive shell through a pseudo-terminal: what a user sees and types.
@Suite("cq at a terminal", .serialized)
struct REPLTests {
    /// The sanitizer options of this test run (scripts/check), passed on to `cq`.
    static let sanitizerSettings = ProcessInfo.processInfo.environment.filter {
        ["ASAN_OPTIONS", "TSAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS"].contains($0.key)
    }

    /// Starts `cq` on the samples in a terminal, with its history in a fresh directory.
    func start(home: String, extra: [String: String] = [:]) throws -> PseudoTerminal {
        var environment = Self.sanitizerSettings
        environment.merge(["TERM": "xterm", "HOME": home, "XDG_STATE_HOME": home + "/state", "PATH": "/usr/bin:/bin"]) { $1 }
        for (key, value) in extra { environment[key] = value }
        let terminal = try PseudoTerminal([CQProcess.binary, CQProcess.samples], environment: environment)
        #expect(terminal.waitFor("cq> "), "no prompt: \(terminal.screen)")
        return terminal
    }

    @Test func aQueryShowsItsTableAndCtrlDExits() throws {
        let home = try CQProcess.temporaryDirectory()
        let terminal = try start(home: home)
        #expect(terminal.screen.contains("4 statements, 48 clauses loaded"))
        let mark = terminal.mark
        terminal.type("clauses | where actor == \"Pakistan\" | count\r")
        #expect(terminal.waitFor("│     8 │", after: mark), "\(terminal.screen)")
        #expect(terminal.waitFor("cq> ", after: mark))
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func diagnosticsNameThePromptAndMetaCommandsSayTheirState() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        var mark = terminal.mark
        terminal.type("clauses | wher x\r")
        #expect(terminal.waitFor("prompt:1:11: error: unknown operator 'wher'", after: mark), "\(terminal.screen)")
        mark = terminal.mark
        terminal.type(".mode\r")
        #expect(terminal.waitFor("\ntable", after: mark), "\(terminal.screen)")
        mark = terminal.mark
        terminal.type(".load \(CQProcess.samples)\r")
        #expect(terminal.waitFor("loaded no new statements from", after: mark), "\(terminal.screen)")
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func aDiffIsRedAndGreenAndWhyHighlightsItsCues() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        var mark = terminal.mark
        terminal.type(#"diff "2021-06-13-readout-biden-ramaphosa-meeting" "2022-06-28-readout-biden-erdogan-call" | where kind == "dropped" | select changes | take 1"# + "\r")
        #expect(terminal.waitFor("(1 row)", after: mark), "\(terminal.screen)")
        #expect(terminal.output.contains("\u{1B}[31m[-President Joseph R. Biden"), "\(terminal.output.debugDescription)")
        mark = terminal.mark
        terminal.type(#"clauses | where statement == "2024-05-16-pakistan-china-fifth-strategic-dialogue" and n == 10 | select statement, n"# + "\r")
        #expect(terminal.waitFor("(1 row)", after: mark), "\(terminal.screen)")
        mark = terminal.mark
        terminal.type(".why 10\r")
        #expect(terminal.waitFor("(8 rows)", after: mark), "\(terminal.screen)")
        #expect(terminal.output.contains("firmly \u{1B}[7msupports\u{1B}[27m \u{1B}[7mChina"), "\(terminal.output.debugDescription)")
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func upArrowRecallsThePreviousQuery() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        terminal.type("statements | count\r")
        #expect(terminal.waitFor("│     4 │"))
        let mark = terminal.mark
        #expect(terminal.waitForRawMode())
        terminal.type("\u{1B}[A")
        #expect(terminal.waitFor("statements | count", after: mark))
        terminal.type("\u{5}\u{15}.quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabCompletesSourcesColumnsAndValues() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        var mark = terminal.mark
        terminal.type("clau\t")
        #expect(terminal.waitFor("clauses", after: mark))
        mark = terminal.mark
        terminal.type(" | where acto\t")
        #expect(terminal.waitFor("actor", after: mark))
        mark = terminal.mark
        terminal.type(" == \"Pak\t")
        #expect(terminal.waitFor("kistan\"", after: mark))
        mark = terminal.mark
        terminal.type(" | count\r")
        #expect(terminal.waitFor("│     8 │", after: mark), "\(terminal.screen)")
        #expect(terminal.waitFor("cq> ", after: mark))
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func ctrlCCancelsALongQueryAndTheNextOneWorks() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        var mark = terminal.mark
        #expect(terminal.waitForRawMode())
        terminal.type("clauses | extend long = text + text + \"!\" | where long matches /^(\\w+\\s?)*$/ | count\r")
        // Ctrl-C once the query runs. The terminal is back in cooked mode just before libedit
        // hands the line over, and a Ctrl-C in between cancels the line instead of the query
        // (it never runs); the query takes a second a clause (the regex's limit), so a short
        // pause after cooked mode lands inside it even on a busy machine.
        #expect(terminal.waitForCookedMode())
        Thread.sleep(forTimeInterval: 0.3)
        terminal.type("\u{3}")
        #expect(terminal.waitFor("query cancelled", after: mark), "\(terminal.screen)")
        mark = terminal.mark
        terminal.type("statements | count\r")
        #expect(terminal.waitFor("│     4 │", after: mark))
        #expect(terminal.waitFor("cq> ", after: mark))
        #expect(terminal.waitForRawMode())
        // Ctrl-C cancels a line being typed: once the line is echoed, and only then, the prompt
        // that follows the Ctrl-C is a new one (a Ctrl-D read before the Ctrl-C is handled
        // would meet a line that is not empty, and not end the shell).
        mark = terminal.mark
        terminal.type("clauses | wher")
        #expect(terminal.waitFor("clauses | wher", after: mark))
        mark = terminal.mark
        terminal.type("\u{3}")
        #expect(terminal.waitFor("cq> ", after: mark))
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func nonASCIIRoundTripsUnderTheCLocale() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory(), extra: ["LC_ALL": "C"])
        let mark = terminal.mark
        terminal.type("statements | take 1 | select \"中国\" + \"/\" + \"Côte d'Ivoire\" as name\r")
        #expect(terminal.waitFor("中国/Côte d'Ivoire │", after: mark), "\(terminal.screen)")
        #expect(terminal.pressCtrlDToExit() == 0, "\(terminal.screen.debugDescription)")
    }

    @Test func multiLineInputAndHistorySurviveARestart() throws {
        let home = try CQProcess.temporaryDirectory()
        let first = try start(home: home)
        first.type("clauses |\r")
        #expect(first.waitFor("...> "))
        first.type("count\r")
        #expect(first.waitFor("│    48 │"))
        #expect(first.pressCtrlDToExit() == 0)
        let historyFile = home + "/state/cq/history"
        #expect(try String(contentsOfFile: historyFile, encoding: .utf8) == "clauses |\\ncount\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: historyFile)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try start(home: home)
        let mark = second.mark
        #expect(second.waitForRawMode())
        second.type("\u{1B}[A")
        #expect(second.waitFor("count", after: mark), "\(second.screen)")
        second.type("\r")
        #expect(second.waitFor("│    48 │", after: mark))
        #expect(second.pressCtrlDToExit() == 0)
    }

    @Test func tablesFollowAResizedTerminal() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        terminal.resize(rows: 40, columns: 50)
        var mark = terminal.mark
        terminal.type("clauses | take 1 | select text\r")
        #expect(terminal.waitFor("(1 row)", after: mark))
        let narrow = terminal.screen[mark...].split(separator: "\n").filter { $0.hasPrefix("│") || $0.hasPrefix("┌") }
        #expect(!narrow.isEmpty && narrow.allSatisfy { $0.count <= 50 }, "\(narrow)")
        #expect(terminal.waitForRawMode())
        terminal.resize(rows: 40, columns: 200)
        mark = terminal.mark
        terminal.type("clauses | take 1 | select text\r")
        #expect(terminal.waitFor("(1 row)", after: mark))
        let wide = terminal.screen[mark...].split(separator: "\n").filter { $0.hasPrefix("┌") }
        #expect(wide.first.map { $0.count > 50 } == true)
        #expect(terminal.pressCtrlDToExit() == 0)
    }

    @Test func aDumbTerminalGetsPlainLines() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory(), extra: ["TERM": "dumb"])
        let mark = terminal.mark
        terminal.type("statements | count\r")
        #expect(terminal.waitFor("│     4 │", after: mark), "\(terminal.screen)")
        #expect(terminal.waitFor("cq> ", after: mark))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlCDuringALoadKeepsTheShell() throws {
        let corpus = CQProcess.packageRoot + "/../shared/corpus/whitehouse"
        guard FileManager.default.fileExists(atPath: corpus) else { return }
        var environment = Self.sanitizerSettings
        environment.merge(["TERM": "xterm", "HOME": try CQProcess.temporaryDirectory(), "PATH": "/usr/bin:/bin"]) { $1 }
        let terminal = try PseudoTerminal([CQProcess.binary, corpus, corpus, corpus], environment: environment)
        #expect(terminal.waitFor("loading "), "\(terminal.screen)")
        terminal.type("\u{3}")
        #expect(terminal.waitFor("loading interrupted"), "\(terminal.screen)")
        #expect(terminal.waitFor("cq> "))
        #expect(terminal.pressCtrlDToExit() == 0)
    }

    @Test func failingMetaCommandsAndScriptsNeverEndTheSession() throws {
        let directory = try CQProcess.temporaryDirectory()
        try "clauses | wher x\nstatements | count\n".write(toFile: directory + "/bad.cq", atomically: true, encoding: .utf8)
        let terminal = try start(home: directory)
        var mark = terminal.mark
        terminal.type(".read \(directory)/bad.cq\r")
        #expect(terminal.waitFor("unknown operator 'wher'", after: mark))
        #expect(terminal.waitFor("bad.cq has an error; none of its statements ran", after: mark), "a script is checked whole before it runs")
        mark = terminal.mark
        terminal.type("statements | count\r")
        #expect(terminal.waitFor("│     4 │", after: mark), "the session goes on")
        mark = terminal.mark
        terminal.type(".output /no/such/dir/x\r")
        #expect(terminal.waitFor("No such file or directory", after: mark))
        mark = terminal.mark
        terminal.type("clauses | count\r")
        #expect(terminal.waitFor("│    48 │", after: mark))
        #expect(terminal.pressCtrlDToExit() == 0)
    }

    @Test func sigtermLeavesCleanly() throws {
        let terminal = try start(home: try CQProcess.temporaryDirectory())
        kill(terminal.pid, SIGTERM)
        #expect(terminal.waitForExit() == 143)
    }
}
