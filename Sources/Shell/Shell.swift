import Foundation
import Glibc
import LineEditor
import QueryEngine
import QueryLanguage
import ResultRendering
import TerminalText

/// The `cq` shell: runs scripts and the interactive prompt over a query session, handles
/// meta-commands, writes results to standard output (or a file) and diagnostics to standard
/// error, and keeps the exit status of a script.
///
/// Scripts are in `Shell+Scripts.swift`, the prompt in `Shell+Prompt.swift`, meta-commands in
/// `Shell+MetaCommands.swift`; this file runs queries and writes what they give.
public final class Shell {
    /// The session queries run in.
    public let session: QuerySession
    /// How results are presented.
    public var settings: ShellSettings
    /// The worst problem so far, which a script exits with.
    public internal(set) var status: ExitStatus = .success

    let output = OutputChannel()
    var history: HistoryFile?
    var readDepth = 0
    /// Set by `.quit`, a closed output pipe or a terminating signal: no more input is read.
    var stopped = false
    /// At the prompt nothing bails: an error never ends the session.
    var interactive = false
    /// The format `.output FILE` / `.once FILE` took from the file's extension, while it lasts.
    var redirectedFormat: OutputFormat?
    /// The text of the last query run from the prompt or a script, which `.save` keeps.
    var lastQueryText: String?
    /// Where `.save` and `.run` keep queries.
    var savedQueries = SavedQueries(directory: SavedQueries.defaultDirectory())
    /// Whether the "no statements are loaded" warning was given.
    private var warnedNoStatements = false

    /// The names of the queries meta-commands run themselves.
    static let metaCommandQueries: Set<String> = [".why", ".statements"]

    /// Whether a failing statement stops the script.
    var bails: Bool { settings.bail && !interactive }
    static let maximumReadDepth = 16

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

    // MARK: Queries

    /// Runs the queries of one piece of text, printing results and diagnostics; with `.timer
    /// on`, each result is followed by its own run time (from the end of the previous
    /// statement's output to the end of its own, so parsing, checking, running and writing).
    func execute(_ source: SourceText) -> Flow {
        warnIfNothingIsLoaded()
        // Meta-commands run queries of their own (`.why`, `.statements`): those are not the user's.
        if !Self.metaCommandQueries.contains(source.name) { lastQueryText = source.text }
        let cancellation = Cancellation(isRequested: { TerminalSetup.signalPending })
        var flow = Flow.proceed
        var start = ContinuousClock.now
        session.run(source, bail: bails, cancellation: cancellation) { result in
            guard flow == .proceed else { return }
            switch result {
            case .table(let table, let warnings):
                warnings.forEach { report($0, in: source) }
                flow = show(table)
                if settings.timer { writeOutputLine("Run time: \(Self.duration(since: start))") }
            case .binding(let name, let rows, let warnings):
                warnings.forEach { report($0, in: source) }
                if readDepth == 0, output.isTerminal { writeOutputLine("\(name): \(rows) row\(rows == 1 ? "" : "s")") }
            case .value(let name, let value, let warnings):
                warnings.forEach { report($0, in: source) }
                if readDepth == 0, output.isTerminal { writeOutputLine("$\(name) = \(value.literalDescription)") }
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
            start = ContinuousClock.now
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

    /// A query over no statements answers, but says why its answer is empty, once; a script
    /// then exits with the status for "no statement could be loaded".
    private func warnIfNothingIsLoaded() {
        guard session.rowCount(of: "statements") == 0, !warnedNoStatements else { return }
        warnedNoStatements = true
        writeError("cq: warning: no statements are loaded; give statement paths (cq PATH...) or use .load PATH")
        if !interactive { raise(.noStatements) }
    }

    func report(_ diagnostic: Diagnostic, in source: SourceText) {
        writeError(DiagnosticRenderer.render(diagnostic, in: source))
        switch diagnostic.kind {
        case .warning: break
        case .runtime: raise(.runtimeError)
        case .syntax, .incomplete, .type: raise(.queryError)
        }
    }

    /// Writes a result in the current format; a closed pipe stops quietly. A chart with a file
    /// (`chart line to "out.svg"`) is written there as SVG first.
    func show(_ table: ResultTable) -> Flow {
        if let file = table.chart?.file {
            do {
                try Data(SVGChartRenderer.render(table).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
                let message = "wrote the chart to \(VisibleText.escaped(file))"
                if output.isTerminal { writeOutputLine(message) } else { writeError("cq: \(message)") }
            } catch {
                writeError("cq: cannot write the chart to \(VisibleText.escaped(file)): \(error.localizedDescription)")
                raise(.runtimeError)
                if bails { return .stop }
            }
        }
        let width = output.isTerminal ? TerminalSetup.width(of: STDOUT_FILENO) : nil
        let options = RenderOptions(
            width: width, headers: settings.headers, color: settings.color && output.isTerminal, spreadsheetSafe: settings.spreadsheetSafe)
        let text = ResultRenderer.render(table, as: redirectedFormat ?? settings.format, options: options)
        let closeAfter = output.closesAfterNextResult
        do throws(OutputChannel.Failure) {
            try output.write(text)
            if closeAfter { try closeOutput() }
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

    /// Finishes a file output and goes back to standard output in the current mode.
    func closeOutput() throws(OutputChannel.Failure) {
        redirectedFormat = nil
        try output.close()
    }

    // MARK: Writing

    /// Keeps the worst status so far.
    func raise(_ severity: ExitStatus) {
        status = max(status, severity)
    }

    /// The history file of this user: `$XDG_STATE_HOME/cq/history` or `~/.local/state/cq/history`.
    public static func defaultHistoryPath() -> String {
        HistoryFile.defaultPath()
    }

    /// Records that statement paths were given and none loaded.
    public func noStatementsLoaded() {
        raise(.noStatements)
    }

    /// Writes a line to the output (standard output or the `.output` file).
    func writeOutputLine(_ text: String) {
        writeOutput(text + "\n")
    }

    /// Writes text to the output; a closed pipe stops the shell quietly.
    func writeOutput(_ text: String) {
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

    /// Closes a file output at the end of a script or session, saying when that fails.
    func finishOutput() {
        do throws(OutputChannel.Failure) {
            try closeOutput()
        } catch {
            if case .failed(let message) = error {
                writeError("cq: \(message)")
                raise(.runtimeError)
            }
        }
    }

    /// Writes a line to standard error.
    func writeError(_ text: String) {
        Self.writeStandardError(text + "\n")
    }

    /// Writes to standard error directly, ignoring failures (there is nowhere else to say so).
    static func writeStandardError(_ text: String) {
        FileDescriptor.writeAll(text, to: STDERR_FILENO)
    }

    /// The time since `start` for `.timer`: milliseconds under a second, seconds above.
    private static func duration(since start: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        if microseconds < 1_000_000 { return String(format: "%.3f ms", Double(microseconds) / 1000) }
        return String(format: "%.3f s", Double(microseconds) / 1_000_000)
    }
}
