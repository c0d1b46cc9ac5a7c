import Foundation
import LineEditor
import ModelExport
import QueryEngine
import QueryLanguage
import ResultRendering
import TerminalText

/// Tab completion by context: sources and `let` names where a query starts, operators after
/// `|`, columns, functions and keywords inside expressions, the corpus's own values inside a
/// string compared with a column (`actor == "Pa` gives "Pakistan") or after `diff` (statement
/// ids), chart styles after `chart`, join kinds after `join kind=`, meta-commands after `.`,
/// formats after `.mode`, file names after `.load`, `.read` and `.output`, saved queries after
/// `.run` and `.save`.
public struct CompletionEngine {
    let session: QuerySession

    /// Completions from `session`'s sources, bindings and values.
    public init(session: QuerySession) {
        self.session = session
    }

    private static let keywords = ["and", "or", "not", "in", "has", "contains", "startswith", "matches", "by", "as", "asc", "desc", "true", "false", "null"]

    /// Completions for `text`, everything typed before the cursor (earlier lines of a
    /// multi-line query included). Control characters in candidates (a value read from a
    /// model, a file name) are shown as `\xHH`: the line editor lists them on the terminal.
    public func complete(_ text: String) -> CompletionResult {
        let found = completions(text)
        return CompletionResult(replacing: found.replacing, candidates: found.candidates.map { VisibleText.escaped($0) })
    }

    /// The completions for `text`, as they are.
    private func completions(_ text: String) -> CompletionResult {
        let currentLine = text.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? text
        if currentLine.hasPrefix("."), !text.contains("\n") {
            return metaCommand(currentLine)
        }
        if let open = openString(in: text) {
            return values(for: open.column, typed: open.typed)
        }
        let word = String(text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }.reversed())
        let before = String(text.dropLast(word.count))
        let tokens = Lexer.tokens(of: SourceText(name: "", text: before)).filter { $0.kind != .end && $0.kind != .newline }
        let candidates: [String]
        if tokens.isEmpty || tokens.last?.isSymbol(";") == true {
            candidates = Schema.sourceNames + session.bindings.keys.sorted() + ["diff", "let"]
        } else if tokens.last?.isSymbol("|") == true {
            candidates = Parser.operatorNames
        } else if tokens.last?.isWord("sort") == true || Self.followsTopCount(tokens) {
            candidates = ["by"]
        } else if tokens.last?.isWord("chart") == true {
            candidates = ChartStyle.allCases.map(\.rawValue) + ["timeline"]
        } else if tokens.count >= 3, tokens[tokens.count - 1].isSymbol("="), tokens[tokens.count - 2].isWord("kind"), tokens[tokens.count - 3].isWord("join") {
            candidates = JoinKind.allCases.filter { $0 != .lookup }.map(\.rawValue)
        } else {
            candidates = columns(tokens) + FunctionCatalog.functions.map { $0.name + "(" }
                + FunctionCatalog.aggregates.map { $0.name + "(" } + Self.keywords
        }
        return CompletionResult(replacing: word.count, candidates: Self.matching(word, in: candidates))
    }

    /// Whether the tokens end with `top N`, which `by` follows.
    private static func followsTopCount(_ tokens: [QueryToken]) -> Bool {
        guard tokens.count >= 2, tokens[tokens.count - 2].isWord("top"), case .integer = tokens[tokens.count - 1].kind else { return false }
        return true
    }

    /// The columns of the pipeline's source, and of the statement for sources with one.
    private func columns(_ tokens: [QueryToken]) -> [String] {
        let start = tokens.lastIndex { $0.isSymbol(";") }.map { $0 + 1 } ?? 0
        var index = start
        if tokens.indices.contains(index), tokens[index].isWord("let") { index += 3 }
        guard tokens.indices.contains(index), let source = tokens[index].identifier, let columns = session.columns(of: source) else {
            return []
        }
        var names = columns.map(\.name)
        if names.contains("statement") { names += Schema.statementColumns.map { "statement." + $0.name } }
        return names
    }

    /// An unterminated string at the end of `text` and the column it is compared with.
    private func openString(in text: String) -> (column: String, typed: String)? {
        let tokens = Lexer.tokens(of: SourceText(name: "", text: text))
        guard let last = tokens.last(where: { $0.kind != .end }), case .invalid(let problem) = last.kind,
            problem.kind == .incomplete, problem.message == "unterminated string"
        else { return nil }
        let quoteStart = last.range.lowerBound
        let typed = String(decoding: Array(text.utf8)[(quoteStart + 1)...], as: UTF8.self)
        let before = tokens.prefix { $0.range.lowerBound < quoteStart }.filter { !$0.isSymbol("[") && !$0.isSymbol(",") }
        var index = before.count - 1
        // Skip the operator (and the other values of a list) back to the column.
        while index >= 0, before[index].identifier == nil || ["in", "has", "contains", "startswith"].contains(before[index].identifier ?? "") {
            index -= 1
        }
        guard index >= 0, let column = before[index].identifier else { return nil }
        // The quoted arguments of `diff "A" "B"` are statement ids.
        return (column == "diff" ? "id" : column, typed)
    }

    private func values(for column: String, typed: String) -> CompletionResult {
        let known = session.values.values(of: column) ?? []
        let lower = typed.lowercased()
        let matches = known.filter { $0.lowercased().hasPrefix(lower) }.prefix(200)
        return CompletionResult(replacing: typed.count, candidates: matches.map { $0 + "\"" })
    }

    private func metaCommand(_ line: String) -> CompletionResult {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        if parts.count <= 1 {
            return CompletionResult(replacing: line.count, candidates: Self.matching(line, in: MetaCommand.names.map { "." + $0 }))
        }
        let argument = String(parts.last ?? "")
        switch parts[0] {
        case ".mode":
            return CompletionResult(replacing: argument.count, candidates: Self.matching(argument, in: OutputFormat.allCases.map(\.rawValue)))
        case ".headers", ".timer":
            return CompletionResult(replacing: argument.count, candidates: Self.matching(argument, in: ["on", "off"]))
        case ".schema":
            return CompletionResult(replacing: argument.count, candidates: Self.matching(argument, in: Schema.sourceNames + session.bindings.keys.sorted()))
        case ".run", ".save":
            return CompletionResult(replacing: argument.count,
                candidates: Self.matching(argument, in: SavedQueries(directory: SavedQueries.defaultDirectory()).names))
        case ".help":
            return CompletionResult(replacing: argument.count, candidates: Self.matching(argument, in: HelpText.topics))
        case ".export" where parts.count == 2:
            return CompletionResult(replacing: argument.count, candidates: Self.matching(argument, in: ExportFormat.allCases.map(\.rawValue)))
        case ".load", ".read", ".output", ".once", ".export":
            return CompletionResult(replacing: argument.count, candidates: Self.files(matching: argument))
        default:
            return CompletionResult(replacing: 0, candidates: [])
        }
    }

    /// Paths that start with `prefix`; directories end with `/`.
    static func files(matching prefix: String) -> [String] {
        let directory = prefix.contains("/") ? String(prefix[...(prefix.lastIndex(of: "/") ?? prefix.startIndex)]) : ""
        let namePrefix = String(prefix.dropFirst(directory.count))
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory + name, isDirectory: &isDirectory)
            return directory + name + (exists && isDirectory.boolValue ? "/" : "")
        }
    }

    private static func matching(_ prefix: String, in candidates: [String]) -> [String] {
        var seen = Set<String>()
        return candidates.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }.sorted()
    }
}
