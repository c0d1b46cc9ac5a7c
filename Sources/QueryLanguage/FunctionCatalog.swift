/// The scalar functions and aggregates of the language and how they are typed.
public enum FunctionCatalog {
    /// A scalar function's description for help and completion.
    public struct Entry: Sendable {
        public var name: String
        public var signature: String
        public var summary: String
    }

    /// The scalar functions, for help and completion.
    public static let functions: [Entry] = [
        Entry(name: "lower", signature: "lower(string) -> string", summary: "the text in lower case"),
        Entry(name: "upper", signature: "upper(string) -> string", summary: "the text in upper case"),
        Entry(name: "len", signature: "len(string | list) -> int", summary: "characters of a text, elements of a list"),
        Entry(name: "trim", signature: "trim(string) -> string", summary: "the text without surrounding spaces"),
        Entry(name: "year", signature: "year(date) -> int", summary: "the year of a date"),
        Entry(name: "month", signature: "month(date) -> int", summary: "the month of a date, 1 to 12"),
        Entry(name: "day", signature: "day(date) -> int", summary: "the day of the month of a date"),
        Entry(name: "coalesce", signature: "coalesce(a, b, ...) -> first non-null", summary: "the first argument that is not null"),
        Entry(name: "join", signature: "join(list, separator) -> string", summary: "the elements of a list joined by a separator"),
        Entry(name: "split", signature: "split(string, separator) -> list<string>", summary: "the text cut at every separator"),
        Entry(name: "iff", signature: "iff(condition, then, else)", summary: "then when the condition is true, else otherwise"),
        Entry(name: "case", signature: "case(cond1, value1, cond2, value2, ..., else)", summary: "the value of the first true condition, else the last"),
        Entry(name: "strcat", signature: "strcat(a, b, ...) -> string", summary: "the values as text, joined (null as nothing)"),
        Entry(name: "substring", signature: "substring(string, start[, length]) -> string", summary: "characters from start (0 is the first)"),
        Entry(name: "replace", signature: "replace(string, find, with) -> string", summary: "every occurrence of a text (or /regex/, $1 in with) replaced"),
        Entry(name: "extract", signature: "extract(/regex/, group, string) -> string", summary: "the group of the first match (0 the whole), or null"),
        Entry(name: "bin", signature: "bin(date, 1month) or bin(number, size)", summary: "the first day of the date's bucket (1d 7d 2w 1month 1quarter 1year), or the multiple of size below"),
        Entry(name: "format_date", signature: "format_date(date, \"yyyy-MM\") -> string", summary: "the date written with yyyy yy MM M MMM MMMM dd d Q"),
    ]

    /// The aggregates of `summarize`.
    public static let aggregates: [Entry] = [
        Entry(name: "count", signature: "count()", summary: "rows in the group"),
        Entry(name: "count_distinct", signature: "count_distinct(x)", summary: "distinct non-null values"),
        Entry(name: "sum", signature: "sum(number)", summary: "the sum"),
        Entry(name: "avg", signature: "avg(number)", summary: "the mean, as a float"),
        Entry(name: "min", signature: "min(x)", summary: "the smallest value"),
        Entry(name: "max", signature: "max(x)", summary: "the largest value"),
        Entry(name: "collect", signature: "collect(x)", summary: "the distinct values, as a list"),
        Entry(name: "dcount", signature: "dcount(x)", summary: "count_distinct(x), KQL's name"),
        Entry(name: "count_if", signature: "count_if(condition)", summary: "rows where the condition is true"),
        Entry(name: "sum_if", signature: "sum_if(number, condition)", summary: "the sum over the rows where the condition is true"),
        Entry(name: "percent", signature: "percent()", summary: "the group's rows as a percentage of all rows, as a float"),
    ]

    /// The result type of a scalar function applied to arguments of the given types, or a
    /// message saying what is wrong.
    public static func resultType(of name: String, arguments: [ValueType]) -> Result<ValueType, TypeProblem> {
        func expect(_ count: Int) -> TypeProblem? {
            arguments.count == count ? nil : .arity(expected: "\(count)", found: arguments.count)
        }
        func argument(_ index: Int, _ allowed: [ValueType], _ description: String) -> TypeProblem? {
            allowed.contains(where: { arguments[index].fits($0) }) ? nil : .argument(index, expected: description, found: arguments[index])
        }
        switch name {
        case "lower", "upper", "trim":
            if let problem = expect(1) ?? argument(0, [.string], "string") { return .failure(problem) }
            return .success(.string)
        case "len":
            if let problem = expect(1) { return .failure(problem) }
            if case .list = arguments[0] { return .success(.int) }
            if let problem = argument(0, [.string], "string or list") { return .failure(problem) }
            return .success(.int)
        case "year", "month", "day":
            if let problem = expect(1) ?? argument(0, [.date], "date") { return .failure(problem) }
            return .success(.int)
        case "coalesce":
            guard !arguments.isEmpty else { return .failure(.arity(expected: "at least 1", found: 0)) }
            let known = arguments.filter { $0 != .null && $0 != .any }
            guard let first = known.first else { return .success(arguments.contains(.any) ? .any : .null) }
            if let mismatch = known.firstIndex(where: { !$0.fits(first) }) {
                return .failure(.argument(mismatch, expected: first.description, found: known[mismatch]))
            }
            return .success(first)
        case "join":
            if let problem = expect(2) { return .failure(problem) }
            guard case .list = arguments[0] else { return .failure(.argument(0, expected: "list", found: arguments[0])) }
            if let problem = argument(1, [.string], "string") { return .failure(problem) }
            return .success(.string)
        case "split":
            if let problem = expect(2) ?? argument(0, [.string], "string") ?? argument(1, [.string], "string") {
                return .failure(problem)
            }
            return .success(.list(.string))
        case "iff":
            if let problem = expect(3) ?? argument(0, [.bool], "bool") { return .failure(problem) }
            return commonType(of: arguments, at: [1, 2])
        case "case":
            guard arguments.count >= 3, arguments.count % 2 == 1 else {
                return .failure(.arity(expected: "an odd number of (at least 3)", found: arguments.count))
            }
            for index in stride(from: 0, to: arguments.count - 1, by: 2) {
                if let problem = argument(index, [.bool], "bool") { return .failure(problem) }
            }
            return commonType(of: arguments, at: Array(stride(from: 1, to: arguments.count, by: 2)) + [arguments.count - 1])
        case "strcat":
            guard !arguments.isEmpty else { return .failure(.arity(expected: "at least 1", found: 0)) }
            if let list = arguments.firstIndex(where: { if case .list = $0 { true } else { false } }) {
                return .failure(.argument(list, expected: "a single value", found: arguments[list]))
            }
            return .success(.string)
        case "substring":
            guard arguments.count == 2 || arguments.count == 3 else { return .failure(.arity(expected: "2 or 3", found: arguments.count)) }
            if let problem = argument(0, [.string], "string") ?? argument(1, [.int], "int")
                ?? (arguments.count == 3 ? argument(2, [.int], "int") : nil)
            {
                return .failure(problem)
            }
            return .success(.string)
        case "replace":
            if let problem = expect(3) ?? argument(0, [.string], "string") ?? argument(1, [.string], "string or /regex/")
                ?? argument(2, [.string], "string")
            {
                return .failure(problem)
            }
            return .success(.string)
        case "extract":
            if let problem = expect(3) ?? argument(0, [.string], "/regex/") ?? argument(1, [.int], "int") ?? argument(2, [.string], "string") {
                return .failure(problem)
            }
            return .success(.string)
        case "format_date":
            if let problem = expect(2) ?? argument(0, [.date], "date") ?? argument(1, [.string], "string") { return .failure(problem) }
            return .success(.string)
        default:
            return .failure(.unknown)
        }
    }

    /// The result type of an aggregate over values of the given type (nil for `count()`).
    public static func aggregateType(of name: String, argument: ValueType?) -> Result<ValueType, TypeProblem> {
        switch name {
        case "count":
            return argument == nil ? .success(.int) : .failure(.arity(expected: "0", found: 1))
        case "percent":
            return argument == nil ? .success(.float) : .failure(.arity(expected: "0", found: 1))
        case "count_distinct":
            return argument == nil ? .failure(.arity(expected: "1", found: 0)) : .success(.int)
        case "sum", "avg":
            guard let argument else { return .failure(.arity(expected: "1", found: 0)) }
            guard argument.isNumeric || argument == .any || argument == .null else {
                return .failure(.argument(0, expected: "int or float", found: argument))
            }
            return .success(name == "avg" ? .float : argument)
        case "min", "max":
            guard let argument else { return .failure(.arity(expected: "1", found: 0)) }
            return .success(argument)
        case "collect":
            guard let argument else { return .failure(.arity(expected: "1", found: 0)) }
            return .success(.list(argument))
        default:
            return .failure(.unknown)
        }
    }

    /// The one type the arguments at `positions` share (nulls aside), as the branches of `iff`.
    private static func commonType(of arguments: [ValueType], at positions: [Int]) -> Result<ValueType, TypeProblem> {
        let known = positions.filter { arguments[$0] != .null && arguments[$0] != .any }
        guard let first = known.first else { return .success(positions.contains { arguments[$0] == .any } ? .any : .null) }
        let type = arguments[first]
        if let mismatch = known.first(where: { !arguments[$0].fits(type) }) {
            return .failure(.argument(mismatch, expected: type.description, found: arguments[mismatch]))
        }
        return .success(type)
    }

    /// Why a call does not type.
    public enum TypeProblem: Error, Equatable, Sendable {
        case unknown
        case arity(expected: String, found: Int)
        case argument(Int, expected: String, found: ValueType)
    }
}
