import ColumnStore
import QueryLanguage
import StatementModel

/// A corpus and everything queries over it share: `let` bindings, the previous result (`_`),
/// parameters and limits. Run a script with `run`, or one query with `query`.
///
/// ```swift
/// let session = QuerySession(corpus: corpus)
/// session.parameters["actor"] = .string("Pakistan")
/// let table = try session.query("clauses | where actor == $actor | count")
/// ```
public final class QuerySession {
    /// Values for `$NAME` in queries.
    public var parameters: [String: Value] = [:]
    /// Bounds every query of the session runs under.
    public var limits: QueryLimits
    /// Tables bound with `let`, by name.
    public private(set) var bindings: [String: ResultTable] = [:]
    /// The last query's result, the source `_`.
    public private(set) var previous: ResultTable?

    private var storeCache: StatementStore?
    private var corpusCache: Corpus?
    private var sourcesCache: StoreSources?
    private var tablesCache: SourceTables?
    private var valuesCache: ColumnValues?
    private var columnsCache: SourceColumns?
    /// Whether the first steps over a built-in source run on its dictionary-encoded columns
    /// (`ColumnarExecutor`); tests turn it off to compare with the row evaluator.
    var usesColumnarPlans = true

    /// A session over `corpus`; its columns are built the first time a query needs them.
    public init(corpus: Corpus, limits: QueryLimits = QueryLimits()) {
        corpusCache = corpus
        self.limits = limits
    }

    /// A session over the statements of `store` (the model cache, mapped): queries read its
    /// columns, and no statement is built until `corpus` is asked for.
    public init(store: StatementStore, limits: QueryLimits = QueryLimits()) {
        storeCache = store
        self.limits = limits
    }

    /// The loaded statements, built from the store the first time they are asked for (none when
    /// the store is damaged; queries then say so).
    public var corpus: Corpus {
        if let corpusCache { return corpusCache }
        let built = Corpus(statements: sources.reading { (store) throws(StoreDamage) in try store.allStatements() } ?? [])
        corpusCache = built
        return built
    }

    /// The loaded statements column by column.
    public var store: StatementStore {
        if let storeCache { return storeCache }
        let built = StatementStore.build(corpusCache?.statements ?? [])
        storeCache = built
        return built
    }

    /// Adds statements to the corpus (a `.load` in the shell).
    public func add(_ statements: [Statement]) {
        let all = corpus.statements + statements
        corpusCache = Corpus(statements: all)
        storeCache = nil
        forgetColumns()
    }

    /// Takes the statements of `store` in place of those loaded (a first `.load` in the shell,
    /// which needs no statement built).
    public func replaceStatements(with store: StatementStore) {
        storeCache = store
        corpusCache = nil
        forgetColumns()
    }

    /// The damaged section of the store a query or a look-up has met, if any: the session's
    /// statements cannot all be read, and a new load should replace them.
    public var storeDamage: StoreDamage? {
        sourcesCache?.damage
    }

    /// The path of each loaded statement's file, in order, read from the store.
    public var statementPaths: [String] {
        guard let paths = sources.reading({ (store) throws(StoreDamage) in try store.strings("statements.path") }) else { return corpus.statements.map(\.path) }
        return (0..<paths.codes.count).map { paths.value($0) ?? "" }
    }

    private func forgetColumns() {
        sourcesCache = nil
        tablesCache = nil
        valuesCache = nil
        columnsCache = nil
    }

    private var sources: StoreSources {
        if let sourcesCache { return sourcesCache }
        let built = StoreSources(store: store)
        sourcesCache = built
        return built
    }

    private var tables: SourceTables {
        if let tablesCache { return tablesCache }
        let built = SourceTables(sources: sources)
        tablesCache = built
        return built
    }

    private var sourceColumns: SourceColumns {
        if let columnsCache { return columnsCache }
        let built = SourceColumns(sources: sources)
        columnsCache = built
        return built
    }

    /// The distinct values of the categorical columns (actor, cameo, topics, entity names, ...),
    /// sorted, and their other names, for completion and for the checker's "no row has"
    /// warnings; each column's are read from the store when first asked for and kept.
    public var values: ColumnValues {
        if let valuesCache { return valuesCache }
        let store = store
        let built = ColumnValues(compute: { CategoricalValues.of($0, in: store) }, aliases: { CategoricalValues.aliases(of: $0, in: store) })
        valuesCache = built
        return built
    }

    /// Every row of a built-in source (`statements`, `clauses`, ...), or nil for another name.
    public func table(of source: String) -> ResultTable? {
        guard let columns = Schema.sources[source] else { return nil }
        return ResultTable(columns: columns, rows: tables.rows(of: source))
    }

    /// The rows `range` of a built-in source, built from the store and not kept (an export
    /// walks a large source a part at a time), or none for another name.
    public func rows(of source: String, in range: Range<Int>) -> [[Value]] {
        guard Schema.sources[source] != nil, !range.isEmpty else { return [] }
        return tables.rows(of: source, at: Array(range))
    }

    /// How many rows a built-in source has (without building them when they are not built yet),
    /// or nil for another name.
    public func rowCount(of source: String) -> Int? {
        Schema.sources[source] == nil ? nil : tables.count(of: source)
    }

    /// The columns of a source: a built-in one, a `let` name or `_`.
    public func columns(of source: String) -> [Column]? {
        if source == "_" { return previous?.columns }
        return bindings[source]?.columns ?? Schema.sources[source]
    }

    /// Runs every statement of a script in order, handing each output to `output` as it comes.
    /// A statement that fails (to parse, check or run) gives a `.failure`; with `bail` the script
    /// stops there. Returns whether every statement succeeded.
    @discardableResult
    public func run(_ source: SourceText, bail: Bool = true, cancellation: Cancellation = Cancellation(),
        output: (QueryOutput) -> Void) -> Bool
    {
        run(Parser.parseStatements(source), bail: bail, cancellation: cancellation, output: output)
    }

    /// Runs statements parsed already, as `run` runs a script's.
    @discardableResult
    public func run(_ statements: [Result<ScriptStatement, Diagnostic>], bail: Bool = true, cancellation: Cancellation = Cancellation(),
        output: (QueryOutput) -> Void) -> Bool
    {
        var succeeded = true
        for parsed in statements {
            do throws(Diagnostic) {
                output(try execute(try parsed.get(), cancellation: cancellation))
            } catch {
                output(.failure(error))
                succeeded = false
                if bail || cancellation.isCancelled { break }
            }
        }
        return succeeded
    }

    /// Runs a single query (or the last of several statements) and returns its table; throws
    /// the first error. Warnings are dropped: use `run` to see them.
    public func query(_ text: String, cancellation: Cancellation = Cancellation()) throws(Diagnostic) -> ResultTable {
        var last: ResultTable?
        var failure: Diagnostic?
        run(SourceText(name: "<query>", text: text), cancellation: cancellation) { output in
            switch output {
            case .table(let table, _): last = table
            case .binding(let name, _, _): last = bindings[name]
            case .value(let name, let value, _): last = ResultTable(columns: [Column(name, value.type)], rows: [[value]])
            case .failure(let diagnostic): failure = diagnostic
            }
        }
        if let failure { throw failure }
        return last ?? ResultTable(columns: [], rows: [])
    }

    /// Checks a script without running it: the first error, or the warnings.
    public func check(_ source: SourceText) -> Result<[Diagnostic], Diagnostic> {
        do {
            var warnings = [Diagnostic]()
            var environment = environment
            for statement in try Parser.parse(source) {
                var checker = Checker(environment: environment)
                switch statement {
                case .binding(let name, _, let pipeline):
                    environment.bindings[name] = try checker.check(pipeline).columns
                case .value(let name, _, let expression):
                    environment.parameters[name] = try checker.check(expression, columns: []).type
                case .query(let pipeline):
                    environment.previous = try checker.check(pipeline).columns
                }
                warnings += checker.warnings
            }
            return .success(warnings)
        } catch {
            return .failure(error)
        }
    }

    /// What a query in this session can refer to: bindings, `_`, parameters and column values
    /// (for a caller that checks queries itself, as `.sql` does).
    public var environment: Checker.Environment {
        Checker.Environment(
            bindings: bindings.mapValues(\.columns), previous: previous?.columns,
            parameters: parameters.mapValues(\.type), values: values, parameterValues: parameters)
    }

    private func execute(_ statement: ScriptStatement, cancellation: Cancellation) throws(Diagnostic) -> QueryOutput {
        var checker = Checker(environment: environment)
        switch statement {
        case .binding(let name, _, let pipeline):
            if pipeline.source == name, bindings[name] == nil {
                throw Diagnostic(.type, "'\(name)' refers to itself: a let can only use names bound before it", at: pipeline.sourceRange)
            }
            let table = try evaluate(try checker.check(pipeline), cancellation: cancellation)
            bindings[name] = table
            return .binding(name: name, rows: table.rows.count, warnings: checker.warnings)
        case .value(let name, _, let expression):
            let typed = try checker.check(expression, columns: [])
            let context = ExecutionContext(tables: tables, parameters: parameters, limits: limits, cancellation: cancellation)
            let value = try ExpressionCompiler(context: context).compile(typed)([])
            parameters[name] = value
            return .value(name: name, value: value, warnings: checker.warnings)
        case .query(let pipeline):
            let checked = try checker.check(pipeline)
            let table = try evaluate(checked, cancellation: cancellation)
            previous = table
            return .table(table, warnings: checker.warnings)
        }
    }

    private func evaluate(_ pipeline: CheckedPipeline, cancellation: Cancellation) throws(Diagnostic) -> ResultTable {
        let context = ExecutionContext(tables: tables, parameters: parameters, limits: limits, cancellation: cancellation) {
            [unowned self] inner, context throws(Diagnostic) in try evaluate(inner, in: context)
        }
        return try evaluate(pipeline, in: context)
    }

    /// The rows of a pipeline under `context` (a query's, or the one of the query whose
    /// operator holds the pipeline). A query that met a damaged section of the store fails
    /// naming it, whatever else went wrong after (a column a plan counted on that the damage
    /// left out, a section a store of an older format does not have).
    private func evaluate(_ pipeline: CheckedPipeline, in context: ExecutionContext) throws(Diagnostic) -> ResultTable {
        let table: ResultTable
        do {
            table = try rows(of: pipeline, in: context)
        } catch {
            throw damageDiagnostic(for: pipeline) ?? error
        }
        if let damage = damageDiagnostic(for: pipeline) { throw damage }
        return table
    }

    /// The error of a query over the store once a damaged section has been met, or nil.
    private func damageDiagnostic(for pipeline: CheckedPipeline) -> Diagnostic? {
        guard let damage = sources.damage else { return nil }
        return Diagnostic(
            .runtime, "the loaded statements are damaged (section \(damage.section) of the model cache: \(damage.reason)); "
                + "the cache file has been removed, so loading the statements again reads them afresh",
            at: pipeline.steps.first?.range ?? 0..<0)
    }

    /// The rows of a pipeline under `context`, the store's damage not looked at.
    private func rows(of pipeline: CheckedPipeline, in context: ExecutionContext) throws(Diagnostic) -> ResultTable {
        var steps = pipeline.steps[...]
        // The shortcuts below run a first step themselves: a cancelled query stops before them.
        if let first = steps.first { try context.checkNow(first.range) }
        var input: ResultTable
        switch pipeline.source {
        case .builtin(let name):
            if let first = steps.first, case .count = first.kind {
                // `SOURCE | count` needs the number of rows, not the rows.
                input = ResultTable(columns: first.columns, rows: [[.int(tables.count(of: name))]])
                steps = steps.dropFirst()
            } else if usesColumnarPlans,
                let outcome = try ColumnarExecutor(source: name, columns: sourceColumns, context: context).run(steps)
            {
                input = outcome.table
                steps = steps.dropFirst(outcome.consumedSteps)
            } else if let first = steps.first, let rows = ColumnScan.kwicRows(first, over: name, tables: tables) {
                input = ResultTable(columns: Schema.sources[name] ?? [], rows: rows)
            } else {
                input = ResultTable(columns: Schema.sources[name] ?? [], rows: tables.rows(of: name))
            }
        case .binding(let name):
            input = bindings[name] ?? ResultTable(columns: [], rows: [])
        case .previous:
            input = previous ?? ResultTable(columns: [], rows: [])
        case .search(let text):
            input = ResultTable(columns: Schema.searchColumns, rows: try SearchRows.rows(text, tables: tables, context: context, range: pipeline.sourceRange))
            input.highlight = text
        case .diff(let before, let after):
            let range = pipeline.sourceRange
            input = ResultTable(columns: Schema.diffColumns, rows: try StatementDiffRows.rows(before, after, context: context, range: range))
            input.marksWordEdits = true
        }
        return try Evaluator(context: context).run(steps, input: input)
    }
}
