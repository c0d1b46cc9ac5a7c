import ArgumentParser
import ModelExport
import Shell
import StatementReader

/// `cq export`: loads statements and writes the model in an export format.
struct ExportCommand: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "cq export",
        abstract: "Write the loaded statements as JSON, JSON Lines, CSV or SQLite.",
        discussion: """
            json writes the lossless model to the file OUT (cq OUT loads it back); jsonl and csv \
            write each table of the export (statements, clauses, entities, mentions, ...) as one file in the directory \
            OUT; sqlite writes one database OUT with those tables (docs/export.md has the \
            schema). The output appears only when it is complete. With --shard K/N, only the \
            K-th of N parts of the files is read, and each table goes to OUT/TABLE/part-K-of-N \
            (docs/scale.md).

            Examples:
              cq export --to sqlite statements.sqlite samples/statements
              cq export --to csv tables/ samples/statements
              cq export --to jsonl --shard 2/8 tables/ archive/
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

    @Option(help: ArgumentHelp(
        "Read only shard K of N of the files (a stable assignment by path) and write OUT/TABLE/part-K-of-N.jsonl (jsonl, csv).",
        valueName: "K/N"))
    var shard: Shard?

    @OptionGroup var loading: LoadingOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give the statement files or directories to export after OUT") }
        if shard != nil, format != .jsonl, format != .csv { throw ValidationError("--shard writes jsonl or csv partitions, not \(format.rawValue)") }
    }

    func execute() -> ExitStatus {
        let shell = makeShell(ShellSettings(cacheDirectory: loading.cacheDirectory, spreadsheetSafe: spreadsheetSafe))
        guard let shard else {
            guard shell.load(paths) > 0 else {
                shell.noStatementsLoaded()
                return shell.status
            }
            return shell.export(as: format, to: output)
        }
        guard shell.load(paths, shard: shard) > 0 || shell.status == .success else {
            shell.noStatementsLoaded()
            return shell.status
        }
        return shell.exportPartition(as: format, into: output, shard: shard)
    }
}

extension ExportFormat: ExpressibleByArgument {}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
