import Foundation
import Testing

/// What a new analyst meets in the first hour through pipes and files: an empty session, what
/// `.load` says, scripts checked whole before they run, `.mode`, `.timer`, file outputs that
/// take their format from the name, piped output and help text.
@Suite("cq in the first hour")
struct FirstHourShellTests {
    let samples = CQProcess.samples

    @Test func aQueryWithNothingLoadedSaysSoAndExitsFive() throws {
        let result = try CQProcess.run(["-e", "statements | count"])
        #expect(result.output == "count\n0\n")
        #expect(result.error == "cq: warning: no statements are loaded; give statement paths (cq PATH...) or use .load PATH\n")
        #expect(result.status == 5)
        let loadedLater = try CQProcess.run([], input: ".load \(samples)\nstatements | count\n")
        #expect(loadedLater.status == 0, "\(loadedLater.error)")
    }

    @Test func loadSaysWhatItLoadedAndLoadsAFileOnce() throws {
        let result = try CQProcess.run([], input: ".load \(samples)\n.load \(samples)\nstatements | count\n")
        #expect(result.status == 0)
        #expect(result.error.contains("cq: loaded 4 statements (48 clauses) from \(samples)\n"))
        #expect(result.error.contains("cq: loaded no new statements from \(samples)\n"))
        #expect(result.output == "count\n4\n")
    }

    @Test func aScriptFileIsCheckedWholeBeforeItsFirstStatementRuns() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = directory + "/report.cq"
        try "statements | count\nlet pk = clauses | where actor == \"Pakistan\"\npk | wher n > 1\npk | count\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let result = try CQProcess.run(["-f", script, samples])
        #expect(result.status == 3)
        #expect(result.output.isEmpty, "nothing runs before the typo on line 3 is reported")
        #expect(result.error.hasPrefix("\(script):3:6: error: unknown operator 'wher'"))
        #expect(result.error.hasSuffix("cq: \(script) has an error; none of its statements ran\n"))
        let noBail = try CQProcess.run(["--no-bail", "-f", script, samples])
        #expect(noBail.output == "count\n4\ncount\n8\n", "--no-bail runs statement by statement")
        #expect(noBail.status == 3)
    }

    @Test func everyErrorOfAScriptIsReportedOnceWithoutCascades() throws {
        let script = "let pk = clauses | wher actor == \"Pakistan\"\npk | count\n_ | count\nclauses | select nn\n_ | take 1\nstatements | count\n"
        let result = try CQProcess.run(["-e", script, samples])
        #expect(result.status == 3)
        #expect(result.output.isEmpty)
        #expect(result.error.components(separatedBy: "error:").count - 1 == 2, "\(result.error)")
        #expect(result.error.contains("-e:1:20: error: unknown operator 'wher'"))
        #expect(result.error.contains("-e:4:18: error: unknown column 'nn'"))
        #expect(result.error.contains("has 2 errors; none of its statements ran"))
    }

    @Test func bindingsParametersAndReadScriptsFlowThroughTheCheck() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "let cn = clauses | where actor == $who\n".write(toFile: directory + "/define.cq", atomically: true, encoding: .utf8)
        let script = directory + "/use.cq"
        try ".param set who China\n.read \(directory)/define.cq\ncn | count\n.statements\n_ | count\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let result = try CQProcess.run(["-f", script, samples])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("count\n"))
        #expect(result.output.hasSuffix("count\n4\n"))
    }

    @Test func standardInputStillRunsStatementByStatement() throws {
        let result = try CQProcess.run([samples], input: "statements | count\nclauses | wher x\n")
        #expect(result.output == "count\n4\n")
        #expect(result.error.hasPrefix("<stdin>:2:11: error: unknown operator 'wher'"))
    }

    @Test func modeAloneSaysTheModeAndAMisspelledModeGetsASuggestion() throws {
        let result = try CQProcess.run(["--no-bail", samples], input: ".mode\n.mode lines\n.mode json\n.mode\n.headers\n")
        #expect(result.output == "tsv\njson\non\n")
        #expect(result.error.contains("cq: unknown format 'lines'; did you mean 'line'? formats: table, json, jsonl, csv, tsv, markdown, line"))
        #expect(result.status == 3)
    }

    @Test func eachRunTimeIsItsOwnQuerysInMilliseconds() throws {
        let corpus = CQProcess.packageRoot + "/../shared/corpus/whitehouse"
        guard FileManager.default.fileExists(atPath: corpus) else { return }
        // A regex with no literal to search for first runs ICU over every clause: reliably slow.
        let script = ".timer on\nclauses | where text matches /[0-9]{4} [A-Z]/ | count\nstatements | take 1 | count\n"
        let result = try CQProcess.run([corpus], input: script)
        #expect(result.status == 0, "\(result.error)")
        let times = result.output.split(separator: "\n").filter { $0.hasPrefix("Run time: ") }.map { line -> Double in
            let parts = line.dropFirst("Run time: ".count).split(separator: " ")
            let value = Double(parts.first ?? "") ?? -1
            return parts.last == "s" ? value * 1000 : value
        }
        #expect(times.count == 2, "\(result.output)")
        if times.count == 2 {
            #expect(times[1] < times[0], "the second query reports its own time, not the first one's plus its own: \(times)")
            #expect(result.output.contains(" ms\n"))
        }
    }

    @Test func fileOutputsTakeTheirFormatFromTheName() throws {
        let directory = try CQProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let script = """
            .once \(directory)/count.csv
            statements | count
            .output \(directory)/count.json
            statements | count
            .output
            .once tsv \(directory)/named.csv
            statements | count
            .once \(directory)/plain.txt
            statements | count
            statements | count

            """
        let result = try CQProcess.run([samples], input: script)
        #expect(result.status == 0, "\(result.error)")
        #expect(try String(contentsOfFile: directory + "/count.csv", encoding: .utf8) == "count\r\n4\r\n")
        #expect(try String(contentsOfFile: directory + "/count.json", encoding: .utf8) == "[\n  {\"count\":4}\n]\n")
        #expect(try String(contentsOfFile: directory + "/named.csv", encoding: .utf8) == "count\n4\n")
        #expect(try String(contentsOfFile: directory + "/plain.txt", encoding: .utf8) == "count\n4\n", "another name keeps the mode")
        #expect(result.output == "count\n4\n")
    }

    @Test(arguments: [80, 120])
    func helpReadsCleanly(columns: Int) throws {
        let help = try CQProcess.run(["--help"], environment: ["COLUMNS": String(columns)])
        #expect(help.status == 0)
        let lines = help.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= columns }, "\(help.output)")
        // The first paragraph of the discussion is filled to the width, not broken mid-sentence.
        let paragraph = lines.drop { !$0.hasPrefix("Loads the statements") }.prefix { !$0.isEmpty }
        #expect(paragraph.count >= 2)
        #expect(paragraph.dropLast().allSatisfy { $0.count > columns - 20 }, "\(paragraph)")
        #expect(paragraph.joined(separator: " ").contains("terminals, or runs the script read from standard input."))
    }
}
