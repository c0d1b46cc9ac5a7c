import ArgumentParser
import Foundation
import LineEditor
import ModelExport
import ResultRendering
import Shell

/// The `cq` command line.
struct CQCommand: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "cq",
        abstract: "A query shell for diplomatic statements.",
        usage: """
            cq [<options>] [<paths> ...]
            cq export --to <format> <output> [<paths> ...]
            cq test [--update] [--format plain|tap|junit] <test files or folders> ...
            cq sql [--dialect sqlite|duckdb|postgres|spark] <query>
            """,
        // Paragraphs are single lines (a `\` joins the source lines) so that ArgumentParser wraps
        // them to the terminal; example lines stay under 80 columns.
        discussion: """
            Loads the statements in PATH... (files and directories of .txt, .md and .json), \
            then starts the interactive shell when standard input and output are terminals, \
            or runs the script read from standard input.

            Examples:
              cq samples/statements
              cq -e 'clauses | summarize count() by actor' samples/statements
              cq --format csv -f samples/queries/commitments.cq samples > out.csv
              cq --param actor=Pakistan -e 'clauses | where actor == $actor' samples
              echo 'statements | count' | cq samples/statements

            A script can start with #!/usr/bin/env -S cq -f and run as a program; its \
            arguments are the statement paths.

            cq export --to json|jsonl|csv|sqlite OUT PATH... writes the loaded model \
            instead (cq export --help). cq test FILE... runs .cq test files (cq test --help). \
            cq sql QUERY prints the SQL the query compiles to (cq sql --help). A path named \
            "export", "test" or "sql" is loaded as ./export, ./test or ./sql.

            Exit status: 0 success, 2 usage error, 3 query error (syntax or type), \
            4 run-time error, 5 no statement could be loaded (or none is loaded when a \
            query runs).
            """,
        version: "cq 0.1.0"
    )

    @Argument(help: "Statement files or directories to load.")
    var paths: [String] = []

    @Option(name: [.customShort("e"), .customLong("execute")], help: "Run a query (or script text) and exit. Repeatable.")
    var queries: [String] = []

    @Option(name: [.customShort("f"), .customLong("file")], help: "Run the script in a file and exit.")
    var script: String?

    @Option(help: "Output format: table (the default at a terminal), tsv (the default in a pipe or file), json, jsonl, csv, markdown or line.")
    var format: OutputFormat?

    @OptionGroup var parameters: ParameterOptions

    @Option(help: "Colour: auto (a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "Stop any query that runs longer than SECONDS (default: no limit; a regex gets 1 s per text).")
    var timeout: Double?

    @Flag(name: .customLong("csv-safe"), help: "Put ' before csv and tsv text cells that start with = + - @ (spreadsheet formulas).")
    var spreadsheetSafe = false

    @Flag(inversion: .prefixedNo, help: "Stop a script at its first error.")
    var bail = true

    @OptionGroup var loading: LoadingOptions

    /// When to colour output.
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    func validate() throws {
        if script != nil, !queries.isEmpty {
            throw ValidationError("give either --execute or --file, not both")
        }
        if let timeout, TimeLimit.parse(String(timeout)) == nil {
            throw ValidationError("--timeout takes a positive number of seconds, not '\(timeout)'")
        }
    }

    func execute() -> ExitStatus {
        let closedDescriptors = FileDescriptor.openClosedStandardDescriptors()
        TerminalSetup.configureLocale()
        TerminalSetup.installSignalHandlers()
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let useColor = color == .always || (color == .auto && !noColor)
        // In a pipe or a file, as sqlite3 switches to its list mode, results default to TSV:
        // one line per row that cut, sort and awk read, never a box wrapped to no width.
        let defaultFormat: OutputFormat = TerminalSetup.isTerminal(STDOUT_FILENO) ? .table : .tsv
        let shell = makeShell(ShellSettings(
                format: format ?? defaultFormat, color: useColor, bail: bail, cacheDirectory: loading.cacheDirectory, spreadsheetSafe: spreadsheetSafe))
        shell.session.limits.timeLimit = timeout
        shell.session.parameters = parameters.values
        if !paths.isEmpty, shell.load(paths) == 0 {
            shell.noStatementsLoaded()
            return shell.status
        }
        if !queries.isEmpty {
            for (index, query) in queries.enumerated() {
                let status = shell.runScript(query, name: queries.count == 1 ? "-e" : "-e\(index + 1)")
                if status != .success, bail { return status }
            }
            return shell.status
        }
        if let script {
            return shell.runScript(file: script)
        }
        if TerminalSetup.isTerminal(STDIN_FILENO), TerminalSetup.isTerminal(STDOUT_FILENO) {
            let statements = shell.session.rowCount(of: "statements") ?? 0, clauses = shell.session.rowCount(of: "clauses") ?? 0
            print("cq 0.1.0: \(statements) statements, \(clauses) clauses loaded. Type .help for help.")
            let dumb = ProcessInfo.processInfo.environment["TERM"].map { $0 == "dumb" || $0.isEmpty } ?? true
            let reader: LineReader = (dumb ? nil : EditLineReader(programName: "cq")) ?? PlainLineReader(showsPrompt: true)
            return shell.runInteractive(reader: reader, historyPath: Shell.defaultHistoryPath())
        }
        if closedDescriptors.contains(STDIN_FILENO) {
            Self.printError("cq: standard input is closed: give a query with -e or a script with -f")
            return .usage
        }
        return shell.runScript(descriptor: STDIN_FILENO, name: "<stdin>")
    }

}

extension OutputFormat: ExpressibleByArgument {}
