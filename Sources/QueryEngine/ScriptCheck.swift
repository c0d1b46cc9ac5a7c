import QueryLanguage

/// Checks the statements of a whole script before any of them runs, as a compiler would:
/// every statement is parsed and type-checked, `let` bindings and the previous result (`_`)
/// flow from one statement to the next, and every error is collected instead of the first.
///
/// ```swift
/// var check = ScriptCheck(session: session)
/// let errors = check.errors(in: SourceText(name: "report.cq", text: script))
/// if errors.isEmpty { session.run(...) }
/// ```
///
/// Statements that use a name whose own statement failed (a `let` that did not check, or `_`
/// after a failed query) are not checked again, so one typo gives one error, not a cascade.
public struct ScriptCheck {
    private var environment: Checker.Environment
    /// Names whose statement failed: later uses of them are not reported again.
    private var failedNames = Set<String>()

    /// A check starting from what `session` has bound now (bindings, `_`, parameters).
    public init(session: QuerySession) {
        environment = session.environment
    }

    /// The errors of the statements in `source`, in order; the bindings and result columns
    /// of the statements that check are kept for the statements that follow.
    public mutating func errors(in source: SourceText) -> [Diagnostic] {
        var errors = [Diagnostic]()
        let declarations = Self.letDeclarations(in: source)
        /// Where the last statement that parsed ends: a failed one starts after it.
        var parsedUpTo = 0
        for parsed in Parser.parseStatements(source) {
            switch parsed {
            case .failure(let diagnostic):
                errors.append(diagnostic)
                // A `let` that does not parse binds nothing: its name failed with it.
                for (name, offset) in declarations where (parsedUpTo..<max(parsedUpTo, diagnostic.range.lowerBound)).contains(offset) {
                    environment.bindings[name] = nil
                    failedNames.insert(name)
                }
            case .success(.binding(let name, _, let pipeline)):
                parsedUpTo = pipeline.range.upperBound
                if let columns = check(pipeline, into: &errors) {
                    environment.bindings[name] = columns
                    failedNames.remove(name)
                } else {
                    environment.bindings[name] = nil
                    failedNames.insert(name)
                }
            case .success(.value(let name, _, let expression)):
                parsedUpTo = expression.range.upperBound
                var checker = Checker(environment: environment)
                do throws(Diagnostic) {
                    environment.parameters[name] = try checker.check(expression, columns: []).type
                    environment.parameterValues[name] = nil
                } catch {
                    errors.append(error)
                }
            case .success(.query(let pipeline)):
                parsedUpTo = pipeline.range.upperBound
                if let columns = check(pipeline, into: &errors) {
                    environment.previous = columns
                    failedNames.remove("_")
                } else {
                    environment.previous = nil
                    failedNames.insert("_")
                }
            }
        }
        return errors
    }

    /// Records a parameter bound (`.param set`) or unbound (nil) between statements.
    public mutating func setParameter(_ name: String, to value: Value?) {
        environment.parameters[name] = value?.type
        environment.parameterValues[name] = value
    }

    /// Records the columns of a result produced between statements (a meta-command's query).
    public mutating func setPrevious(_ columns: [Column]) {
        environment.previous = columns
        failedNames.remove("_")
    }

    /// The names of the `let` statements of `source` (`let NAME =` at a statement's start),
    /// with the offset of each `let`.
    private static func letDeclarations(in source: SourceText) -> [(name: String, offset: Int)] {
        let tokens = Lexer.tokens(of: source)
        var declarations = [(name: String, offset: Int)]()
        for index in tokens.indices.dropLast(2) where tokens[index].isWord("let") {
            let startsStatement = index == 0 || tokens[index - 1].kind == .newline || tokens[index - 1].isSymbol(";")
            guard startsStatement, let name = tokens[index + 1].identifier, tokens[index + 2].isSymbol("=") else { continue }
            declarations.append((name, tokens[index].range.lowerBound))
        }
        return declarations
    }

    /// The checked result columns, or nil after appending the error (or when the pipeline
    /// reads a name that already failed). A pipeline that ends in `pivot` has columns only
    /// when it runs: nil without an error, so that the statements reading its result are
    /// checked as they run, as those reading a failed name are.
    private func check(_ pipeline: Pipeline, into errors: inout [Diagnostic]) -> [Column]? {
        guard !failedNames.contains(pipeline.source) else { return nil }
        var checker = Checker(environment: environment)
        do throws(Diagnostic) {
            let checked = try checker.check(pipeline)
            if case .pivot = checked.steps.last?.kind { return nil }
            return checked.columns
        } catch {
            errors.append(error)
            return nil
        }
    }
}
