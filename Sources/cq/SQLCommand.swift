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
            names it and the dialect (docs/scale.md lists what translates).

            Examples:
              cq sql 'clauses | where actor == "Pakistan" | summarize count() by cameo'
              cq sql --dialect duckdb --param actor=China 'clauses | where actor == $actor | count'
            """
    )

    @Option(help: "The SQL dialect: sqlite, duckdb, postgres or spark.")
    var dialect: SQLDialect = .sqlite

    @Option(name: .customLong("param"), help: "Bind $NAME to VALUE (NAME=VALUE). Repeatable.")
    var parameters: [String] = []

    @Argument(help: "The query.")
    var query: String

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError("--param takes NAME=VALUE, not '\(parameter)'")
        }
    }

    func execute() -> ExitStatus {
        var bound = [String: Value]()
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            bound[parts[0]] = ParameterValue.parse(parts.count > 1 ? parts[1] : "")
        }
        let source = SourceText(name: "query", text: query)
        do throws(Diagnostic) {
            let statements = try Parser.parse(source)
            guard statements.count == 1, case .query(let pipeline) = statements[0] else {
                throw Diagnostic(.syntax, "cq sql compiles one query (no let, no ';')", at: 0..<max(1, source.bytes.count))
            }
            var checker = Checker(environment: Checker.Environment(parameters: bound.mapValues(\.type), parameterValues: bound))
            let sql = try SQLCompiler(dialect: dialect, parameters: bound).compile(try checker.check(pipeline))
            print(sql + ";")
            return .success
        } catch {
            Self.printError(DiagnosticRenderer.render(error, in: source))
            return error.kind == .runtime ? .runtimeError : .queryError
        }
    }
}

extension SQLDialect: ExpressibleByArgument {}
