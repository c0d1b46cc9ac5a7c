/// Parses tokens into script statements: `let` bindings and pipelines.
///
/// Statements are separated by newlines or `;`. A line that starts with `|` continues the
/// pipeline above it; inside parentheses and brackets, and after `|`, `,` or an infix
/// operator, line breaks are ignored. Input that stops where more is needed gives an
/// `incomplete` diagnostic, so a shell can ask for another line.
public struct Parser {
    /// The operators that may follow `|`.
    public static let operatorNames = [
        "where", "select", "extend", "sort", "take", "distinct", "count", "summarize", "expand", "search", "kwic",
        "chart", "diff", "why", "assert", "top", "rename", "drop", "sample", "join", "lookup", "union", "pivot",
    ]
    /// The deepest nesting of parentheses, brackets and operators accepted.
    public static let maximumDepth = 200
    /// The most operators an expression tree may stack, counting each operator of a flat chain
    /// (`a or b or c` stacks two): the checker and evaluator recurse once per level, so a chain
    /// of 20,000 terms would exhaust the stack.
    public static let maximumOperatorDepth = 1_000

    private let tokens: [QueryToken]
    /// The text parsed, for the notes that rewrite part of it in cq's spelling.
    private let sourceText: SourceText
    private var position = 0
    private var depth = 0
    /// How many operators the expression being parsed stacks above this point.
    private var operatorDepth = 0

    private init(source: SourceText) {
        self.tokens = Lexer.tokens(of: source)
        self.sourceText = source
    }

    /// Parses a whole script, throwing its first error.
    public static func parse(_ source: SourceText) throws(Diagnostic) -> [ScriptStatement] {
        var statements = [ScriptStatement]()
        for result in parseStatements(source) {
            switch result {
            case .success(let statement): statements.append(statement)
            case .failure(let error): throw error
            }
        }
        return statements
    }

    /// Parses a script statement by statement: a statement with a syntax error gives its
    /// diagnostic and parsing goes on at the next statement, as sqlite3 and psql do.
    public static func parseStatements(_ source: SourceText) -> [Result<ScriptStatement, Diagnostic>] {
        locatedStatements(source).map(\.statement)
    }

    /// Parses every statement as `parseStatements` does, each with the byte offset where it
    /// starts (a test file gives each statement the expectation that follows it).
    public static func locatedStatements(_ source: SourceText) -> [(start: Int, statement: Result<ScriptStatement, Diagnostic>)] {
        var parser = Parser(source: source)
        return parser.script()
    }

    /// Whether the text stops before its last statement is complete (an open string or bracket,
    /// a trailing `|` or operator): a shell then asks for another line.
    public static func isIncomplete(_ source: SourceText) -> Bool {
        if case .failure(let error) = parseStatements(source).last { return error.kind == .incomplete }
        return false
    }

    // MARK: Statements

    private mutating func script() -> [(start: Int, statement: Result<ScriptStatement, Diagnostic>)] {
        var results = [(start: Int, statement: Result<ScriptStatement, Diagnostic>)]()
        while true {
            skipSeparators()
            if current.kind == .end { return results }
            let start = current.range.lowerBound
            do throws(Diagnostic) {
                let statement = try statement()
                guard current.kind == .newline || current.isSymbol(";") || current.kind == .end else {
                    throw unexpected("expected '|', a new line or ';' after the query", current, notes: notesAfterQuery())
                }
                results.append((start, .success(statement)))
            } catch {
                results.append((start, .failure(error)))
                skipToNextStatement()
            }
        }
    }

    /// Moves past the rest of a statement that failed to parse: to the next `;`, or the next
    /// line break that is not followed by a `|` continuation line.
    private mutating func skipToNextStatement() {
        while current.kind != .end {
            if current.isSymbol(";") { return }
            if current.kind == .newline {
                var lookahead = position
                while tokens[lookahead].kind == .newline { lookahead += 1 }
                if !tokens[lookahead].isSymbol("|") { return }
            }
            advance()
        }
    }

    private mutating func statement() throws(Diagnostic) -> ScriptStatement {
        if current.isWord("let"), case .identifier(let name) = peek(1).kind {
            let nameRange = peek(1).range
            advance()
            advance()
            guard current.isSymbol("=") else {
                throw expected("'=' after 'let \(name)'")
            }
            advance()
            skipNewlines()
            guard !Self.isReserved(name) else {
                throw Diagnostic(.syntax, "'\(name)' is a source or keyword and cannot be a let name", at: nameRange)
            }
            // A source or let name starts a pipeline; anything else is a value (`["a", "b"]`, `5`,
            // `bin(2024-05-16, 1month)`).
            if let word = current.identifier, !["true", "false", "null", "not"].contains(word), !peek(1).isSymbol("(") {
                return .binding(name: name, nameRange: nameRange, pipeline: try pipeline())
            }
            return .value(name: name, nameRange: nameRange, expression: try expression())
        }
        return .query(try pipeline())
    }

    /// Notes for the token after a finished query: SQL's clauses written without `|`
    /// (`... limit 5`, `from clauses`, `group by`) and `=`.
    private func notesAfterQuery() -> [String] {
        if current.isSymbol("=") { return ["compare with '=='"] }
        guard case .identifier(let word) = current.kind else { return [] }
        let lowercased = word.lowercased()
        switch lowercased {
        case "from": return ["the source comes first in cq: leave out 'from ...'"]
        case "group": return ["to group rows, pipe them to summarize: | summarize count() by ..."]
        case "asc", "desc": return word == lowercased ? [] : ["did you mean '\(lowercased)'?"]
        default:
            let operators = Self.operatorNames + ["order", "limit", "filter", "project"]
            return operators.contains(lowercased) ? ["operators are piped: did you mean '| \(lowercased) ...'?"] : []
        }
    }

    /// SQL's `select COLUMNS from SOURCE`, with the cursor on `select`: the error's note writes
    /// it cq's way, source first.
    private func sqlSelect() -> Diagnostic {
        var index = position + 1
        while index < tokens.count - 1, tokens[index].kind != .newline, !tokens[index].isSymbol(";"),
            tokens[index].identifier?.lowercased() != "from"
        {
            index += 1
        }
        var note = "a query names its source first, then pipes the rows: clauses | select actor"
        if index > position + 1, tokens[index].identifier?.lowercased() == "from", let source = tokens[index + 1].identifier {
            let columns = sourceText.slice(tokens[position + 1].range.lowerBound..<tokens[index - 1].range.upperBound)
            note = "did you mean '\(columns == "*" ? source : source + " | select " + columns)'?"
        }
        return Diagnostic(.syntax, "a query starts with its source, not 'select'", at: current.range, notes: [note])
    }

    /// Whether the token ends a source name or starts its next step: `|`, a line break, `;` or the end.
    private func startsNextStep(_ token: QueryToken) -> Bool {
        token.isSymbol("|") || token.isSymbol(";") || token.kind == .newline || token.kind == .end
    }

    /// The text from the cursor to the end of its line, without trailing spaces.
    private func restOfLine() -> String {
        let start = current.range.lowerBound
        return Self.trimmingTrailingSpaces(sourceText.slice(start..<sourceText.lineRange(containing: start).upperBound))
    }

    /// The text without the spaces, tabs and carriage returns at its end.
    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }

    static func isReserved(_ name: String) -> Bool {
        ["statements", "clauses", "entities", "mentions", "topics", "diff", "let", "and", "or", "not", "in", "true", "false", "null"]
            .contains(name)
    }

    // MARK: Pipelines

    private mutating func pipeline() throws(Diagnostic) -> Pipeline {
        let start = current.range.lowerBound
        guard case .identifier(let source) = current.kind else {
            if current.kind == .end { throw Diagnostic(.incomplete, "expected a source", at: current.range) }
            if current.isSymbol("|") {
                throw Diagnostic(.syntax, "a query starts with a source, not '|'", at: current.range,
                    notes: ["to continue the previous result start with '_': _ \(restOfLine())"])
            }
            throw unexpected("expected a source (statements, clauses, entities, mentions, topics, a let name or _)", current)
        }
        if source.lowercased() == "select", !startsNextStep(peek(1)) { throw sqlSelect() }
        let sourceRange = current.range
        advance()
        // `kwic "term" [width N]` first is the keyword in context over every statement's text.
        if source == "kwic", case .string = current.kind {
            position -= 1
            let kwic = try pipelineOperator()
            return try restOfPipeline(source: "statements", sourceRange: sourceRange, arguments: [], first: [kwic], start: start)
        }
        var sourceArguments = source == "diff" ? try diffArguments(at: sourceRange) : []
        if source == "search", case .string(let text) = current.kind {
            sourceArguments = [QuotedArgument(text: text, range: current.range)]
            advance()
        }
        return try restOfPipeline(source: source, sourceRange: sourceRange, arguments: sourceArguments, first: [], start: start)
    }

    /// The operators after a pipeline's source (and any operators it stands for), and the pipeline.
    private mutating func restOfPipeline(source: String, sourceRange: Range<Int>, arguments sourceArguments: [QuotedArgument],
        first: [PipelineOperator], start: Int) throws(Diagnostic) -> Pipeline
    {
        var operators = first
        while true {
            if current.kind == .newline {
                // A following line that starts with '|' continues the pipeline.
                var lookahead = position
                while tokens[lookahead].kind == .newline { lookahead += 1 }
                guard tokens[lookahead].isSymbol("|") else { break }
                position = lookahead
            }
            guard current.isSymbol("|") else { break }
            advance()
            try continueOnNextLine()
            operators.append(try pipelineOperator())
        }
        let end = operators.last?.range.upperBound ?? sourceArguments.last?.range.upperBound ?? sourceRange.upperBound
        return Pipeline(source: source, sourceRange: sourceRange, sourceArguments: sourceArguments, operators: operators, range: start..<end)
    }

    /// The two statement ids after the source `diff`.
    private mutating func diffArguments(at sourceRange: Range<Int>) throws(Diagnostic) -> [QuotedArgument] {
        var ids = [QuotedArgument]()
        while ids.count < 2 {
            guard case .string(let id) = current.kind else {
                throw Diagnostic(.syntax, "'diff' compares two statements: it needs \(ids.isEmpty ? "two quoted statement ids" : "a second quoted statement id")",
                    at: ids.isEmpty ? sourceRange : current.range,
                    notes: ["for example: diff \"ID-A\" \"ID-B\"", "to compare each statement of a series with the one before: statements | where ... | sort by date | diff"])
            }
            ids.append(QuotedArgument(text: id, range: current.range))
            advance()
        }
        return ids
    }

    private mutating func pipelineOperator() throws(Diagnostic) -> PipelineOperator {
        let token = current
        guard case .identifier(let word) = token.kind else {
            if token.kind == .end { throw Diagnostic(.incomplete, "expected an operator after '|'", at: token.range) }
            throw unexpected("expected an operator after '|'", token, notes: ["operators: " + Self.operatorNames.joined(separator: ", ")])
        }
        advance()
        let name = word == "order" ? "sort" : hyphenatedOperator(after: word) ?? word
        let kind: PipelineOperator.Kind
        switch name {
        case "where", "filter":
            kind = .where(try expression())
        case "select", "project":
            if current.isSymbol("*") {
                throw Diagnostic(.syntax, "'select *' is not needed in cq", at: current.range,
                    notes: ["every column is kept until a 'select' names some: leave out '| select *'"])
            }
            kind = .select(try selectItems())
        case "extend":
            kind = .extend(try selectItems())
        case "sort":
            guard current.isWord("by") else { throw expected("'by' after 'sort'") }
            advance()
            var keys = [SortKey]()
            repeat {
                if !keys.isEmpty { advance(); try continueOnNextLine() }
                keys.append(try sortKey(descendingByDefault: false))
            } while current.isSymbol(",")
            kind = .sort(keys)
        case "take", "limit":
            kind = .take(try expression())
        case "top":
            let count = try expression()
            guard current.isWord("by") else { throw expected("'by' after the row count of 'top' (top 5 by count)") }
            advance()
            kind = .top(count, by: try sortKey(descendingByDefault: true))
        case "distinct":
            kind = .distinct(try expressionList())
        case "count":
            if current.isSymbol("(") {
                throw Diagnostic(.syntax, "the operator 'count' takes no parentheses", at: current.range,
                    notes: ["did you mean '| count'? (count() is the aggregate of '| summarize count() by ...')"])
            }
            kind = .count
        case "summarize":
            var aggregates = [Aggregate]()
            repeat {
                if !aggregates.isEmpty { advance(); try continueOnNextLine() }
                aggregates.append(try aggregate())
            } while current.isSymbol(",")
            var by = [SelectItem]()
            if current.isWord("by") {
                advance()
                by = try selectItems()
            } else if current.isWord("group"), peek(1).isWord("by") {
                let start = current.range.lowerBound
                advance()
                throw try groupBy(from: start, summarize: token)
            }
            kind = .summarize(aggregates, by: by)
        case "rename", "project-rename":
            var renames = [ColumnRename]()
            repeat {
                if !renames.isEmpty { advance(); try continueOnNextLine() }
                guard case .identifier(let new) = current.kind, peek(1).isSymbol("=") else {
                    throw expected("NEW = OLD after 'rename' (rename who = actor)")
                }
                let newRange = current.range
                advance()
                advance()
                renames.append(ColumnRename(new: new, newRange: newRange, old: try expression()))
            } while current.isSymbol(",")
            kind = .rename(renames)
        case "drop", "project-away":
            kind = .drop(try expressionList())
        case "sample":
            let count = try expression()
            var seed: Expression?
            if current.isWord("seed") {
                advance()
                seed = try expression()
            }
            kind = .sample(count, seed: seed)
        case "join":
            var joinKind = JoinKind.inner
            if current.isWord("kind") {
                advance()
                guard current.isSymbol("=") else { throw expected("'=' after 'kind' (join kind=leftouter (...) on KEY)") }
                advance()
                let kinds = JoinKind.allCases.filter { $0 != .lookup }.map(\.rawValue)
                guard case .identifier(let word) = current.kind, let chosen = JoinKind(rawValue: word), chosen != .lookup else {
                    throw Diagnostic(.syntax, "unknown join kind", at: current.range,
                        notes: (current.identifier.map { Suggestions.note(for: $0, in: kinds) } ?? []) + ["join kinds: " + kinds.joined(separator: ", ")])
                }
                joinKind = chosen
                advance()
            }
            let right = try subpipeline(of: "join")
            kind = .join(joinKind, right, on: try joinKeys())
        case "lookup":
            let right = try subpipeline(of: "lookup")
            kind = .join(.lookup, right, on: try joinKeys())
        case "pivot":
            kind = .pivot(try expression())
        case "union":
            var pipelines = [try subpipeline(of: "union")]
            while current.isSymbol(",") {
                advance()
                try continueOnNextLine()
                pipelines.append(try subpipeline(of: "union"))
            }
            kind = .union(pipelines)
        case "expand", "mv-expand":
            kind = .expand(try expression())
        case "search":
            kind = .search(try stringLiteral(after: "search"))
        case "kwic":
            let term = try stringLiteral(after: "kwic")
            var width: Expression?
            if current.isWord("width") {
                advance()
                width = try expression()
            }
            kind = .kwic(term: term, width: width)
        case "chart":
            let styles = ["bar", "line", "timeline"]
            guard case .identifier(let word) = current.kind else { throw expected("a chart style after 'chart' (bar, line, timeline)") }
            guard let style = ChartStyle(rawValue: word == "timeline" ? "line" : word) else {
                throw Diagnostic(.syntax, "unknown chart style '\(word)'", at: current.range,
                    notes: Suggestions.note(for: word, in: styles) + ["chart styles: " + styles.joined(separator: ", ")])
            }
            advance()
            let stacked = current.isWord("stacked")
            if stacked { advance() }
            var file: QuotedArgument?
            if current.isWord("to") {
                advance()
                guard case .string(let path) = current.kind else { throw expected("a quoted file name after 'to' (chart line to \"out.svg\")") }
                file = QuotedArgument(text: path, range: current.range)
                advance()
            }
            kind = .chart(style, stacked: stacked, file: file)
        case "diff":
            kind = .diff
        case "why":
            kind = .why
        case "assert":
            let condition = try expression()
            var message: String?
            if current.isSymbol(",") {
                advance()
                try continueOnNextLine()
                if current.kind == .end { throw Diagnostic(.incomplete, "expected the message of 'assert' after ','", at: current.range) }
                message = try stringLiteral(after: ",")
            }
            kind = .assert(condition, message: message)
        case "group" where current.isWord("by"):
            throw try groupBy(from: token.range.lowerBound, summarize: nil)
        default:
            throw Diagnostic(.syntax, "unknown operator '\(word)'", at: token.range,
                notes: Suggestions.note(for: word, in: Self.operatorNames) + ["operators: " + Self.operatorNames.joined(separator: ", ")])
        }
        let end = tokens[max(0, position - 1)].range.upperBound
        return PipelineOperator(kind: kind, name: name, range: token.range.lowerBound..<max(end, token.range.upperBound))
    }

    /// An expression and an optional `asc` or `desc` (`sort` ascends unless told, `top` descends).
    private mutating func sortKey(descendingByDefault: Bool) throws(Diagnostic) -> SortKey {
        let expression = try expression()
        var descending = descendingByDefault
        if current.isWord("asc") || current.isWord("desc") {
            descending = current.isWord("desc")
            advance()
        }
        return SortKey(expression: expression, descending: descending)
    }

    /// The pipeline an operator takes: `(PIPELINE)`, or a source name alone (`union pk`).
    private mutating func subpipeline(of name: String) throws(Diagnostic) -> Pipeline {
        try continueOnNextLine()
        // A name alone is that source or let name and no more: `union pk | count` counts the union.
        if let source = current.identifier, !["diff", "search", "kwic"].contains(source) {
            let range = current.range
            advance()
            return Pipeline(source: source, sourceRange: range, operators: [], range: range)
        }
        guard current.isSymbol("(") else {
            if current.kind == .end { throw Diagnostic(.incomplete, "expected a pipeline in parentheses after '\(name)'", at: current.range) }
            throw unexpected("expected a pipeline in parentheses after '\(name)'", current, notes: ["for example: \(name) (entities | where type == \"country\")\(name == "union" ? "" : " on ...")"])
        }
        let open = current.range.lowerBound
        advance()
        let pipeline = try nested { (parser: inout Parser) throws(Diagnostic) in
            parser.skipNewlines()
            let inner = try parser.pipeline()
            parser.skipNewlines()
            return inner
        }
        guard current.isSymbol(")") else {
            if current.kind == .end { throw Diagnostic(.incomplete, "the pipeline of '\(name)' is not closed", at: open..<(open + 1)) }
            throw closing(")", opened: open)
        }
        advance()
        return pipeline
    }

    /// `on KEY, ...` after a joined pipeline: a column both sides have, or `LEFT == RIGHT`.
    private mutating func joinKeys() throws(Diagnostic) -> [JoinKey] {
        try continueOnNextLine()
        guard current.isWord("on") else { throw expected("'on' and the key columns after the joined pipeline (on actor)") }
        advance()
        return try expressionList().map { expression in
            if case .binary(.equal, let left, let right) = expression.kind { return JoinKey(left: left, right: right) }
            return JoinKey(left: expression, right: expression)
        }
    }

    /// KQL's hyphenated operator names (`project-away`, `project-rename`, `mv-expand`), which
    /// the lexer reads as a word, `-` and a word: with the cursor on the `-` after `word`, the
    /// whole name (the cursor moved past it), or nil.
    private mutating func hyphenatedOperator(after word: String) -> String? {
        guard ["project", "mv"].contains(word), current.isSymbol("-"), case .identifier(let second) = peek(1).kind,
            tokens[max(0, position - 1)].range.upperBound == current.range.lowerBound, current.range.upperBound == peek(1).range.lowerBound
        else { return nil }
        advance()
        advance()
        return word + "-" + second
    }

    /// SQL's `group by KEYS`, as an operator (`| group by actor`, `summarize` is nil) or after the
    /// aggregates of `summarize`: the error's note writes it with `summarize ... by`. `start` is
    /// where `group` stands; the cursor is on the `by` after it.
    private mutating func groupBy(from start: Int, summarize: QueryToken?) throws(Diagnostic) -> Diagnostic {
        let range = start..<current.range.upperBound
        advance()
        let keysStart = current.range.lowerBound
        _ = try selectItems()
        let keys = sourceText.slice(keysStart..<tokens[max(0, position - 1)].range.upperBound)
        guard let summarize else {
            return Diagnostic(.syntax, "'group by' is not an operator of cq", at: range,
                notes: ["did you mean 'summarize count() by \(keys)'?"])
        }
        let aggregates = Self.trimmingTrailingSpaces(sourceText.slice(summarize.range.lowerBound..<start))
        return Diagnostic(.syntax, "'summarize' groups with 'by', not 'group by'", at: range,
            notes: ["did you mean '\(aggregates) by \(keys)'?"])
    }

    private mutating func stringLiteral(after word: String) throws(Diagnostic) -> String {
        guard case .string(let text) = current.kind else { throw expected("a string after '\(word)'") }
        advance()
        return text
    }

    private mutating func selectItems() throws(Diagnostic) -> [SelectItem] {
        var items = [SelectItem]()
        repeat {
            if !items.isEmpty { advance(); try continueOnNextLine() }
            if case .identifier(let name) = current.kind, peek(1).isSymbol("=") {
                advance()
                advance()
                try continueOnNextLine()
                items.append(SelectItem(expression: try expression(), name: name))
            } else {
                let expression = try expression()
                items.append(SelectItem(expression: expression, name: try alias()))
            }
        } while current.isSymbol(",")
        return items
    }

    private mutating func alias() throws(Diagnostic) -> String? {
        guard current.isWord("as") else { return nil }
        advance()
        guard case .identifier(let name) = current.kind else { throw expected("a name after 'as'") }
        advance()
        return name
    }

    private mutating func expressionList() throws(Diagnostic) -> [Expression] {
        var expressions = [try expression()]
        while current.isSymbol(",") {
            advance()
            try continueOnNextLine()
            expressions.append(try expression())
        }
        return expressions
    }

    private mutating func aggregate() throws(Diagnostic) -> Aggregate {
        var name: String?
        if case .identifier(let alias) = current.kind, peek(1).isSymbol("=") {
            name = alias
            advance()
            advance()
            try continueOnNextLine()
        }
        let start = current.range.lowerBound
        guard case .identifier(let function) = current.kind else { throw expected("an aggregate such as count() or sum(n)") }
        advance()
        guard current.isSymbol("(") else {
            throw Diagnostic(.syntax, "expected '(' after aggregate '\(function)'", at: current.range,
                notes: ["aggregates are called like functions: count(), sum(n), collect(actor)"])
        }
        let open = current.range.lowerBound
        advance()
        if current.isSymbol("*"), peek(1).isSymbol(")") { throw starArgument(of: function) }
        let arguments = try expressions(closedBy: ")", opened: open)
        let end = current.range.upperBound
        advance()
        let alias = try alias()
        return Aggregate(function: function, arguments: arguments, name: name ?? alias, range: start..<end)
    }

    // MARK: Expressions

    /// Parses an expression by precedence climbing.
    public mutating func expression(minimumPrecedence: Int = 1) throws(Diagnostic) -> Expression {
        var left = try unary()
        let outerOperatorDepth = operatorDepth
        defer { operatorDepth = outerOperatorDepth }
        while true {
            if current.isWord("between"), BinaryOperator.lessOrEqual.precedence >= minimumPrecedence {
                left = try between(left)
                continue
            }
            guard let (op, length) = binaryOperator(), op.precedence >= minimumPrecedence else { break }
            let operatorRange = current.range
            operatorDepth += 1
            guard operatorDepth <= Self.maximumOperatorDepth else {
                throw Diagnostic(.syntax, "expression stacks more than \(Self.maximumOperatorDepth) operators",
                    at: operatorRange, notes: ["to compare with many values, use 'in [...]' (for example: statement in [\"a\", \"b\"])"])
            }
            for _ in 0..<length { advance() }
            try continueOnNextLine()
            if current.kind == .end {
                throw Diagnostic(.incomplete, "expected an expression after '\(op.rawValue)'", at: operatorRange)
            }
            if op == .in || op == .notIn, current.isSymbol("("), parenthesesHold(",") {
                throw try listInParentheses(after: sourceText.slice(left.range) + " " + op.rawValue + " ")
            }
            let right = try nested { (parser: inout Parser) throws(Diagnostic) in
                try parser.expression(minimumPrecedence: op.precedence + 1)
            }
            left = Expression(.binary(op, left, right), left.range.lowerBound..<right.range.upperBound)
        }
        if let borrowed = borrowedOperator() { throw borrowed }
        return left
    }

    /// `VALUE between LOW .. HIGH` (KQL's `between (LOW .. HIGH)` too), with the cursor on
    /// `between`: read as `VALUE >= LOW and VALUE <= HIGH`, both bounds included.
    private mutating func between(_ value: Expression) throws(Diagnostic) -> Expression {
        let word = current.range
        operatorDepth += 3
        guard operatorDepth <= Self.maximumOperatorDepth else {
            throw Diagnostic(.syntax, "expression stacks more than \(Self.maximumOperatorDepth) operators", at: word)
        }
        advance()
        let parenthesized = current.isSymbol("(") && parenthesesHold("..")
        let open = current.range
        if parenthesized { advance() }
        let bound = { (parser: inout Parser, what: String) throws(Diagnostic) -> Expression in
            try parser.continueOnNextLine()
            if parser.current.kind == .end {
                throw Diagnostic(.incomplete, "expected the \(what) bound of 'between'", at: parser.current.range)
            }
            return try parser.nested { (parser: inout Parser) throws(Diagnostic) in
                try parser.expression(minimumPrecedence: BinaryOperator.add.precedence)
            }
        }
        let low = try bound(&self, "low")
        guard current.isSymbol("..") else {
            throw unexpected("expected '..' after the low bound of 'between'", current, notes: ["for example: date between 2022-01-01 .. 2022-12-31"])
        }
        advance()
        let high = try bound(&self, "high")
        var end = high.range.upperBound
        if parenthesized {
            guard current.isSymbol(")") else { throw closing(")", opened: open.lowerBound) }
            end = current.range.upperBound
            advance()
        }
        let start = value.range.lowerBound
        return Expression(.binary(.and,
            Expression(.binary(.greaterOrEqual, value, low), start..<low.range.upperBound),
            Expression(.binary(.lessOrEqual, value, high), start..<end)), start..<end)
    }

    /// An operator of SQL or KQL after an operand (`&&`, `||`, `<>`, `=`, `AND`, `like`), as an
    /// error naming cq's own; nil for any other token.
    private func borrowedOperator() -> Diagnostic? {
        switch current.kind {
        case .symbol(let symbol):
            guard let ours = QueryHabits.symbols[symbol] else { return nil }
            let message = symbol == "=" ? "'=' does not compare in cq" : "'\(symbol)' is not an operator of cq"
            return Diagnostic(.syntax, message, at: current.range, notes: ["did you mean '\(ours)'?"])
        case .identifier(let word):
            guard let ours = QueryHabits.operatorWord(for: word) else { return nil }
            return Diagnostic(.syntax, "'\(word)' is not an operator of cq", at: current.range, notes: ["did you mean '\(ours)'?"])
        default:
            return nil
        }
    }

    /// Whether the parenthesis at the cursor holds the symbol at its own level: a comma for
    /// SQL's list `("a", "b")`, `..` for KQL's `between (a .. b)`.
    private func parenthesesHold(_ symbol: String) -> Bool {
        var level = 0
        for token in tokens[position...] {
            switch token.kind {
            case .symbol("("), .symbol("["): level += 1
            case .symbol(")"), .symbol("]"):
                level -= 1
                if level == 0 { return false }
            case .symbol(symbol):
                if level == 1 { return true }
            case .end:
                return false
            default:
                break
            }
        }
        return false
    }

    /// SQL's list in parentheses, `("India", "Japan")`, at the cursor: parses it and gives the
    /// error, whose note writes it in brackets after `prefix` (`actor in `).
    private mutating func listInParentheses(after prefix: String) throws(Diagnostic) -> Diagnostic {
        let open = current.range.lowerBound
        advance()
        let elements = try expressions(closedBy: ")", opened: open)
        let list = "[" + elements.map { sourceText.slice($0.range) }.joined(separator: ", ") + "]"
        return Diagnostic(.syntax, "a list is written in brackets, not parentheses", at: open..<current.range.upperBound,
            notes: ["did you mean \(prefix)\(list)?"])
    }

    /// `count(*)`, `sum(*)`: SQL's star, with the cursor on it.
    private func starArgument(of function: String) -> Diagnostic {
        let note = function == "count" ? "did you mean 'count()'? it counts the rows" : "give '\(function)' a column, such as \(function)(n)"
        return Diagnostic(.syntax, "'*' is not an argument in cq", at: current.range, notes: [note])
    }

    private func binaryOperator() -> (BinaryOperator, Int)? {
        switch current.kind {
        case .symbol(let symbol):
            if symbol == "=" { return nil }
            return BinaryOperator(rawValue: symbol).map { ($0, 1) }
        case .identifier(let word):
            if word == "not", peek(1).isWord("in") { return (.notIn, 2) }
            guard ["or", "and", "in", "has", "contains", "startswith", "matches"].contains(word) else { return nil }
            return BinaryOperator(rawValue: word).map { ($0, 1) }
        default:
            return nil
        }
    }

    private mutating func unary() throws(Diagnostic) -> Expression {
        let start = current.range.lowerBound
        if current.isSymbol("-") {
            advance()
            let operand = try nested { (parser: inout Parser) throws(Diagnostic) in try parser.unary() }
            if case .literal(.int(let value)) = operand.kind {
                return Expression(.literal(.int(-value)), start..<operand.range.upperBound)
            }
            if case .literal(.float(let value)) = operand.kind {
                return Expression(.literal(.float(-value)), start..<operand.range.upperBound)
            }
            return Expression(.unary(.negate, operand), start..<operand.range.upperBound)
        }
        if current.isWord("not") {
            advance()
            let operand = try nested { (parser: inout Parser) throws(Diagnostic) in
                try parser.expression(minimumPrecedence: 3)
            }
            return Expression(.unary(.not, operand), start..<operand.range.upperBound)
        }
        return try postfix()
    }

    private mutating func postfix() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .integer(let value):
            advance()
            return Expression(.literal(.int(value)), token.range)
        case .float(let value):
            advance()
            return Expression(.literal(.float(value)), token.range)
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), token.range)
        case .date(let value):
            advance()
            return Expression(.literal(.date(value)), token.range)
        case .duration(let step):
            advance()
            return Expression(.duration(step), token.range)
        case .regex(let pattern, let flags):
            advance()
            return Expression(.regex(pattern: pattern, flags: flags), token.range)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), token.range)
        case .symbol("("):
            let open = position
            advance()
            let inner = try nested { (parser: inout Parser) throws(Diagnostic) in
                try parser.continueOnNextLine()
                let expression = try parser.expression()
                try parser.continueOnNextLine()
                return expression
            }
            if current.isSymbol(",") {
                position = open
                throw try listInParentheses(after: "")
            }
            guard current.isSymbol(")") else { throw closing(")", opened: token.range.lowerBound) }
            advance()
            return inner
        case .symbol("["):
            advance()
            let elements = try expressions(closedBy: "]", opened: token.range.lowerBound)
            let end = current.range.upperBound
            advance()
            return Expression(.list(elements), token.range.lowerBound..<end)
        case .identifier(let name):
            advance()
            switch name {
            case "true": return Expression(.literal(.bool(true)), token.range)
            case "false": return Expression(.literal(.bool(false)), token.range)
            case "null": return Expression(.literal(.null), token.range)
            default: break
            }
            if current.isSymbol("(") {
                advance()
                if current.isSymbol("*"), peek(1).isSymbol(")") { throw starArgument(of: name) }
                let arguments = try expressions(closedBy: ")", opened: token.range.lowerBound)
                let end = current.range.upperBound
                advance()
                return Expression(.call(name, arguments), token.range.lowerBound..<end)
            }
            var path = [name]
            var end = token.range.upperBound
            while current.isSymbol("."), case .identifier(let field) = peek(1).kind {
                path.append(field)
                end = peek(1).range.upperBound
                advance()
                advance()
            }
            return Expression(.column(path), token.range.lowerBound..<end)
        case .end:
            throw Diagnostic(.incomplete, "expected an expression", at: token.range)
        default:
            throw unexpected("expected an expression", token)
        }
    }

    /// The comma-separated expressions of a list or a call, up to (not past) the `closer`;
    /// `opened` is where the bracket stands, for the error when it is never closed.
    private mutating func expressions(closedBy closer: String, opened: Int) throws(Diagnostic) -> [Expression] {
        var elements = [Expression]()
        try nested { (parser: inout Parser) throws(Diagnostic) in
            try parser.continueOnNextLine()
            while !parser.current.isSymbol(closer) {
                if !elements.isEmpty {
                    guard parser.current.isSymbol(",") else { throw parser.closing(closer, opened: opened) }
                    parser.advance()
                    try parser.continueOnNextLine()
                }
                elements.append(try parser.expression())
                try parser.continueOnNextLine()
            }
        }
        return elements
    }

    // MARK: Helpers

    /// Runs `body` one nesting level deeper, refusing input nested beyond `maximumDepth`.
    private mutating func nested<T>(_ body: (inout Parser) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw Diagnostic(.syntax, "expression nested more than \(Self.maximumDepth) levels deep", at: current.range)
        }
        return try body(&self)
    }

    private var current: QueryToken { tokens[position] }

    private func peek(_ offset: Int) -> QueryToken {
        tokens[min(position + offset, tokens.count - 1)]
    }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private mutating func skipNewlines() {
        while current.kind == .newline { advance() }
    }

    /// Skips line breaks inside an unfinished query (after `|`, `,`, an operator, or inside
    /// brackets) — unless the next line starts a query of its own ("clauses | ..."): then this
    /// query stops short, and the error points at the end of its line.
    private mutating func continueOnNextLine() throws(Diagnostic) {
        guard current.kind == .newline else { return }
        let lineEnd = position
        let lastToken = tokens[max(0, position - 1)]
        skipNewlines()
        if case .identifier(let word) = current.kind,
            peek(1).isSymbol("|") || (word == "let" && peek(2).isSymbol("="))
        {
            position = lineEnd
            throw Diagnostic(.syntax, "the query is not complete at the end of the line", at: lastToken.range,
                notes: ["the next line starts a new query"])
        }
    }

    private mutating func skipSeparators() {
        while current.kind == .newline || current.isSymbol(";") { advance() }
    }

    private func expected(_ what: String) -> Diagnostic {
        if current.kind == .end { return Diagnostic(.incomplete, "expected \(what)", at: current.range) }
        return unexpected("expected \(what)", current)
    }

    private func closing(_ symbol: String, opened start: Int) -> Diagnostic {
        if current.kind == .end {
            return Diagnostic(.incomplete, "missing '\(symbol)' to close the one opened here", at: start..<(start + 1))
        }
        return unexpected("expected '\(symbol)'", current)
    }

    /// "MESSAGE, found TOKEN" at the token, or the token's own diagnostic when the lexer could not read it.
    private func unexpected(_ message: String, _ token: QueryToken, notes: [String] = []) -> Diagnostic {
        if case .invalid(let diagnostic) = token.kind { return diagnostic }
        return Diagnostic(.syntax, "\(message), found \(describe(token))", at: token.range, notes: notes)
    }

    private func describe(_ token: QueryToken) -> String {
        switch token.kind {
        case .identifier(let name): "'\(name)'"
        case .string(let text): "string \(Value.string(text).literalDescription)"
        case .integer(let value): "number \(value)"
        case .float(let value): "number \(value)"
        case .date(let day): "date \(day)"
        case .duration(let step): "duration \(step)"
        case .regex(let pattern, _): "regex /\(pattern)/"
        case .parameter(let name): "parameter $\(name)"
        case .symbol(let symbol): "'\(symbol)'"
        case .newline: "end of line"
        case .invalid: "unreadable text"
        case .end: "end of input"
        }
    }
}
