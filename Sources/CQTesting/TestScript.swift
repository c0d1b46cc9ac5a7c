import Foundation
import QueryLanguage
import ResultRendering

/// A test file of `cq test`: cq statements, each followed by what it should give in `#>`
/// lines (or `#! error: TEXT`), and `#@` lines before the first statement that say what it
/// runs over (`#@ load PATH...`, `#@ param NAME = VALUE`, `#@ format FORMAT`).
public struct TestScript: Sendable {
    /// The file as given.
    public var path: String
    /// The file's name, which diagnostics in its expectations show.
    public var name: String
    /// The file's lines, without line ends.
    public var lines: [String]
    /// The paths of `#@ load` lines, relative to the current directory.
    public var loads: [String]
    /// The values of `#@ param` lines.
    public var parameters: [String: Value]
    /// The format of `#@ format`; results are otherwise tables 100 columns wide.
    public var format: OutputFormat
    public var cases: [TestCase]

    /// Reads and parses a test file.
    public static func read(path: String) throws(TestFileProblem) -> TestScript {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw TestFileProblem(path: path, message: exists ? "cannot read the file" : "no such file")
        }
        let bytes = [UInt8](data)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = Self.firstInvalidByte(in: bytes)
            let line = bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
            throw TestFileProblem(path: path, line: line,
                message: "the file is not UTF-8 text (byte \(offset) is 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)))")
        }
        return try parse(text, path: path)
    }

    /// Parses the text of a test file found at `path` (which names it and anchors its loads).
    public static func parse(_ text: String, path: String) throws(TestFileProblem) -> TestScript {
        let name = URL(fileURLWithPath: path).lastPathComponent
        // Split at the line feed byte: a Character "\r\n" is not "\n", so splitting the String would
        // keep a CRLF file one line.
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        if lines.last == "" { lines.removeLast() }
        var script = TestScript(path: path, name: name, lines: lines, loads: [], parameters: [:], format: .table, cases: [])
        var marks = [LineMark]()
        var seenStatement = false
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.hasPrefix("#>") {
                marks.append(.output(line.hasPrefix("#> ") ? String(line.dropFirst(3)) : String(line.dropFirst(2))))
            } else if line.hasPrefix("#!"), !(index == 0 && line.hasPrefix("#!/")) {
                marks.append(.diagnostic(try Self.expectedDiagnostic(line, line: number, in: path)))
            } else if line.hasPrefix("#@") {
                guard !seenStatement else {
                    throw TestFileProblem(path: path, line: number, message: "a '#@' line must come before the first statement")
                }
                try script.apply(directive: line, line: number)
                marks.append(.other(holdsStatement: false))
            } else {
                let holds = TestCase.holdsStatement(line)
                seenStatement = seenStatement || holds
                marks.append(.other(holdsStatement: holds))
            }
        }
        script.cases = try Self.cases(marks: marks, in: SourceText(name: name, text: lines.joined(separator: "\n")), lines: lines, path: path)
        return script
    }

    /// What a line of a test file is.
    private enum LineMark {
        case output(String)
        case diagnostic(ExpectedDiagnostic)
        case other(holdsStatement: Bool)
    }

    /// The cases of a file. The whole file is parsed as `cq -f` parses it (expectations are
    /// comments); each statement is a case (statements that start on one line share one), and
    /// the block of `#>` or `#!` lines after its last line, before the next statement, is its
    /// expectation.
    private static func cases(marks: [LineMark], in source: SourceText, lines: [String], path: String) throws(TestFileProblem) -> [TestCase] {
        var grouped = [(line: Int, statements: [Result<ScriptStatement, Diagnostic>])]()
        for (start, statement) in Parser.locatedStatements(source) {
            let line = source.location(of: start).line
            if grouped.last?.line == line { grouped[grouped.count - 1].statements.append(statement) } else { grouped.append((line, [statement])) }
        }
        let isExpectation = { (index: Int) -> Bool in
            if case .other = marks[index] { false } else { true }
        }
        if let stray = marks.indices.first(where: isExpectation), stray + 1 < (grouped.first?.line ?? Int.max) {
            throw TestFileProblem(path: path, line: stray + 1, message: "an expectation with no statement before it")
        }
        var cases = [TestCase]()
        for (position, group) in grouped.enumerated() {
            let end = min(marks.count, position + 1 < grouped.count ? grouped[position + 1].line - 1 : marks.count)
            let span = min(group.line - 1, end)..<end
            var lastLine = group.line
            var output = [String]()
            var diagnostics = [ExpectedDiagnostic]()
            var block: ClosedRange<Int>?
            for index in span {
                let number = index + 1
                switch marks[index] {
                case .other(let holds):
                    guard holds else { continue }
                    if let block {
                        throw TestFileProblem(path: path, line: block.lowerBound,
                            message: "an expectation in the middle of a statement: it goes after the statement's last line (\(number))")
                    }
                    lastLine = number
                case .output, .diagnostic:
                    if let block, block.upperBound != index {
                        throw TestFileProblem(path: path, line: number, message: "a second expectation for the statement at line \(group.line)")
                    }
                    if case .output(let text) = marks[index], diagnostics.isEmpty {
                        output.append(text)
                    } else if case .diagnostic(let expected) = marks[index], output.isEmpty {
                        diagnostics.append(expected)
                    } else {
                        throw TestFileProblem(path: path, line: number, message: "a block of '#>' lines and '#!' lines: give one or the other")
                    }
                    block = (block?.lowerBound ?? number)...number
                }
            }
            let expectation: TestExpectation =
                if let block { diagnostics.isEmpty ? .output(output, lines: block) : .diagnostics(diagnostics, lines: block) } else { .none }
            cases.append(TestCase(source: source, statements: group.statements, firstLine: group.line, lastLine: lastLine,
                expectation: expectation, title: TestCase.title(of: lines[group.line - 1])))
        }
        return cases
    }

    /// Reads a `#@` line.
    private mutating func apply(directive line: String, line number: Int) throws(TestFileProblem) {
        let words = line.dropFirst(2).split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        switch words.first ?? "" {
        case "load":
            let paths = try Self.paths(in: argument, line: number, file: path)
            guard !paths.isEmpty else { throw TestFileProblem(path: path, line: number, message: "'#@ load' needs the statement files or folders to load") }
            for loaded in paths {
                let resolved = loaded.hasPrefix("/") ? loaded : directory + "/" + loaded
                guard FileManager.default.fileExists(atPath: resolved) else {
                    throw TestFileProblem(path: path, line: number, message: "'#@ load': no such file or folder '\(loaded)' (looked for \(resolved))")
                }
                loads.append(resolved)
            }
        case "param":
            let parts = argument.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let first = parts[0].unicodeScalars.first,
                first == "_" || first.properties.isAlphabetic, parts[0].allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber })
            else {
                throw TestFileProblem(path: path, line: number, message: "'#@ param' takes NAME = VALUE, such as: #@ param actor = \"China\"")
            }
            parameters[parts[0]] = ParameterValue.parse(parts[1])
        case "format":
            guard let chosen = OutputFormat(rawValue: argument) else {
                throw TestFileProblem(path: path, line: number,
                    message: "'#@ format' takes one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(argument)'")
            }
            format = chosen
        default:
            throw TestFileProblem(path: path, line: number, message: "unknown directive '\(line)': the '#@' lines are load, param and format")
        }
    }

    /// The paths of a `#@ load` line: words, or double-quoted for a path with spaces.
    private static func paths(in text: String, line: Int, file: String) throws(TestFileProblem) -> [String] {
        var paths = [String]()
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 != " " && $0 != "\t" }) {
            rest = rest[start...]
            if rest.first == "\"" {
                guard let end = rest.dropFirst().firstIndex(of: "\"") else {
                    throw TestFileProblem(path: file, line: line, message: "'#@ load': a quoted path has no closing '\"'")
                }
                paths.append(String(rest[rest.index(after: rest.startIndex)..<end]))
                rest = rest[rest.index(after: end)...]
            } else {
                let end = rest.firstIndex { $0 == " " || $0 == "\t" } ?? rest.endIndex
                paths.append(String(rest[..<end]))
                rest = rest[end...]
            }
        }
        return paths
    }

    /// Reads a `#! error: TEXT` or `#! warning: TEXT` line.
    private static func expectedDiagnostic(_ line: String, line number: Int, in path: String) throws(TestFileProblem) -> ExpectedDiagnostic {
        let body = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        for severity in [ExpectedDiagnostic.Severity.error, .warning] where body.hasPrefix(severity.rawValue + ":") {
            let text = body.dropFirst(severity.rawValue.count + 1).trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { break }
            return ExpectedDiagnostic(severity: severity, text: text, line: number)
        }
        throw TestFileProblem(path: path, line: number, message: "a '#!' line takes 'error: TEXT' or 'warning: TEXT' (TEXT is part of the message expected)")
    }

    /// The offset of the first byte that does not decode as UTF-8.
    private static func firstInvalidByte(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}
