import Foundation
import ResultRendering

/// The JUnit XML report of a run, as CI dashboards read it: a `testsuite` per file, a
/// `testcase` per case with a `failure` holding the reason and details, an `error` for a file
/// that could not run.
public enum JUnitReport {
    /// The report of `results`.
    public static func render(_ results: [ScriptResult]) -> String {
        let summary = TestSummary(results)
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="cq test" tests="\#(summary.passed + summary.failed + summary.errors)" failures="\#(summary.failed)" errors="\#(summary.errors)">"#,
        ]
        for result in results {
            let name = attribute(result.script?.name ?? URL(fileURLWithPath: result.path).lastPathComponent)
            let errors = result.problem == nil ? 0 : 1
            lines.append(#"  <testsuite name="\#(name)" file="\#(attribute(result.path))" tests="\#(result.cases.count + errors)" failures="\#(result.failedCount)" errors="\#(errors)">"#)
            if let problem = result.problem {
                lines.append(#"    <testcase name="\#(name)" classname="\#(name)">"#)
                lines.append(#"      <error message="\#(attribute(problem.description))"/>"#)
                lines.append("    </testcase>")
            }
            for testCase in result.cases {
                let title = attribute("line \(testCase.testCase.firstLine): \(testCase.testCase.title)")
                let opening = #"    <testcase name="\#(title)" classname="\#(name)" file="\#(attribute(result.path))" line="\#(testCase.testCase.firstLine)""#
                switch testCase.outcome {
                case .passed:
                    lines.append(opening + "/>")
                case .failed(let reason, let details):
                    lines.append(opening + ">")
                    lines.append(#"      <failure message="\#(attribute(reason))">\#(text(details.joined(separator: "\n")))</failure>"#)
                    lines.append("    </testcase>")
                }
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text escaped for an attribute value: line breaks kept as character references.
    private static func attribute(_ value: String) -> String {
        XMLText.escaped(value).replacingOccurrences(of: "\n", with: "&#10;")
    }

    /// Text escaped for element content.
    private static func text(_ value: String) -> String {
        XMLText.escaped(value)
    }
}
