import Foundation
import QueryLanguage

/// A compiled expression: computes a value from a row.
typealias CompiledExpression = ([Value]) throws(Diagnostic) -> Value

/// The statement row a `statement.FIELD` expression found last.
private final class LastStatement {
    var id: String?
    var row: [Value]?
}

/// Compiles checked expressions into closures over rows.
struct ExpressionCompiler {
    let context: ExecutionContext

    /// The closure computing `expression`.
    func compile(_ expression: TypedExpression) throws(Diagnostic) -> CompiledExpression {
        let range = expression.range
        switch expression.kind {
        case .literal(let value):
            return { _ in value }
        case .column(let index):
            return { row in row[index] }
        case .statementField(let column, let field):
            let statements = context.tables.statementsById
            guard let fieldIndex = Schema.statementColumns.firstIndex(where: { $0.name == field }) else {
                throw Diagnostic(.type, "a statement has no field '\(field)'", at: range)
            }
            // Rows of one statement come together: the last statement found is tried first.
            let last = LastStatement()
            return { row in
                guard case .string(let id) = row[column] else { return .null }
                if id == last.id, let found = last.row { return found[fieldIndex] }
                guard let statement = statements[id] else { return .null }
                last.id = id
                last.row = statement
                return statement[fieldIndex]
            }
        case .parameter(let name):
            let value = context.parameters[name] ?? .null
            // A caller may bind any value: infinity and NaN are refused as the lexer refuses `1e999`.
            guard value.isFinite else {
                throw Diagnostic(.runtime, "parameter $\(name) is not a finite number", at: range,
                    notes: [Arithmetic.floatRangeNote])
            }
            return { _ in value }
        case .regex(let pattern, _):
            return { _ in .string(pattern) }
        case .list(let elements):
            let compiled = try elements.map { (element) throws(Diagnostic) in try compile(element) }
            return { row in
                var values = [Value]()
                values.reserveCapacity(compiled.count)
                for element in compiled { values.append(try element(row)) }
                return .list(values)
            }
        case .call(let name, let arguments) where name == "extract" || name == "replace":
            return try regexFunction(name, arguments, range: range)
        case .call(let name, let arguments):
            let compiled = try arguments.map { (argument) throws(Diagnostic) in try compile(argument) }
            return try Builtins.function(name, arguments: compiled, range: range)
        case .unary(let op, let operand):
            let inner = try compile(operand)
            switch op {
            case .not:
                return { row in .bool(!(try inner(row)).isTrue) }
            case .negate:
                return { row throws(Diagnostic) in
                    switch try inner(row) {
                    case .int(let value):
                        let (negated, overflow) = (0).subtractingReportingOverflow(value)
                        if overflow { throw Diagnostic(.runtime, "integer overflow in '-'", at: range) }
                        return .int(negated)
                    case .float(let value): return .float(try Arithmetic.finite(-value, in: "'-'", range: range))
                    default: return .null
                    }
                }
            }
        case .binary(let op, let left, let right):
            return try binary(op, left, right, range: range)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression, range: Range<Int>) throws(Diagnostic)
        -> CompiledExpression
    {
        let lhs = try compile(left)
        if op == .matches {
            return try matches(lhs, pattern: right, range: range)
        }
        if op == .has || op == .contains, case .literal(.string(let needle)) = right.kind {
            return textSearch(lhs, for: needle, wholeWord: op == .has)
        }
        let rhs = try compile(right)
        switch op {
        case .and:
            return { row throws(Diagnostic) in
                guard try lhs(row).isTrue else { return .bool(false) }
                return .bool(try rhs(row).isTrue)
            }
        case .or:
            return { row throws(Diagnostic) in
                if try lhs(row).isTrue { return .bool(true) }
                return .bool(try rhs(row).isTrue)
            }
        case .equal:
            return { row in .bool(Operations.equal(try lhs(row), try rhs(row))) }
        case .notEqual:
            return { row in .bool(!Operations.equal(try lhs(row), try rhs(row))) }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return { row in .bool(Operations.compare(op, try lhs(row), try rhs(row))) }
        case .in:
            return { row in .bool(Operations.member(try lhs(row), of: try rhs(row))) }
        case .notIn:
            return { row in .bool(!Operations.member(try lhs(row), of: try rhs(row))) }
        case .has:
            return { row in .bool(Operations.has(try lhs(row), try rhs(row))) }
        case .contains:
            return { row in .bool(Operations.contains(try lhs(row), try rhs(row))) }
        case .startswith:
            return { row in .bool(Operations.startsWith(try lhs(row), try rhs(row))) }
        case .add, .subtract, .multiply, .divide, .remainder:
            return { row throws(Diagnostic) in try Arithmetic.apply(op, try lhs(row), try rhs(row), range: range) }
        case .matches:
            throw Diagnostic(.type, "internal: matches compiled twice", at: range)
        }
    }

    /// `x has "word"` and `x contains "part"` with a literal: the search is prepared once.
    private func textSearch(_ subject: @escaping CompiledExpression, for needle: String, wholeWord: Bool) -> CompiledExpression {
        let search = TextSearch(needle)
        return { row throws(Diagnostic) in
            let value = try subject(row)
            if case .string(let text) = value {
                return .bool(wholeWord ? search.isFoundAsWord(in: text) : search.isFound(in: text))
            }
            return .bool(wholeWord ? Operations.has(value, .string(needle)) : Operations.contains(value, .string(needle)))
        }
    }

    /// `x matches /re/`: a regex literal compiles once; a string pattern compiles per distinct value.
    private func matches(_ subject: @escaping CompiledExpression, pattern: TypedExpression, range: Range<Int>) throws(Diagnostic)
        -> CompiledExpression
    {
        let context = self.context
        if case .regex(let text, let flags) = pattern.kind {
            let matcher = try RegexMatcher(pattern: text, flags: flags, range: pattern.range)
            return { row in try Self.match(try subject(row), matcher, context) }
        }
        if case .literal(.string(let text)) = pattern.kind {
            let matcher = try RegexMatcher(pattern: text, flags: "", range: pattern.range)
            return { row in try Self.match(try subject(row), matcher, context) }
        }
        let compiledPattern = try compile(pattern)
        let patternRange = pattern.range
        return { row throws(Diagnostic) in
            guard case .string(let text) = try compiledPattern(row) else { return .bool(false) }
            let matcher = try RegexMatcher(pattern: text, flags: "", range: patternRange)
            return try Self.match(try subject(row), matcher, context)
        }
    }

    private static func match(_ value: Value, _ matcher: RegexMatcher, _ context: ExecutionContext) throws(Diagnostic) -> Value {
        switch value {
        case .string(let text):
            return .bool(try matcher.matches(text, context: context))
        case .list(let items):
            for case .string(let text) in items where try matcher.matches(text, context: context) { return .bool(true) }
            return .bool(false)
        default:
            return .bool(false)
        }
    }
}

extension Value {
    /// Whether the value counts as true in a condition: only `true` does.
    var isTrue: Bool { self == .bool(true) }

    /// False for infinity, NaN, and a list holding one.
    var isFinite: Bool {
        switch self {
        case .float(let value): value.isFinite
        case .list(let items): items.allSatisfy(\.isFinite)
        default: true
        }
    }
}
