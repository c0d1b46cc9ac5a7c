import Foundation

/// `cq test --update`: a failing case's `#>` block is rewritten with what its statements now
/// print, as snapshot tools do, and a case without one gets one after its last statement.
/// Hand-written properties are left alone: a `#!` block, and a case whose queries all end in
/// `assert`.
public struct ExpectationUpdate: Sendable {
    /// One case whose expectation was written.
    public struct Change: Sendable, Equatable {
        /// The line of the case's first statement in the updated file.
        public var line: Int
        /// How many lines its expectation had and has.
        public var before: Int
        public var after: Int
    }

    /// The file's result after the update, and what was changed.
    public var result: ScriptResult
    public var changes: [Change]
    /// Why the file could not be written, if it could not.
    public var problem: TestFileProblem?

    /// Whether `--update` rewrites the case when it fails.
    static func isUpdatable(_ result: CaseResult) -> Bool {
        switch result.testCase.expectation {
        case .output: true
        case .none: result.testCase.showsOutput
        case .diagnostics: false
        }
    }

    /// The file's lines with the expectations of `results` that failed rewritten.
    static func rewritten(_ lines: [String], results: [CaseResult]) -> (lines: [String], changes: [Change]) {
        var lines = lines
        var changes = [Change]()
        // From the end, so that the lines of earlier cases keep their places.
        for result in results.reversed() where !result.passed && isUpdatable(result) {
            let block = result.actual.map(TestRunner.expectationLine)
            if let existing = result.testCase.expectation.lines {
                lines.replaceSubrange((existing.lowerBound - 1)..<existing.upperBound, with: block)
                changes.append(Change(line: result.testCase.firstLine, before: existing.count, after: block.count))
            } else {
                lines.insert(contentsOf: block, at: result.testCase.lastLine)
                changes.append(Change(line: result.testCase.firstLine, before: 0, after: block.count))
            }
        }
        // Each case's line in the rewritten file: moved by the blocks rewritten above it.
        var shift = 0
        let placed = changes.reversed().map { change in
            defer { shift += change.after - change.before }
            return Change(line: change.line + shift, before: change.before, after: change.after)
        }
        return (lines, placed)
    }
}

extension TestRunner {
    /// Runs a test file and rewrites the expectations of its failing cases in place. Diagnostics
    /// in expectations name lines of the file, which a rewrite moves: the file is run again
    /// until it settles (at most three times).
    public func update(file path: String) -> ExpectationUpdate {
        var result = run(file: path)
        var changes = [ExpectationUpdate.Change]()
        for round in 0..<3 {
            guard let script = result.script else { break }
            let (lines, made) = ExpectationUpdate.rewritten(script.lines, results: result.cases)
            if made.isEmpty { break }
            if round == 0 { changes = made }
            do {
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                let problem = TestFileProblem(path: path, message: "cannot write the updated file: \(error.localizedDescription)")
                return ExpectationUpdate(result: result, changes: [], problem: problem)
            }
            result = run(file: path)
        }
        return ExpectationUpdate(result: result, changes: changes, problem: nil)
    }
}
