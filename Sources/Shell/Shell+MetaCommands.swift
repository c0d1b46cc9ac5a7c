import ColumnStore
import Foundation
import Glibc
import LineEditor
import ModelCache
import StatementModel
import ModelExport
import QueryEngine
import QueryLanguage
import ResultRendering
import SQLCompiler
import StatementReader
import TerminalText

/// The meta-commands (`.load`, `.mode`, `.output`, ...), as sqlite3 has them.
extension Shell {
    /// Runs one meta-command line.
    func meta(_ line: String) -> Flow {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return .proceed }
        let name = String(first.dropFirst())
        let arguments = Array(words.dropFirst())
        switch name {
        case "quit", "exit":
            stopped = true
            return .stop
        case "help":
            guard let text = HelpText.text(for: arguments.first) else {
                return fail("unknown help topic '\(arguments.first ?? "")'; topics: \(HelpText.topics.joined(separator: ", "))", .queryError)
            }
            writeOutputLine(text)
        case "load":
            guard !arguments.isEmpty else { return fail("usage: .load PATH...", .queryError) }
            return loadAndSay(arguments)
        case "export":
            guard arguments.count == 2, let format = ExportFormat(rawValue: arguments[0]) else {
                return fail("usage: .export FORMAT PATH, FORMAT one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))", .queryError)
            }
            return export(as: format, to: arguments[1]) == .success || !bails ? .proceed : .stop
        case "statements":
            return execute(SourceText(name: ".statements", text: Self.statementsQuery))
        case "schema":
            return schema(arguments.first)
        case "why":
            guard arguments.count == 1, let n = Int(arguments[0]) else { return fail("usage: .why N (a clause number of the last result)", .queryError) }
            guard let columns = session.previous?.columns, columns.contains(where: { $0.name == "statement" }),
                columns.contains(where: { $0.name == "n" })
            else {
                return fail(".why needs a last result of clauses (with statement and n columns); run a query over clauses first", .queryError)
            }
            return execute(SourceText(name: ".why", text: "_ | where n == \(n) | why"))
        case "sql":
            return sql(line)
        case "mode":
            return mode(arguments.first)
        case "headers", "timer", "csvsafe":
            return toggle(name, arguments.first)
        case "timeout":
            guard let value = arguments.first else {
                writeOutputLine(session.limits.timeLimit.map { "\($0) s" } ?? "off")
                return .proceed
            }
            guard let limit = TimeLimit.parse(value) else {
                return fail("usage: .timeout SECONDS|off (SECONDS a positive number)", .queryError)
            }
            session.limits.timeLimit = limit.seconds
        case "output", "once":
            guard arguments.count <= 2 else { return fail("usage: .\(name) [FORMAT] FILE", .queryError) }
            return redirect(arguments, once: name == "once")
        case "read":
            guard let path = arguments.first else { return fail("usage: .read FILE", .queryError) }
            return read(path)
        case "param":
            return parameter(line, words)
        case "save":
            guard arguments.count == 1 else { return fail("usage: .save NAME", .queryError) }
            return save(as: arguments[0])
        case "run":
            guard arguments.count <= 1 else { return fail("usage: .run [NAME]", .queryError) }
            return runSaved(arguments.first)
        case "history":
            for (index, entry) in (history?.entries ?? []).enumerated() {
                writeOutputLine("\(index + 1)  \(entry.replacingOccurrences(of: "\n", with: "\n   "))")
            }
        default:
            let note = Suggestions.closest(to: name, in: MetaCommand.names).map { "; did you mean '.\($0)'?" } ?? "; .help meta lists them"
            return fail("unknown command '.\(name)'\(note)", .queryError)
        }
        return .proceed
    }

    /// Says what went wrong, keeps the status, and stops a script that bails.
    func fail(_ message: String, _ severity: ExitStatus) -> Flow {
        writeError("cq: \(message)")
        raise(severity)
        return bails ? .stop : .proceed
    }

    /// Loads statements (through the model cache when the settings name one) and says how
    /// many; files that fail give warnings. With `shard`, only that shard's files are read
    /// (never cached), and a shard that holds no file is not an error.
    @discardableResult
    public func load(_ paths: [String], shard: Shard? = nil) -> Int {
        let showsProgress = TerminalSetup.isTerminal(STDERR_FILENO)
        let progress: @Sendable (Int, Int) -> Void = { done, total in
            if total >= 100 { Shell.writeStandardError("\rloading \(done)/\(total) files…") }
        }
        let reportProgress = showsProgress ? progress : nil
        let isCancelled: @Sendable () -> Bool = { TerminalSetup.signalPending }
        // Without a cache the store is built in memory the same way, each file's model handed
        // to it as the file is read.
        let cache = shard == nil ? settings.cacheDirectory.map { ModelCache(directory: $0) } : nil
        let load = cache.map { $0.read(paths: paths, progress: reportProgress, isCancelled: isCancelled) }
            ?? ModelCache.readWithoutCache(paths: paths, shard: shard, progress: reportProgress, isCancelled: isCancelled)
        let (warnings, store) = (load.warnings, load.store)
        if showsProgress { Shell.writeStandardError("\r\u{1B}[K") }
        switch TerminalSetup.takeSignal() {
        case SIGINT where TerminalSetup.isTerminal(STDIN_FILENO):
            // At a terminal Ctrl-C skips the files not read yet and the shell starts.
            writeError("cq: loading interrupted")
        case SIGINT:
            writeError("cq: loading interrupted")
            stopped = true
            raise(.interrupted)
        case SIGTERM, SIGHUP:
            // Nothing more runs: the command line, a script and the prompt all stop.
            stopped = true
            raise(.terminated)
        default:
            break
        }
        for warning in warnings { writeError("cq: \(warning)") }
        let found = store.rowCount("statements")
        if found == 0, shard == nil || load.readFiles > 0 || !warnings.isEmpty { raise(.runtimeError) }
        if session.rowCount(of: "statements") == 0 || session.storeDamage != nil {
            // The first load: the store is the session's statements as it is, nothing built.
            // Statements whose store was found damaged cannot be added to: the load replaces them.
            if session.storeDamage != nil { writeError("cq: the statements loaded before were damaged; this load replaces them") }
            session.replaceStatements(with: store)
            return found
        }
        var statements: [Statement]
        do throws(StoreDamage) {
            statements = try store.allStatements()
        } catch {
            writeError("cq: the model cache is damaged (section \(error.section): \(error.reason)); no statements were loaded")
            return 0
        }
        let loaded = Set(session.statementPaths.map(Self.absolute))
        let before = statements.count
        statements.removeAll { loaded.contains(Self.absolute($0.path)) }
        if statements.count < before {
            writeError("cq: warning: \(before - statements.count) statement\(before - statements.count == 1 ? " was" : "s were") loaded already; not loaded again")
        }
        StatementReader.makeIdentifiersUnique(&statements, loadPaths: paths, reserved: Set(session.corpus.statements.map(\.id)))
        session.add(statements)
        return statements.count
    }

    /// `.load`: loads and says what was added (on the output at a terminal, else on standard error).
    private func loadAndSay(_ paths: [String]) -> Flow {
        let clausesBefore = session.rowCount(of: "clauses") ?? 0
        let added = load(paths)
        let clauses = (session.rowCount(of: "clauses") ?? 0) - clausesBefore
        let what = added == 0 ? "no new statements" : "\(added) statement\(added == 1 ? "" : "s") (\(clauses) clause\(clauses == 1 ? "" : "s"))"
        let message = "loaded \(what) from \(paths.map { VisibleText.escaped($0) }.joined(separator: " "))"
        if output.isTerminal { writeOutputLine(message) } else { writeError("cq: \(message)") }
        return stopped ? .stop : .proceed
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Writes the loaded model in an export format; says what it wrote when output is a terminal.
    @discardableResult
    public func export(as format: ExportFormat, to path: String) -> ExitStatus {
        exporting(to: path) { () throws(ExportError) in
            try ModelExporter.export(session, as: format, to: path, spreadsheetSafe: settings.spreadsheetSafe)
        }
    }

    /// Writes what is loaded as shard `shard`'s partition of a `jsonl` or `csv` export (`cq
    /// export --shard`): `directory/TABLE/part-K-of-N.jsonl`, beside the other shards' partitions.
    public func exportPartition(as format: ExportFormat, into directory: String, shard: Shard) -> ExitStatus {
        exporting(to: "\(directory)/*/\(shard.partName).\(format.rawValue)") { () throws(ExportError) in
            try ModelExporter.exportPartition(
                session, as: format, into: directory, part: shard.partName, sharedTables: shard.number == 1, spreadsheetSafe: settings.spreadsheetSafe)
        }
    }

    /// Runs an export, says what it wrote to `target` at a terminal, or reports its failure.
    private func exporting(to target: String, _ write: () throws(ExportError) -> ExportSummary) -> ExitStatus {
        do throws(ExportError) {
            let summary = try write()
            if output.isTerminal { writeOutputLine("exported \(summary.description) to \(target)") }
            return .success
        } catch {
            writeError("cq: export failed: \(error)")
            raise(.runtimeError)
            return .runtimeError
        }
    }

    private func schema(_ source: String?) -> Flow {
        let names = source.map { [$0] } ?? (Schema.sourceNames + session.bindings.keys.sorted())
        var rows = [[Value]]()
        for name in names {
            guard let columns = session.columns(of: name) else {
                let note = Suggestions.closest(to: name, in: Schema.sourceNames + session.bindings.keys).map { "; did you mean '\($0)'?" } ?? ""
                return fail("unknown source '\(name)'\(note)", .queryError)
            }
            rows += columns.map { [.string(name), .string($0.name), .string($0.type.description)] }
        }
        let table = ResultTable(columns: [Column("source", .string), Column("column", .string), Column("type", .string)], rows: rows)
        return show(table)
    }

    /// `.output [FORMAT] FILE` and `.once [FORMAT] FILE`: results go to FILE in FORMAT, or in the
    /// format FILE's extension names (`.csv`, `.json`, ...), or in the current mode; `.output`
    /// alone (or `stdout`) goes back to standard output.
    private func redirect(_ arguments: [String], once: Bool) -> Flow {
        var format: OutputFormat?
        if arguments.count == 2 {
            guard let named = OutputFormat(rawValue: arguments[0]) else { return unknownFormat(arguments[0]) }
            format = named
        }
        do throws(OutputChannel.Failure) {
            guard let path = arguments.last, path != "stdout" else {
                try closeOutput()
                return .proceed
            }
            try closeOutput()
            try output.redirect(to: path)
            output.closesAfterNextResult = once
            redirectedFormat = format ?? OutputFormat.named(byExtensionOf: path)
        } catch {
            if case .failed(let message) = error { return fail(message, .runtimeError) }
        }
        return .proceed
    }

    /// `.mode` alone prints the current format; `.mode FORMAT` sets it (for a file output too).
    private func mode(_ argument: String?) -> Flow {
        guard let argument else {
            writeOutputLine((redirectedFormat ?? settings.format).rawValue)
            return .proceed
        }
        guard let format = OutputFormat(rawValue: argument) else { return unknownFormat(argument) }
        settings.format = format
        redirectedFormat = nil
        return .proceed
    }

    private func unknownFormat(_ name: String) -> Flow {
        let formats = OutputFormat.allCases.map(\.rawValue)
        let note = Suggestions.closest(to: name, in: formats).map { "did you mean '\($0)'? " } ?? ""
        return fail("unknown format '\(VisibleText.escaped(name))'; \(note)formats: \(formats.joined(separator: ", "))", .queryError)
    }

    /// `.headers`, `.timer` and `.csvsafe`: alone they print the current setting.
    private func toggle(_ name: String, _ argument: String?) -> Flow {
        let current: Bool
        switch name {
        case "headers": current = settings.headers
        case "timer": current = settings.timer
        default: current = settings.spreadsheetSafe
        }
        guard let argument else {
            writeOutputLine(current ? "on" : "off")
            return .proceed
        }
        guard argument == "on" || argument == "off" else {
            let note = Suggestions.closest(to: argument, in: ["on", "off"]).map { "; did you mean '\($0)'?" } ?? ""
            return fail("usage: .\(name) on|off\(note)", .queryError)
        }
        let value = argument == "on"
        switch name {
        case "headers": settings.headers = value
        case "timer": settings.timer = value
        default: settings.spreadsheetSafe = value
        }
        return .proceed
    }

    private func read(_ path: String) -> Flow {
        guard readDepth < Self.maximumReadDepth else {
            return fail(".read of \(path) nests more than \(Self.maximumReadDepth) scripts deep (does a script read itself?)", .runtimeError)
        }
        switch ScriptFile.open(path) {
        case .success(let file):
            defer { close(file.descriptor) }
            readDepth += 1
            defer { readDepth -= 1 }
            return run(file, name: path)
        case .failure(let problem):
            return fail("cannot read \(path): \(problem.reason)", .runtimeError)
        }
    }

    /// `.sql [DIALECT] QUERY`: the SQL of a query over the export's tables, checked in this
    /// session (its parameters are written in as literals).
    private func sql(_ line: String) -> Flow {
        var rest = Substring(line.dropFirst(".sql".count)).drop { $0 == " " }
        var dialect = SQLDialect.sqlite
        if let word = rest.split(separator: " ", maxSplits: 1).first, let named = SQLDialect(rawValue: String(word)) {
            dialect = named
            rest = rest.dropFirst(word.count).drop { $0 == " " }
        }
        guard !rest.isEmpty else { return fail("usage: .sql [sqlite|duckdb|postgres|spark] QUERY", .queryError) }
        let source = SourceText(name: ".sql", text: String(rest))
        do throws(Diagnostic) {
            writeOutputLine(try SQLCompiler(dialect: dialect, parameters: session.parameters).compile(source, environment: session.environment) + ";")
        } catch {
            report(error, in: source)
            return bails ? .stop : .proceed
        }
        return .proceed
    }

    /// `.save NAME`: the last query, kept for `.run NAME` in later sessions.
    private func save(as name: String) -> Flow {
        if let problem = SavedQueries.problem(with: name) { return fail(problem, .queryError) }
        guard let text = lastQueryText else { return fail(".save keeps the last query, and none has run yet", .queryError) }
        do {
            let replaced = try savedQueries.save(text, as: name)
            let message = "saved '\(name)'\(replaced ? " (replacing the one before)" : "") in \(savedQueries.path(of: name))"
            if output.isTerminal { writeOutputLine(message) } else { writeError("cq: \(message)") }
            return .proceed
        } catch {
            return fail("cannot save '\(name)': \(error.localizedDescription)", .runtimeError)
        }
    }

    /// `.run NAME` runs a saved query as `.read` runs a script; `.run` lists them.
    private func runSaved(_ name: String?) -> Flow {
        let names = savedQueries.names
        guard let name else {
            if names.isEmpty { writeOutputLine("no saved queries yet (.save NAME keeps the last query)") }
            for saved in names { writeOutputLine(saved) }
            return .proceed
        }
        if let problem = SavedQueries.problem(with: name) { return fail(problem, .queryError) }
        guard names.contains(name) else {
            let note = Suggestions.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? (names.isEmpty ? "; none is saved yet" : "; .run lists them")
            return fail("no saved query '\(name)'\(note)", .queryError)
        }
        return read(savedQueries.path(of: name))
    }

    private func parameter(_ line: String, _ words: [String]) -> Flow {
        switch ParameterCommand(line: line, words: words) {
        case .set(let name, let value):
            session.parameters[name] = value
        case .unset(let name):
            session.parameters[name] = nil
        case .list:
            for name in session.parameters.keys.sorted() {
                writeOutputLine("$\(name) = \(session.parameters[name]?.literalDescription ?? "null")")
            }
        case nil:
            return fail("usage: .param set NAME VALUE | .param list | .param unset NAME", .queryError)
        }
        return .proceed
    }

    /// The query `.statements` runs.
    static let statementsQuery = "statements | select id, date, title, parties"

}
