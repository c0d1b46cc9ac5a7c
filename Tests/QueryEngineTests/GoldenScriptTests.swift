import Foundation
import QueryEngine
import QueryLanguage
import ResultRendering
import StatementReader
import Testing

/// Runs every script in `Golden/` over the bundled samples and compares what it prints with
/// the `#>` lines of the script (Crafting Interpreters style: the expectation sits beside the
/// query it belongs to). Results are rendered as tables 100 cells wide, diagnostics as the
/// shell shows them. A script that starts with `#@ load PATH` lines runs over those files or
/// folders (relative to the script) instead of the samples.
@Suite("Golden query scripts")
struct GoldenScriptTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden").path
    static let scripts: [String] = (try? FileManager.default.contentsOfDirectory(atPath: directory))?
        .filter { $0.hasSuffix(".cq") }.sorted() ?? []

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 5)
    }

    @Test(arguments: scripts)
    func script(_ name: String) throws {
        let path = Self.directory + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { $0.hasPrefix("#>") }
            .map { $0.hasPrefix("#> ") ? String($0.dropFirst(3)) : String($0.dropFirst(2)) }
        let source = SourceText(name: name, text: text)
        let loads = text.split(separator: "\n").filter { $0.hasPrefix("#@ load ") }.map { Self.directory + "/" + $0.dropFirst("#@ load ".count) }
        let session = loads.isEmpty ? SampleSession.make() : QuerySession(corpus: StatementReader().read(paths: loads).corpus)
        // "# param NAME = VALUE" lines bind parameters, as --param does.
        for line in text.split(separator: "\n") where line.hasPrefix("# param ") {
            let parts = line.dropFirst("# param ".count).split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 {
                session.parameters[parts[0]] = try session.query("statements | take 1 | select \(parts[1]) as value").rows[0][0]
            }
        }
        let outputs = SampleSession.outputs(of: source, session: session)
        if ProcessInfo.processInfo.environment["CQ_BLESS"] != nil {
            try Self.bless(path, text: text, outputs: outputs)
            return
        }
        let actual = outputs.flatMap { $0 }
        #expect(actual == expected, "\n\(actual.map { "#> " + $0 }.joined(separator: "\n"))")
    }

    /// Rewrites a script with each statement's output after it (run with CQ_BLESS=1 to record
    /// new expectations, twice, so that line numbers in diagnostics settle; review the diff).
    static func bless(_ path: String, text: String, outputs: [[String]]) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#>") }.map(String.init)
        let clean = lines.joined(separator: "\n")
        let source = SourceText(name: path, text: clean)
        var ends = [Int]()
        for parsed in Parser.parseStatements(source) {
            switch parsed {
            case .success(.binding(_, _, let pipeline)), .success(.query(let pipeline)):
                ends.append(source.location(of: max(0, pipeline.range.upperBound - 1)).line)
            case .failure(let diagnostic):
                ends.append(source.location(of: diagnostic.range.lowerBound).line)
            }
        }
        var result = [String]()
        var outputIndex = 0
        for (index, line) in lines.enumerated() {
            result.append(line)
            while outputIndex < outputs.count, outputIndex < ends.count, ends[outputIndex] == index + 1 {
                result += outputs[outputIndex].map { "#> " + $0 }
                outputIndex += 1
            }
        }
        while outputIndex < outputs.count {
            if result.last == "" { result.removeLast() }
            result += outputs[outputIndex].map { "#> " + $0 }
            result.append("")
            outputIndex += 1
        }
        try result.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// A session over the bundled sample statements, and a way to print what a script gives.
enum SampleSession {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus = StatementReader().read(paths: [packageRoot + "/samples/statements"]).corpus

    /// A fresh session over the samples.
    static func make() -> QuerySession {
        QuerySession(corpus: corpus)
    }

    /// The lines each statement of a script prints: results as tables, warnings and errors
    /// rendered with their snippet.
    static func outputs(of source: SourceText, session: QuerySession = make()) -> [[String]] {
        var all = [[String]]()
        session.run(source, bail: false) { output in
            var lines = [String]()
            defer { all.append(lines) }
            switch output {
            case .table(let table, let warnings):
                for warning in warnings { lines += DiagnosticRenderer.render(warning, in: source).split(separator: "\n").map(String.init) }
                lines += ResultRenderer.render(table, as: .table, options: RenderOptions(width: 100)).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            case .binding(let name, let rows, let warnings):
                for warning in warnings { lines += DiagnosticRenderer.render(warning, in: source).split(separator: "\n").map(String.init) }
                lines.append("\(name): \(rows) rows")
            case .failure(let diagnostic):
                lines += DiagnosticRenderer.render(diagnostic, in: source).split(separator: "\n").map(String.init)
            }
        }
        return all
    }
}
