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
        default:
            return .failure(.unknown)
        }
    }

    /// The result type of an aggregate over values of the given type (nil for `count()`).
    public static func aggregateType(of name: String, argument: ValueType?) -> Result<ValueType, TypeProblem> {
        switch name {
        case "count":
            return argument == nil ? .success(.int) : .failure(.arity(expected: "0", found: 1))
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

    /// Why a call does not type.
    public enum TypeProblem: Error, Equatable, Sendable {
        case unknown
        case arity(expected: String, found: Int)
        case argument(Int, expected: String, found: ValueType)
    }
}
