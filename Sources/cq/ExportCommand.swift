import ArgumentParser
import ModelExport
import Shell

/// `cq export`: loads statements and writes the model in an export format.
struct ExportCommand: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "cq export",
        abstract: "Write the loaded statements as JSON, JSON Lines, CSV or SQLite.",
        discussion: """
            json writes the lossless model to the file OUT (cq OUT loads it back); jsonl and csv \
            write statements, clauses, entities and mentions as one file each in the directory \
            OUT; sqlite writes one database OUT with those four tables (docs/export.md has the \
            schema). The output appears only when it is complete.

            Examples:
              cq export --to sqlite statements.sqlite samples/statements
              cq export --to csv tables/ samples/statements
            """
    )

    @Option(name: .customLong("to"), help: "The export format: json, jsonl, csv or sqlite.")
    var format: ExportFormat

    @Argument(help: "The file (json, sqlite) or directory (jsonl, csv) to write.")
    var output: String

    @Argument(help: "Statement files or directories to load.")
    var paths: [String] = []

    @Flag(name: .customLong("csv-safe"), help: "Put ' before csv text cells that start with = + - @ (spreadsheet formulas).")
    var spreadsheetSafe = false

    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the statement files or directories to export after OUT") }
    }

    func execute() -> ExitStatus {
        let shell = makeShell(ShellSettings(cacheDirectory: loading.cacheDirectory, spreadsheetSafe: spreadsheetSafe))
        guard shell.load(paths) > 0 else {
            shell.noStatementsLoaded()
            return shell.status
        }
        return shell.export(as: format, to: output)
    }
}

extension ExportFormat: ExpressibleByArgument {}
