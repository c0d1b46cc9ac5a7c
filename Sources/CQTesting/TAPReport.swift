import Foundation
import ResultRendering

/// The Test Anything Protocol (version 14) report of a run: one test point per case and per
/// file that could not run, a failure's reason and details in a YAML block.
public enum TAPReport {
    /// The report of `results`.
    public static func render(_ results: [ScriptResult]) -> String {
        var lines = [String]()
        var count = 0
        func point(_ passed: Bool, _ name: String) {
            count += 1
            lines.append("\(passed ? "ok" : "not ok") \(count) - \(escaped(name))")
        }
        for result in results {
            if let problem = result.problem {
                point(false, result.path)
                lines += block(reason: problem.description, details: [])
            }
            for testCase in result.cases {
                point(testCase.passed, "\(testCase.testCase.source.name):\(testCase.testCase.firstLine): \(testCase.testCase.title)")
                if case .failed(let reason, let details) = testCase.outcome {
                    lines += block(reason: reason, details: details)
                }
            }
        }
        return (["TAP version 14", "1..\(count)"] + lines).joined(separator: "\n") + "\n"
    }

    /// A YAML diagnostic block: `message` and the details as a literal block.
    private static func block(reason: String, details: [String]) -> [String] {
        // A JSON string is a YAML double-quoted scalar: escaped so that a message never breaks its line.
        var lines = ["  ---", "  message: \(ResultRenderer.json(.string(reason)))"]
        if !details.isEmpty {
            lines.append("  details: |")
            lines += details.map { "    " + $0 }
        }
        lines.append("  ...")
        return lines
    }

    /// `#` starts a directive in a TAP description; `\` escapes it.
    private static func escaped(_ name: String) -> String {
        name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "#", with: "\\#")
    }
}
