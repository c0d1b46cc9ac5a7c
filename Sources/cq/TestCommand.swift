import ArgumentParser
import CQTesting
import Foundation
import QueryLanguage
import Shell

/// `cq test`: runs `.cq` test files (statements followed by their expected output) and says
/// what failed.
struct TestCommand: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "cq test",
        abstract: "Run .cq test files: statements, each followed by its expected output in #> lines.",
        discussion: """
            Each statement's output is compared with the #> lines after it; a difference is shown \
            as a unified diff with the file and line. #! error: TEXT expects an error holding TEXT; \
            a query ending in '| assert CONDITION, "message"' needs no expected output. A file names \
            the statements it runs over with #@ load PATH (relative to the file), else --load; \
            --param binds in every file where no #@ param line does. docs/testing.md has the format.

            Examples:
              cq test tests/
              cq test --update tests/one-china.cq
              cq test --format junit tests/ > report.xml

            Exit status: 0 all passed, 1 a test failed, 2 usage error, 3 a test file is \
            malformed, 4 an updated file cannot be written, 5 no statement could be loaded.
            """
    )

    @Argument(help: "Test files, or folders searched for .cq files.")
    var paths: [String] = []

    @Flag(help: "Rewrite the expected output of failing tests with what they print now.")
    var update = false

    @Option(help: "Report format: plain (failures and a summary line), tap or junit.")
    var format: ReportFormat = .plain

    @Option(name: .customLong("load"), help: "Statements for files without #@ load lines. Repeatable.")
    var loads: [String] = []

    @OptionGroup var parameters: ParameterOptions

    @OptionGroup var loading: LoadingOptions

    /// The report formats.
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case plain, tap, junit
    }

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the test files or folders to run") }
    }

    func execute() -> ExitStatus {
        var files = [String]()
        for path in paths {
            guard let found = Self.testFiles(at: path) else {
                Self.printError("cq test: no such file or folder '\(path)'")
                return .usage
            }
            files += found
        }
        guard !files.isEmpty else {
            Self.printError("cq test: no .cq files in \(paths.joined(separator: " "))")
            return .usage
        }
        let runner = TestRunner(defaultLoads: loads, parameters: parameters.values, cacheDirectory: loading.cacheDirectory) { warning in
            Self.printError("cq: \(warning)")
        }
        var results = [ScriptResult]()
        var status = ExitStatus.success
        for file in files {
            guard update else {
                results.append(runner.run(file: file))
                continue
            }
            let updated = runner.update(file: file)
            for change in updated.changes {
                let lines = { (count: Int) in count == 1 ? "1 line" : "\(count) lines" }
                let what = change.before == 0 ? "recorded \(lines(change.after))" : "\(lines(change.before)) replaced by \(change.after)"
                Self.printError("cq test: updated \(file):\(change.line): \(what)")
            }
            if let problem = updated.problem {
                Self.printError("cq test: \(problem)")
                status = max(status, .runtimeError)
            }
            results.append(updated.result)
        }
        let report = switch format {
        case .plain: TestSummary.report(results)
        case .tap: TAPReport.render(results)
        case .junit: JUnitReport.render(results)
        }
        FileHandle.standardOutput.write(Data(report.utf8))
        for result in results {
            if let problem = result.problem { status = max(status, problem.kind == .noStatements ? .noStatements : .queryError) }
            if result.failedCount > 0 { status = max(status, .testFailed) }
        }
        return status
    }

    /// A test file, or the `.cq` files under a folder in order; nil when there is nothing there.
    static func testFiles(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [path] }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        let found = FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
        return found.filter { $0.hasSuffix(".cq") }.sorted().map { base + "/" + $0 }
    }
}
