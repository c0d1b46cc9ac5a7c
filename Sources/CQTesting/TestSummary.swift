/// The totals of a run of test files, and the plain report: each failure with its file, line
/// and details, each file that could not run, then the line `N passed, N failed`.
public struct TestSummary: Sendable {
    public var passed: Int
    public var failed: Int
    /// Files that could not run.
    public var errors: Int

    /// The totals of `results`.
    public init(_ results: [ScriptResult]) {
        passed = results.reduce(0) { $0 + $1.passedCount }
        failed = results.reduce(0) { $0 + $1.failedCount }
        errors = results.count { $0.problem != nil }
    }

    /// `12 passed, 1 failed`, and `, 1 error` when a file could not run.
    public var line: String {
        "\(passed) passed, \(failed) failed" + (errors == 0 ? "" : ", \(errors) error\(errors == 1 ? "" : "s")")
    }

    /// The plain report of `results`.
    public static func report(_ results: [ScriptResult]) -> String {
        var lines = [String]()
        for result in results {
            if let problem = result.problem { lines.append(problem.description) }
            for failure in result.cases where !failure.passed {
                guard case .failed(let reason, let details) = failure.outcome else { continue }
                lines.append("FAIL \(failure.testCase.source.name):\(failure.testCase.firstLine): \(failure.testCase.title)")
                // A reason of several lines (an assert's message) stays indented under its FAIL line.
                lines.append("  " + reason.replacingOccurrences(of: "\n", with: "\n  "))
                lines += details.map { "  " + $0 }
            }
        }
        lines.append(TestSummary(results).line)
        return lines.joined(separator: "\n") + "\n"
    }
}
