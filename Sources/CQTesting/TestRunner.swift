import ColumnStore
import Foundation
import ModelCache
import QueryEngine
import QueryLanguage
import StatementReader

/// Runs test files: loads the statements each names (once per set of paths in a run), runs
/// every case in one session per file, and compares what it prints with its expectation.
public final class TestRunner {
    /// Statements for files without `#@ load` lines.
    public var defaultLoads: [String]
    /// Parameters for every file; a file's `#@ param` lines take precedence.
    public var parameters: [String: Value]
    /// The model cache to load through, or nil to read every file.
    public var cacheDirectory: String?
    /// Where warnings of loading go (a file that does not read).
    public var warn: (String) -> Void
    private var stores = [[String]: StatementStore]()

    /// A runner; `defaultLoads` serve files that name no statements themselves.
    public init(defaultLoads: [String] = [], parameters: [String: Value] = [:], cacheDirectory: String? = nil,
        warn: @escaping (String) -> Void = { _ in })
    {
        self.defaultLoads = defaultLoads
        self.parameters = parameters
        self.cacheDirectory = cacheDirectory
        self.warn = warn
    }

    /// Reads and runs a test file.
    public func run(file path: String) -> ScriptResult {
        do throws(TestFileProblem) {
            return run(try TestScript.read(path: path))
        } catch {
            return ScriptResult(path: path, script: nil, cases: [], problem: error)
        }
    }

    /// Runs every case of a parsed test file in a fresh session.
    public func run(_ script: TestScript) -> ScriptResult {
        var result = ScriptResult(path: script.path, script: script, cases: [], problem: nil)
        let loads = script.loads.isEmpty ? defaultLoads : script.loads
        guard !loads.isEmpty else {
            result.problem = TestFileProblem(.noStatements, path: script.path,
                message: "no statements to run over: add '#@ load PATH' to the file or give --load PATH")
            return result
        }
        let store = statements(loading: loads)
        guard store.rowCount("statements") > 0 else {
            result.problem = TestFileProblem(.noStatements, path: script.path,
                message: "no statement could be loaded from \(loads.joined(separator: " "))")
            return result
        }
        let session = QuerySession(store: store)
        session.parameters = parameters.merging(script.parameters) { _, file in file }
        for testCase in script.cases {
            result.cases.append(run(testCase, in: session, of: script))
        }
        return result
    }

    /// The store of `paths`, loaded once per run.
    private func statements(loading paths: [String]) -> StatementStore {
        if let store = stores[paths] { return store }
        let load = cacheDirectory.map { ModelCache(directory: $0).read(paths: paths) } ?? ModelCache.readWithoutCache(paths: paths)
        for warning in load.warnings { warn(warning.description) }
        stores[paths] = load.store
        return load.store
    }

    private func run(_ testCase: TestCase, in session: QuerySession, of script: TestScript) -> CaseResult {
        var actual = [String]()
        var errors = [Diagnostic]()
        var warnings = [Diagnostic]()
        session.run(testCase.statements, bail: false) { output in
            actual += TestTranscript.lines(of: output, in: testCase.source, format: script.format)
            switch output {
            case .table(_, let given), .binding(_, _, let given), .value(_, _, let given): warnings += given
            case .failure(let diagnostic): errors.append(diagnostic)
            }
        }
        let outcome: CaseResult.Outcome
        switch testCase.expectation {
        case .output(let expected, let lines):
            if actual == expected {
                outcome = .passed
            } else {
                let diff = UnifiedDiff.lines(old: expected.map(Self.expectationLine), new: actual.map(Self.expectationLine),
                    oldLabel: "\(script.name):\(lines.lowerBound) (expected)", newLabel: "actual", oldStart: lines.lowerBound, newStart: lines.lowerBound)
                outcome = .failed(reason: "the output differs from the expected", details: diff)
            }
        case .diagnostics(let expected, _):
            outcome = Self.outcome(expecting: expected, errors: errors, warnings: warnings, actual: actual)
        case .none:
            if let error = errors.first {
                outcome = .failed(reason: error.message, details: actual)
            } else if testCase.showsOutput {
                outcome = .failed(reason: "no expected output: 'cq test --update' records what it prints", details: actual)
            } else {
                outcome = .passed
            }
        }
        return CaseResult(testCase: testCase, outcome: outcome, actual: actual)
    }

    /// Whether each `#!` line found its diagnostic, and no error came that none expected.
    private static func outcome(expecting expected: [ExpectedDiagnostic], errors: [Diagnostic], warnings: [Diagnostic], actual: [String])
        -> CaseResult.Outcome
    {
        for line in expected {
            let given = line.severity == .error ? errors : warnings
            guard given.contains(where: { $0.message.contains(line.text) }) else {
                let what = given.isEmpty ? "none came" : "it said: " + given.map(\.message).joined(separator: "; ")
                return .failed(reason: "line \(line.line) expects \(line.severity.rawValue == "error" ? "an error" : "a warning") holding '\(line.text)'; \(what)",
                    details: actual)
            }
        }
        if let error = errors.first, !expected.contains(where: { $0.severity == .error }) {
            return .failed(reason: error.message, details: actual)
        }
        return .passed
    }

    /// A line of a `#>` block: `#> TEXT`, or `#>` for an empty line.
    static func expectationLine(_ text: String) -> String {
        text.isEmpty ? "#>" : "#> " + text
    }
}
