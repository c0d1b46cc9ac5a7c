/// How one test case went.
public struct CaseResult: Sendable {
    /// Whether it passed, and if not why.
    public enum Outcome: Sendable, Equatable {
        case passed
        /// What went wrong, in a line, and the details to show (a unified diff, the error).
        case failed(reason: String, details: [String])
    }

    public var testCase: TestCase
    public var outcome: Outcome
    /// What its statements printed, as `#>` lines hold it.
    public var actual: [String]

    /// Whether it passed.
    public var passed: Bool { outcome == .passed }
}

/// How one test file went: each case, or the problem that kept it from running.
public struct ScriptResult: Sendable {
    /// The file as given.
    public var path: String
    /// Its parsed form, when it parsed.
    public var script: TestScript?
    public var cases: [CaseResult]
    public var problem: TestFileProblem?

    /// Cases that passed and failed.
    public var passedCount: Int { cases.count { $0.passed } }
    public var failedCount: Int { cases.count { !$0.passed } }
}
