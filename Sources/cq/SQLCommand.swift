import ArgumentParser
import Foundation
import QueryLanguage
import Shell
import SQLCompiler

/// `cq sql`: prints the SQL a query compiles to, for the tables `cq export` writes.
struct SQLCommand: StatusCommand {
    static let configuration = CommandConfiguration(
        commandName: "cq sql",
        abstract: "Print the SQL a query compiles to, over the tables cq export writes.",
        discussion: """
            The query is checked as cq checks it; what has no translation yet is an error that \
            names it and the dialect (docs/scale.md lists what translates). With --schema, \
            prints the CREATE TABLE statements of the export's tables in the dialect instead.

            Examples:
              cq sql 'clauses | where actor == "Pakistan" | summarize count() by cameo'
              cq sql --dialect duckdb --param actor=China 'clauses | where actor == $actor | count'
              cq sql --schema --dialect postgres
            """
    )

    @Option(help: "The SQL dialect: sqlite, duckdb, postgres or spark.")
    var dialect: SQLDialect = .sqlite

    @OptionGroup var parameters: ParameterOptions

    @Flag(help: "Print the export's tables as CREATE TABLE statements instead of compiling a query.")
    var schema = false

    @Argument(help: "The query.")
    var query: String?

    func validate() throws {
        if schema, query != nil { throw ValidationError("give a query or --schema, not both") }
        if !schema, query == nil { throw ValidationError("give the query to compile (or --schema)") }
    }

    func execute() -> ExitStatus {
        guard let query else {
            print(ExportSchema.ddl(for: dialect), terminator: "")
            return .success
        }
        let bound = parameters.values
        let source = SourceText(name: "query", text: query)
        do throws(Diagnostic) {
            let environment = Checker.Environment(parameters: bound.mapValues(\.type), parameterValues: bound)
            print(try SQLCompiler(dialect: dialect, parameters: bound).compile(source, environment: environment) + ";")
            return .success
        } catch {
            Self.printError(DiagnosticRenderer.render(error, in: source))
            return error.kind == .runtime ? .runtimeError : .queryError
        }
    }
}

extension SQLDialect: ExpressibleByArgument {}
