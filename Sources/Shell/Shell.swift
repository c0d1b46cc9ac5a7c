import Foundation
import Glibc
import LineEditor
import ModelCache
import ModelExport
import QueryEngine
import QueryLanguage
import ResultRendering
import StatementModel
import StatementReader
import TerminalText

/// The `cq` shell: runs scripts and the interactive prompt over a query session, handles
/// meta-commands, writes results to standard output (or a file) and diagnostics to standard
/// error, and keeps the exit status of a script.
public final class Shell {
    /// The session queries run in.
    public let session: QuerySession
    /// How results are presented.
    public var settings: ShellSettings
    /// The worst problem so far, which a script exits with.
    public private(set) var status: ExitStatus = .success

    private let output = OutputChannel()
    private var history: HistoryFile?
    private var readDepth = 0
    /// Set by `.quit`, a closed output pipe or a terminating signal: no more input is read.
    private var stopped = false
    /// At the prompt nothing bails: an error never ends the session.
    private var interactive = false

    /// Whether a failing statement stops the script.
    private var bails: Bool { settings.bail && !interactive }
    private static let maximumReadDepth = 16

    /// What running a piece of input asks the caller to do next.
    enum Flow {
        case proceed
        /// `.quit`, a bail, a closed output pipe or a terminating signal.
        case stop
    }

    /// A shell over `session`.
    public init(session: QuerySession, settings: ShellSettings) {
        self.session = session
        self.settings = settings
    }

    // MARK: Scripts

    /// Runs a script (queries and meta-commands) and returns the exit status.
    public func runScript(_ text: String, name: String) -> ExitStatus {
        _ = run(TextLines(text), name: name)
        finishOutput()
        return status
    }

    /// Runs the script read from `descriptor` (standard input, a pipe) as its lines arrive,
    /// and returns the exit status.
    public func runScript(descriptor: Int32, name: String) -> ExitStatus {
        _ = run(DescriptorLineSource(descriptor: descriptor), name: name)
        finishOutput()
        return status
    }

    /// Runs the script in the file at `path` and returns the exit status; a file that cannot
    /// be opened is a usage error.
    public func runScript(file path: String) -> ExitStatus {
        switch ScriptFile.open(path) {
        case .success(let descriptor):
            defer { close(descriptor) }
            return runScript(descriptor: descriptor, name: path)
        case .failure(let problem):
            writeError("cq: cannot read the script \(VisibleText.escaped(path)): \(problem.reason)")
            raise(.usage)
            return status
        }
    }

    /// Runs a script's lines as they come. A meta-command line (one starting with `.` where a
    /// query could start) runs at once. Query text runs once it forms whole statements and
    /// either the input pauses or the next line does not continue it (a line starting with `|`
    /// continues a pipeline); the rest runs at the end of the input. Diagnostics name the
    /// script's own lines.
    private func run(_ lines: ScriptLineSource, name: String) -> Flow {
        var pending = PendingStatement(name: name)
        var number = 0
        while !stopped {
            switch lines.next() {
            case .line(let line):
                number += 1
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("."), pending.isEmpty || pending.isComplete(force: true) == true {
                    if flush(&pending) == .stop || meta(trimmed) == .stop { return .stop }
                    continue
                }
                if pending.isEmpty, trimmed.isEmpty { continue }
                let continuesPending = trimmed.isEmpty || trimmed.hasPrefix("|") || trimmed.hasPrefix("#")
                if !pending.isEmpty, !continuesPending, pending.isComplete() == true, flush(&pending) == .stop { return .stop }
                pending.append(line, number: number)
                if pending.byteCount > PendingStatement.maximumBytes {
                    let first = pending.firstLine
                    pending.clear()
                    if fail("\(name):\(first): a statement longer than \(PendingStatement.maximumBytes) bytes; skipped", .queryError) == .stop {
                        return .stop
                    }
                    continue
                }
                if !lines.hasPendingInput, pending.isComplete(force: true) == true, flush(&pending) == .stop { return .stop }
            case .tooLong:
                number += 1
                pending.clear()
                let limit = DescriptorLineSource.maximumLineBytes
                if fail("\(name):\(number): a line longer than \(limit) bytes; its statement is skipped", .queryError) == .stop {
                    return .stop
                }
            case .endOfInput:
                return flush(&pending)
            case .signal(let signal):
                return stopReading(name, signal: signal)
            case .failed(let reason):
                return fail("cannot read \(name): \(reason)", .runtimeError)
            }
        }
        return .stop
    }

    /// Runs the query text held, if any, and empties it.
    private func flush(_ pending: inout PendingStatement) -> Flow {
        defer { pending.clear() }
        return pending.isEmpty ? .proceed : execute(pending.source)
    }

    /// A signal arrived while a script waited for input: at the prompt Ctrl-C only abandons a
    /// `.read`; otherwise the script stops with the signal's status.
    private func stopReading(_ name: String, signal: Int32) -> Flow {
        if signal == SIGINT, interactive {
            writeError("\ncq: reading \(name) interrupted")
            return .proceed
        }
        stopped = true
        raise(signal == SIGINT ? .interrupted : .terminated)
        return .stop
    }

    // MARK: The prompt

    /// Runs the interactive prompt until `.quit`, Ctrl-D or a terminating signal.
    public func runInteractive(reader: LineReader, historyPath: String?) -> ExitStatus {
        if let historyPath {
            let file = HistoryFile(path: historyPath)
            for entry in file.entries { reader.addHistory(entry) }
            history = file
        }
        interactive = true
        let completion = CompletionEngine(session: session)
        var buffer = ""
        reader.completer = { before in completion.complete(buffer.isEmpty ? before : buffer + "\n" + before) }
        loop: while !stopped {
            switch reader.readLine(prompt: buffer.isEmpty ? "cq> " : "...> ") {
            case .line(let line):
                if buffer.isEmpty, line.trimmingCharacters(in: .whitespaces).hasPrefix(".") {
                    remember(line, in: reader)
                    _ = meta(line.trimmingCharacters(in: .whitespaces))
                    continue
                }
                buffer = buffer.isEmpty ? line : buffer + "\n" + line
                if buffer.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    buffer = ""
                    continue
                }
                let source = SourceText(name: "<stdin>", text: buffer)
                if Parser.isIncomplete(source) { continue }
                remember(buffer, in: reader)
                buffer = ""
                _ = execute(source)
            case .interrupted:
                buffer = ""
                writeError("")
            case .endOfInput:
                writeOutput("\n")
                break loop
            case .terminated:
                raise(.terminated)
                break loop
            }
        }
        finishOutput()
        return status == .terminated ? .terminated : .success
    }

    private func remember(_ entry: String, in reader: LineReader) {
        reader.addHistory(entry)
        if let warning = history?.add(entry) { writeError("cq: warning: \(warning)") }
    }

    // MARK: Queries

    /// Runs the queries of one piece of text, printing results and diagnostics.
    private func execute(_ source: SourceText) -> Flow {
        let cancellation = Cancellation(isRequested: { TerminalSetup.signalPending })
        var flow = Flow.proceed
        let start = ContinuousClock.now
        session.run(source, bail: bails, cancellation: cancellation) { result in
            guard flow == .proceed else { return }
            switch result {
            case .table(let table, let warnings):
                warnings.forEach { report($0, in: source) }
                flow = show(table)
                if settings.timer { writeOutputLine("Run time: \(Self.seconds(since: start)) s") }
            case .binding(let name, let rows, let warnings):
                warnings.forEach { report($0, in: source) }
                if readDepth == 0, output.isTerminal { writeOutputLine("\(name): \(rows) row\(rows == 1 ? "" : "s")") }
            case .failure(let diagnostic):
                if cancellation.isCancelled {
                    // Ctrl-C: the terminal has echoed ^C; say what happened on a line of its own.
                    writeError("\nquery cancelled")
                    raise(.runtimeError)
                } else {
                    report(diagnostic, in: source)
                }
                if bails { flow = .stop }
            }
        }
        switch TerminalSetup.takeSignal() {
        case SIGINT:
            if !TerminalSetup.isTerminal(STDIN_FILENO) {
                raise(.interrupted)
                stopped = true
                return .stop
            }
        case SIGTERM, SIGHUP:
            raise(.terminated)
            stopped = true
            return .stop
        default:
            break
        }
        return flow
    }

    private func report(_ diagnostic: Diagnostic, in source: SourceText) {
        writeError(DiagnosticRenderer.render(diagnostic, in: source))
        switch diagnostic.kind {
        case .warning: break
        case .runtime: raise(.runtimeError)
        case .syntax, .incomplete, .type: raise(.queryError)
        }
    }

    /// Writes a result in the current format; a closed pipe stops quietly.
    private func show(_ table: ResultTable) -> Flow {
        let width = output.isTerminal ? TerminalSetup.width(of: STDOUT_FILENO) : nil
        let options = RenderOptions(
            width: width, headers: settings.headers, color: settings.color && output.isTerminal, spreadsheetSafe: settings.spreadsheetSafe)
        let text = ResultRenderer.render(table, as: settings.format, options: options)
        let closeAfter = output.closesAfterNextResult
        do throws(OutputChannel.Failure) {
            try output.write(text)
            if closeAfter { try output.close() }
        } catch {
            switch error {
            case .closedPipe:
                stopped = true
                return .stop
            case .failed(let message):
                writeError("cq: \(message)")
                raise(.runtimeError)
                return bails ? .stop : .proceed
            }
        }
        return .proceed
    }

    // MARK: Meta-commands

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
            load(arguments)
        case "export":
            guard arguments.count == 2, let format = ExportFormat(rawValue: arguments[0]) else {
                return fail("usage: .export FORMAT PATH, FORMAT one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))", .queryError)
            }
            return export(as: format, to: arguments[1]) == .success || !bails ? .proceed : .stop
        case "statements":
            return execute(SourceText(name: ".statements", text: "statements | select id, date, title, parties"))
        case "schema":
            return schema(arguments.first)
        case "mode":
            guard let format = arguments.first.flatMap(OutputFormat.init(rawValue:)) else {
                return fail("usage: .mode FORMAT, one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))", .queryError)
            }
            settings.format = format
        case "headers", "timer", "csvsafe":
            guard let value = arguments.first, value == "on" || value == "off" else {
                return fail("usage: .\(name) on|off", .queryError)
            }
            switch name {
            case "headers": settings.headers = value == "on"
            case "timer": settings.timer = value == "on"
            default: settings.spreadsheetSafe = value == "on"
            }
        case "timeout":
            guard let value = arguments.first, let limit = TimeLimit.parse(value) else {
                return fail("usage: .timeout SECONDS|off (SECONDS a positive number)", .queryError)
            }
            session.limits.timeLimit = limit.seconds
        case "output", "once":
            return redirect(arguments.first, once: name == "once")
        case "read":
            guard let path = arguments.first else { return fail("usage: .read FILE", .queryError) }
            return read(path)
        case "param":
            return parameter(line, arguments)
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

    private func fail(_ message: String, _ severity: ExitStatus) -> Flow {
        writeError("cq: \(message)")
        raise(severity)
        return bails ? .stop : .proceed
    }

    /// Loads statements (through the model cache when the settings name one) and says how
    /// many; files that fail give warnings.
    @discardableResult
    public func load(_ paths: [String]) -> Int {
        let showsProgress = TerminalSetup.isTerminal(STDERR_FILENO)
        let progress: @Sendable (Int, Int) -> Void = { done, total in
            if total >= 100 { Shell.writeStandardError("\rloading \(done)/\(total) files…") }
        }
        let reportProgress = showsProgress ? progress : nil
        let isCancelled: @Sendable () -> Bool = { TerminalSetup.signalPending }
        let result = settings.cacheDirectory.map { directory in
            ModelCache(directory: directory).read(paths: paths, progress: reportProgress, isCancelled: isCancelled).result
        } ?? StatementReader().read(paths: paths, progress: reportProgress, isCancelled: isCancelled)
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
        for warning in result.warnings { writeError("cq: \(warning)") }
        var statements = result.corpus.statements
        let loaded = Set(session.corpus.statements.map { Self.absolute($0.path) })
        let before = statements.count
        statements.removeAll { loaded.contains(Self.absolute($0.path)) }
        if statements.count < before {
            writeError("cq: warning: \(before - statements.count) statement\(before - statements.count == 1 ? " was" : "s were") loaded already; not loaded again")
        }
        StatementReader.makeIdentifiersUnique(&statements, loadPaths: paths, reserved: Set(session.corpus.statements.map(\.id)))
        session.add(statements)
        if result.corpus.statements.isEmpty {
            raise(.runtimeError)
        }
        return statements.count
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Writes the loaded model in an export format; says what it wrote when output is a terminal.
    @discardableResult
    public func export(as format: ExportFormat, to path: String) -> ExitStatus {
        do throws(ExportError) {
            let summary = try ModelExporter.export(session, as: format, to: path, spreadsheetSafe: settings.spreadsheetSafe)
            if output.isTerminal { writeOutputLine("exported \(summary.description) to \(path)") }
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

    private func redirect(_ path: String?, once: Bool) -> Flow {
        do throws(OutputChannel.Failure) {
            guard let path, path != "stdout" else {
                try output.close()
                return .proceed
            }
            try output.redirect(to: path)
            output.closesAfterNextResult = once
        } catch {
            if case .failed(let message) = error { return fail(message, .runtimeError) }
        }
        return .proceed
    }

    private func read(_ path: String) -> Flow {
        guard readDepth < Self.maximumReadDepth else {
            return fail(".read of \(path) nests more than \(Self.maximumReadDepth) scripts deep (does a script read itself?)", .runtimeError)
        }
        switch ScriptFile.open(path) {
        case .success(let descriptor):
            defer { close(descriptor) }
            readDepth += 1
            defer { readDepth -= 1 }
            return run(DescriptorLineSource(descriptor: descriptor), name: path)
        case .failure(let problem):
            return fail("cannot read \(path): \(problem.reason)", .runtimeError)
        }
    }

    private func parameter(_ line: String, _ arguments: [String]) -> Flow {
        switch arguments.first {
        case "set" where arguments.count >= 3:
            let name = arguments[1].hasPrefix("$") ? String(arguments[1].dropFirst()) : arguments[1]
            // The value is the rest of the line, spaces included.
            let afterName = line.range(of: arguments[1]).map { line[$0.upperBound...] } ?? ""
            session.parameters[name] = ParameterValue.parse(afterName.trimmingCharacters(in: .whitespaces))
        case "list":
            for name in session.parameters.keys.sorted() {
                writeOutputLine("$\(name) = \(session.parameters[name]?.literalDescription ?? "null")")
            }
        case "unset" where arguments.count == 2:
            session.parameters[arguments[1]] = nil
        default:
            return fail("usage: .param set NAME VALUE | .param list | .param unset NAME", .queryError)
        }
        return .proceed
    }

    // MARK: Writing

    private func raise(_ severity: ExitStatus) {
        status = max(status, severity)
    }

    /// Binds `$name` to a value given as text (a number, date, true, false, null, or a string).
    public func setParameter(_ name: String, text: String) {
        session.parameters[name.hasPrefix("$") ? String(name.dropFirst()) : name] = ParameterValue.parse(text)
    }

    /// The history file of this user: `$XDG_STATE_HOME/cq/history` or `~/.local/state/cq/history`.
    public static func defaultHistoryPath() -> String {
        HistoryFile.defaultPath()
    }

    /// Records that statement paths were given and none loaded.
    public func noStatementsLoaded() {
        raise(.noStatements)
    }

    private func writeOutputLine(_ text: String) {
        writeOutput(text + "\n")
    }

    private func writeOutput(_ text: String) {
        do throws(OutputChannel.Failure) {
            try output.write(text)
        } catch {
            switch error {
            case .closedPipe:
                stopped = true
            case .failed(let message):
                writeError("cq: \(message)")
                raise(.runtimeError)
            }
        }
    }

    private func finishOutput() {
        do throws(OutputChannel.Failure) {
            try output.close()
        } catch {
            if case .failed(let message) = error {
                writeError("cq: \(message)")
                raise(.runtimeError)
            }
        }
    }

    private func writeError(_ text: String) {
        Self.writeStandardError(text + "\n")
    }

    /// Writes to standard error directly, ignoring failures (there is nowhere else to say so).
    static func writeStandardError(_ text: String) {
        FileDescriptor.writeAll(text, to: STDERR_FILENO)
    }

    private static func seconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return String(format: "%.3f", Double(milliseconds) / 1000)
    }
}
