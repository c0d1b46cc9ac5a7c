import Foundation
import QueryLanguage

/// Compiles checked expressions into SQL with cq's meaning: a comparison with null is false,
/// not unknown (`==` is null-safe, `<` is false), `and`, `or` and `not` treat null as false,
/// `contains` and `startswith` ignore case, int division truncates, `iff` and `case` compute
/// one branch.
struct SQLExpression {
    let dialect: SQLDialect
    /// The columns of the step's input, by position.
    let columns: [Column]
    /// The name of the step's input (`s1`), for references from inside a subquery.
    let input: String
    let parameters: [String: Value]

    /// `EXPR AS "name"`.
    func named(_ expression: TypedExpression, _ name: String) throws(Diagnostic) -> String {
        try sql(expression) + " AS " + dialect.quoted(name)
    }

    /// A condition, null counting as false.
    func condition(_ expression: TypedExpression) throws(Diagnostic) -> String {
        "COALESCE(\(try sql(expression)), \(dialect.falseLiteral))"
    }

    /// The count of `take` or `top`, which cq requires to be zero or more.
    func count(_ expression: TypedExpression, of op: String) throws(Diagnostic) -> String {
        if case .int(let count)? = try ConstantCheck(parameters: parameters).value(of: expression), count < 0 {
            throw Diagnostic(.type, "'\(op)' needs a count of zero or more, not \(count)", at: expression.range)
        }
        return try translate(expression)
    }

    /// An aggregate of `summarize` (`count` with an argument counts its non-null values, as the
    /// checker writes `count_if(c)`).
    func aggregate(_ function: String, _ argument: TypedExpression?, at range: Range<Int>) throws(Diagnostic) -> String {
        if function == "min" || function == "max", case .list? = argument?.type {
            throw dialect.untranslated("'\(function)' of a list (cq orders lists item by item)", at: argument?.range ?? range)
        }
        let value = try argument.map { (expression) throws(Diagnostic) in try sql(expression) }
        switch (function, value) {
        case ("count", nil): return "COUNT(*)"
        case ("count", let value?): return "COUNT(\(value))"
        case ("count_distinct", let value?): return "COUNT(DISTINCT \(value))"
        case ("sum", let value?): return "SUM(\(value))"
        case ("avg", let value?): return "AVG(\(value))"
        case ("min", let value?): return "MIN(\(value))"
        case ("max", let value?): return "MAX(\(value))"
        case ("percent", nil): return "\(dialect.floatLiteral("100.0")) * COUNT(*) / SUM(COUNT(*)) OVER ()"
        default: throw dialect.untranslated("the aggregate '\(function)'", at: argument?.range ?? range)
        }
    }

    /// The SQL of an expression, refused when a constant part of it fails in cq (`ConstantCheck`).
    func sql(_ expression: TypedExpression) throws(Diagnostic) -> String {
        _ = try ConstantCheck(parameters: parameters).value(of: expression)
        return try translate(expression)
    }

    private func translate(_ expression: TypedExpression) throws(Diagnostic) -> String {
        switch expression.kind {
        case .literal(let value):
            return try literal(value, at: expression.range)
        case .column(let position):
            // Qualified, so that no column of a subquery's table (json_each's `type`) hides it.
            return "\(input).\(dialect.quoted(columns[position].name))"
        case .parameter(let name):
            return try literal(parameters[name] ?? .null, at: expression.range)
        case .call(let name, let arguments):
            return try call(name, arguments, at: expression.range)
        case .unary(.not, let operand):
            return "(NOT COALESCE(\(try translate(operand)), \(dialect.falseLiteral)))"
        case .unary(.negate, let operand):
            return "(-\(try translate(operand)))"
        case .binary(let op, let left, let right):
            return try binary(op, left, right, at: expression.range)
        case .statementField(let statementColumn, let field):
            // The field of the row's statement: a lookup by the statement's id.
            let name = ExportSchema.renamedColumns[field] ?? field
            // MAX of the one row: Spark 3 takes only an aggregate from a correlated subquery.
            return "(SELECT MAX(statements.\(name)) FROM statements WHERE statements.id = \(input).\(dialect.quoted(columns[statementColumn].name)))"
        case .regex:
            throw dialect.untranslated("a regex", at: expression.range)
        case .list:
            throw dialect.untranslated("a list outside 'in'", at: expression.range)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression, at range: Range<Int>) throws(Diagnostic) -> String {
        let a = try translate(left)
        switch op {
        case .in, .notIn:
            guard case .list(let elements) = right.kind else { throw dialect.untranslated("'in' with a parameter list", at: right.range) }
            // cq compares as `==` does: a null in the list finds a null value.
            let isNull = { (element: TypedExpression) in if case .literal(.null) = element.kind { true } else { false } }
            let findsNull = elements.contains(where: isNull)
            let items = try elements.filter { !isNull($0) }.map { (element) throws(Diagnostic) in try translate(element) }
            var tests = items.isEmpty ? [] : ["COALESCE(\(a) IN (\(items.joined(separator: ", "))), \(dialect.falseLiteral))"]
            if findsNull { tests.append("(\(a) IS NULL)") }
            let test = tests.isEmpty ? dialect.falseLiteral : "(" + tests.joined(separator: " OR ") + ")"
            return op == .in ? test : "(NOT \(test))"
        case .has where left.type == .list(.string):
            // The export holds a list as a JSON array of text.
            let element = "lower(\(try translate(right)))"
            switch dialect {
            case .sqlite: return "EXISTS (SELECT 1 FROM json_each(\(a)) WHERE lower(json_each.value) = \(element))"
            case .duckdb: return "EXISTS (SELECT 1 FROM (SELECT unnest(from_json(\(a), '[\"VARCHAR\"]')) AS item) WHERE lower(item) = \(element))"
            case .postgres: return "EXISTS (SELECT 1 FROM json_array_elements_text(CAST(\(a) AS json)) AS item WHERE lower(item) = \(element))"
            case .spark: return "COALESCE(exists(from_json(\(a), 'array<string>'), item -> lower(item) = \(element)), FALSE)"
            }
        case .has where left.type == .string:
            return try hasWord(a, right, at: range)
        case .has, .matches:
            throw dialect.untranslated("'\(op.rawValue)' on text", at: range)
        default:
            break
        }
        let b = try translate(right)
        let falseValue = dialect.falseLiteral
        switch op {
        case .and: return "(COALESCE(\(a), \(falseValue)) AND COALESCE(\(b), \(falseValue)))"
        case .or: return "(COALESCE(\(a), \(falseValue)) OR COALESCE(\(b), \(falseValue)))"
        // SQLite's null-safe comparison is IS; the others have the standard's.
        case .equal: return dialect == .sqlite ? "(\(a) IS \(b))" : "(\(a) IS NOT DISTINCT FROM \(b))"
        case .notEqual: return dialect == .sqlite ? "(\(a) IS NOT \(b))" : "(\(a) IS DISTINCT FROM \(b))"
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            return "COALESCE(\(a) \(op.rawValue) \(b), \(falseValue))"
        case .contains:
            guard left.type == .string else { throw dialect.untranslated("'contains' on a list", at: range) }
            // cq finds no empty text (as `has` finds no empty term).
            return "COALESCE(length(\(b)) > 0 AND \(position(of: "lower(\(b))", in: "lower(\(a))")) > 0, \(falseValue))"
        case .startswith:
            return "COALESCE(substr(lower(\(a)), 1, length(\(b))) = lower(\(b)), \(falseValue))"
        case .add where left.type == .string:
            return "(\(a) || \(b))"
        case .add, .subtract, .multiply, .remainder:
            guard left.type.isNumeric || left.type == .null, right.type.isNumeric || right.type == .null else {
                throw dialect.untranslated("date arithmetic", at: range)
            }
            // SQLite's `%` truncates floats to integers, PostgreSQL has none for them; cq's is fmod's.
            if op == .remainder, left.type == .float || right.type == .float, dialect == .sqlite || dialect == .postgres {
                throw dialect.untranslated("'%' on floats", at: range)
            }
            return "(\(a) \(op.rawValue) \(b))"
        case .divide:
            return left.type == .int && right.type == .int ? dialect.integerDivision(a, b) : "(\(a) / \(b))"
        default:
            throw dialect.untranslated("'\(op.rawValue)'", at: range)
        }
    }

    /// `text has "term"`: the term's words as a regular expression, matched in any case; the
    /// term must be known when the query compiles (a literal or a parameter).
    private func hasWord(_ text: String, _ term: TypedExpression, at range: Range<Int>) throws(Diagnostic) -> String {
        let value: Value
        switch term.kind {
        case .literal(let literal): value = literal
        case .parameter(let name): value = parameters[name] ?? .null
        default: throw dialect.untranslated("'has' on text with a computed term", at: term.range)
        }
        guard case .string(let words) = value else { return dialect.falseLiteral }
        let wordTerm = WordTerm(words)
        guard !wordTerm.isEmpty else { return dialect.falseLiteral }
        guard let pattern = WordPattern(dialect: dialect).pattern(for: wordTerm) else {
            throw dialect.untranslated("'has' on text (it needs regular expressions)", at: range)
        }
        let literal = dialect.stringLiteral(pattern)
        switch dialect {
        case .duckdb: return "COALESCE(regexp_matches(\(text), \(literal)), FALSE)"
        case .postgres: return "COALESCE(\(text) ~* \(literal), FALSE)"
        default: return "COALESCE(\(text) RLIKE \(literal), FALSE)"
        }
    }

    private func call(_ name: String, _ arguments: [TypedExpression], at range: Range<Int>) throws(Diagnostic) -> String {
        let values = try arguments.map { (argument) throws(Diagnostic) in try translate(argument) }
        switch name {
        case "lower", "upper", "coalesce":
            return "\(name)(\(values.joined(separator: ", ")))"
        case "trim":
            // cq trims every white space character, SQL's trim only spaces unless told which.
            let spaces = dialect.stringLiteral(Self.whiteSpace)
            switch dialect {
            case .sqlite, .duckdb: return "trim(\(values[0]), \(spaces))"
            case .postgres: return "btrim(\(values[0]), \(spaces))"
            case .spark: return "trim(BOTH \(spaces) FROM \(values[0]))"
            }
        case "len" where arguments.first?.type == .string:
            return "length(\(values[0]))"
        case "year", "month", "day":
            switch dialect {
            case .sqlite:
                // SQLite holds a date as ISO text.
                let field = ["year": "%Y", "month": "%m", "day": "%d"][name] ?? "%Y"
                return "CAST(strftime('\(field)', \(values[0])) AS INTEGER)"
            case .duckdb, .postgres, .spark:
                return "CAST(EXTRACT(\(name.uppercased()) FROM \(values[0])) AS BIGINT)"
            }
        case "bin":
            return try bin(arguments, values, at: range)
        case "iff":
            return "(CASE WHEN COALESCE(\(values[0]), \(dialect.falseLiteral)) THEN \(values[1]) ELSE \(values[2]) END)"
        case "case":
            var text = "(CASE"
            for index in stride(from: 0, to: values.count - 1, by: 2) {
                text += " WHEN COALESCE(\(values[index]), \(dialect.falseLiteral)) THEN \(values[index + 1])"
            }
            return text + " ELSE \(values[values.count - 1]) END)"
        case "strcat" where arguments.allSatisfy({ $0.type == .string || $0.type == .int || $0.type == .null }):
            return "(" + values.map { "COALESCE(CAST(\($0) AS \(dialect == .spark ? "STRING" : "TEXT")), '')" }.joined(separator: " || ") + ")"
        default:
            throw dialect.untranslated("the function '\(name)'", at: range)
        }
    }

    /// `bin(date, 1month)` (one week, month, quarter or year: the first day of the bucket) and
    /// `bin(int, SIZE)` (the multiple at or below); wider date buckets and floats are refused.
    private func bin(_ arguments: [TypedExpression], _ values: [String], at range: Range<Int>) throws(Diagnostic) -> String {
        let value = values[0]
        if arguments[0].type == .date {
            guard case .literal(.string(let literal)) = arguments[1].kind, let step = DateStep(literal: literal), step.count == 1 else {
                throw dialect.untranslated("'bin' of a date by more than one unit", at: arguments[1].range)
            }
            if step.unit == .day { return value }
            switch dialect {
            case .sqlite:
                switch step.unit {
                case .week: return "date(\(value), 'weekday 0', '-6 days')"
                case .quarter: return "date(\(value), 'start of month', '-' || ((CAST(strftime('%m', \(value)) AS INTEGER) - 1) % 3) || ' months')"
                default: return "date(\(value), 'start of \(step.unit.rawValue)')"
                }
            case .duckdb, .postgres:
                return "CAST(date_trunc('\(step.unit == .week ? "week" : step.unit.rawValue)', \(value)) AS DATE)"
            case .spark:
                return "trunc(\(value), '\(step.unit == .week ? "WEEK" : step.unit.rawValue.uppercased())')"
            }
        }
        guard arguments[0].type == .int, arguments[1].type == .int else { throw dialect.untranslated("'bin' of a float", at: range) }
        // The multiple at or below, for negative numbers too (SQL's % keeps the dividend's sign).
        return "(\(value) - ((\(value) % \(values[1])) + \(values[1])) % \(values[1]))"
    }

    /// The characters `trim` removes: Foundation's white space and newlines (Unicode's Z
    /// categories, tab to carriage return, U+0085).
    static let whiteSpace = String(String.UnicodeScalarView(
        ([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680] + Array(0x2000...0x200A) + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000])
            .compactMap(Unicode.Scalar.init)))

    /// Where `needle` starts in `haystack` (1 for the first character), 0 when it is not there.
    private func position(of needle: String, in haystack: String) -> String {
        switch dialect {
        case .sqlite, .spark: "instr(\(haystack), \(needle))"
        case .duckdb, .postgres: "strpos(\(haystack), \(needle))"
        }
    }

    private func literal(_ value: Value, at range: Range<Int>) throws(Diagnostic) -> String {
        switch value {
        case .null: return "NULL"
        case .bool(let flag): return flag ? dialect.trueLiteral : dialect.falseLiteral
        case .int(let number): return String(number)
        case .float(let number): return dialect.floatLiteral("\(number)")
        case .string(let text): return dialect.stringLiteral(text)
        case .date(let day): return dialect == .sqlite ? "'\(day)'" : "DATE '\(day)'"
        case .list: throw dialect.untranslated("a list value", at: range)
        }
    }
}
