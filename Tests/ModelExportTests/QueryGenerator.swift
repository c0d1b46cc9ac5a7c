import QueryEngine
import QueryLanguage

/// Disagreements between cq and the SQL it compiles for SQLite that are known and open. The
/// generator keeps each class out of its queries (or the comparison looser) while it is
/// avoided, so that a run stays green and anything new stands out; letting one in again
/// (`CQ_QUERYGEN_KNOWN`) reproduces it.
enum KnownIssue: String, CaseIterable, Sendable {
    /// `n / 0`, `n % 0`: cq stops with "division by zero", SQLite gives null. Avoided: every
    /// divisor is a literal other than zero.
    case divisionByZero
    /// `upper("Türkiye")`: SQLite's upper and lower map ASCII letters only ("TüRKIYE"). Avoided:
    /// upper and lower only of ASCII text, no literal with a capital beyond ASCII.
    case unicodeCaseMapping
}

/// A query the generator made, and how far cq's answer to it fixes SQLite's.
struct GeneratedQuery: Sendable {
    var text: String
    var expectation: RowExpectation
    /// The names of the columns cq's answer must have, in order.
    var columns: [String]
}

/// The types of the columns and expressions the generator makes.
enum ColumnType: Equatable, Sendable {
    case string, int, float, bool, date, strings, dates

    /// The generator's type for a column type of the language, nil for one it does not use.
    init?(_ type: ValueType) {
        switch type {
        case .string: self = .string
        case .int: self = .int
        case .float: self = .float
        case .bool: self = .bool
        case .date: self = .date
        case .list(.string): self = .strings
        case .list(.date): self = .dates
        default: return nil
        }
    }

    /// Whether it is a list type.
    var isList: Bool { self == .strings || self == .dates }
}

/// What the data holds, for literals that occur in it: the distinct values of each column
/// of the exported sources (`"clauses.actor"`; the elements of a list column), and which
/// string columns hold only ASCII text and never an empty string.
struct DataCatalogue: Sendable {
    var strings: [String: [String]] = [:]
    var ints: [String: [Int]] = [:]
    var dates: [String] = []
    var asciiColumns: Set<String> = []
    var nonEmptyColumns: Set<String> = []

    /// The sources the generator starts from, with the columns that are unique together in each
    /// (the primary keys of the export; evidence has none).
    static let sources: [(name: String, key: Set<String>?)] = [
        ("statements", ["id"]), ("clauses", ["statement", "n"]), ("entities", ["statement", "name", "type"]),
        ("mentions", ["statement", "entity", "type", "start"]), ("evidence", nil),
    ]

    /// The catalogue of the statements loaded in `session`, read with queries.
    static func of(_ session: QuerySession) throws -> DataCatalogue {
        var catalogue = DataCatalogue()
        var dates = Set<String>()
        for (source, _) in sources {
            for column in Schema.sources[source] ?? [] {
                let origin = source + "." + column.name
                let expand = ColumnType(column.type)?.isList == true ? " | expand \(column.name)" : ""
                let values = try session.query("\(source)\(expand) | distinct \(column.name)").rows.compactMap(\.first)
                switch column.type {
                case .string, .list(.string):
                    let texts = values.compactMap { value -> String? in if case .string(let text) = value { text } else { nil } }
                    catalogue.strings[origin] = texts
                    if texts.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isASCII } }) { catalogue.asciiColumns.insert(origin) }
                    if !texts.contains("") { catalogue.nonEmptyColumns.insert(origin) }
                case .int:
                    catalogue.ints[origin] = values.compactMap { value -> Int? in if case .int(let number) = value { number } else { nil } }
                case .date, .list(.date):
                    for case .date(let day) in values { dates.insert(day.description) }
                default:
                    break
                }
            }
        }
        catalogue.dates = dates.sorted()
        return catalogue
    }
}

/// A column of the rows at some step of a generated query, as the generator knows it.
struct ModelColumn: Sendable {
    var name: String
    var type: ColumnType
    /// The source column whose values it holds unchanged ("clauses.actor"), for literals.
    var origin: String?
    /// Whether its text is all ASCII (for upper and lower).
    var ascii: Bool
}

/// A generated expression: its text, its type, and what the generator knows of its values.
struct GeneratedExpression {
    var text: String
    var type: ColumnType
    /// The source column whose values it holds (`lower(actor)` keeps actor's), for literals.
    var origin: String?
    /// Whether its text is all ASCII.
    var ascii = true
    /// Whether it may be the empty string.
    var mayBeEmpty = true
    /// Whether its SQL is a literal (a literal, a negated one, `x in []`), which SQLite may read as a column position.
    var isLiteral = false
}

/// A key of the order the rows are in: a column, or nil for one no longer among the columns.
struct OrderKey: Sendable {
    var column: String?
    var descending: Bool
}

/// What the generator knows of the rows after each step: their columns, which columns are
/// unique together, the order cq gives them and whether that order (and the rows) is fixed.
struct RowsModel {
    var columns: [ModelColumn]
    /// Sets of columns whose values are unique together; an empty set means at most one row.
    var uniqueKeys: [Set<String>]
    /// The order cq's rows are in, outermost key first.
    var order: [OrderKey] = []
    /// Whether that order is total (no two rows tie), as far as the generator can tell.
    var orderTotal = false
    /// Whether the rows are fixed (false after a take or top that cuts through ties).
    var rowsFixed = true
    /// Whether a step has no translation: the query is refused, and nothing follows the step.
    var untranslated = false

    /// Whether the order is total: by its own keys, or because there is at most one row.
    var isTotal: Bool { orderTotal || uniqueKeys.contains { $0.isEmpty } }

    /// Whether the columns `names` are unique together.
    func unique(_ names: [String]) -> Bool {
        uniqueKeys.contains { $0.isSubset(of: names) }
    }

    /// The order keys before the first that is no longer a column.
    var visibleOrder: [String] {
        Array(order.prefix { $0.column != nil }.compactMap(\.column))
    }

    /// The column of that name, if any.
    func column(_ name: String) -> ModelColumn? {
        columns.first { $0.name == name }
    }

    /// How far cq's answer fixes SQLite's.
    var expectation: RowExpectation {
        let names = columns.map(\.name)
        return RowExpectation(rowsFixed: rowsFixed, ordered: isTotal, orderColumns: visibleOrder.compactMap { names.firstIndex(of: $0) })
    }
}

/// Makes random well-typed cq queries over the exported sources from a seed: a source, then
/// one to five steps (where, extend, select, sort, take, top, summarize, distinct, count, now
/// and then a construct the compiler does not translate), keeping track of the columns and
/// their types so that every reference is valid, with literals drawn from the data (and a few
/// that are not in it), and of the order and uniqueness of the rows so that the comparison
/// asks no more of SQLite than cq's answer fixes.
struct QueryGenerator {
    let catalogue: DataCatalogue
    /// The known issues whose queries are kept out.
    let avoided: Set<KnownIssue>
    private var random: SplitMix64
    /// The columns the expression being made may read.
    private var scope: [ModelColumn] = []

    /// A generator of the queries of `seed` over the data `catalogue` describes.
    init(seed: UInt64, catalogue: DataCatalogue, avoiding avoided: Set<KnownIssue>) {
        self.catalogue = catalogue
        self.avoided = avoided
        random = SplitMix64(seed: seed)
    }

    /// The steps a query is made of.
    private enum StepKind {
        case filter, extend, select, sort, take, top, summarize, distinct, count, untranslated
    }

    /// A new query.
    mutating func query() -> GeneratedQuery {
        let source = pick(DataCatalogue.sources)
        var rows = RowsModel(
            columns: (Schema.sources[source.name] ?? []).compactMap { column in
                ColumnType(column.type).map { type in
                    let origin = source.name + "." + column.name
                    return ModelColumn(name: column.name, type: type, origin: origin, ascii: catalogue.asciiColumns.contains(origin))
                }
            },
            uniqueKeys: source.key.map { [$0] } ?? [])
        var steps = [source.name]
        for _ in 0..<number(in: 1...5) {
            let (text, ends) = step(&rows)
            steps.append(text)
            if ends { break }
        }
        // Rows in a total order are compared in order: end with a sort by unique columns now and then.
        if !rows.untranslated, rows.rowsFixed, !rows.isTotal, chance(0.3), let unique = uniqueSortKey(rows) {
            steps.append(sort(&rows, by: unique))
        }
        return GeneratedQuery(text: steps.joined(separator: " | "), expectation: rows.expectation,
            columns: rows.columns.map(\.name))
    }

    /// One step over `rows`, and whether the query ends with it (its rows are no longer fixed,
    /// or it has no translation).
    private mutating func step(_ rows: inout RowsModel) -> (text: String, ends: Bool) {
        scope = rows.columns
        let kind = weighted([
            (24, .filter), (14, .extend), (14, .select), (14, .sort), (7, .take), (6, .top), (11, .summarize), (5, .distinct),
            (3, .count), (2, .untranslated),
        ] as [(Int, StepKind)])
        switch kind {
        case .filter: return ("where " + expression(.bool, depth: number(in: 1...3)).text, false)
        case .extend: return (extend(&rows), false)
        case .select: return (select(&rows), false)
        case .sort: return (sort(&rows), false)
        case .take: return take(&rows)
        case .top: return top(&rows)
        case .summarize: return (summarize(&rows), false)
        case .distinct: return (distinct(&rows), false)
        case .count:
            rows = RowsModel(columns: [ModelColumn(name: "count", type: .int, ascii: true)], uniqueKeys: [[]])
            return ("count", false)
        case .untranslated:
            rows.untranslated = true
            return (untranslated(rows), true)
        }
    }

    // MARK: Steps

    /// `extend NAME = EXPR, ...`, new columns or overwritten ones.
    private mutating func extend(_ rows: inout RowsModel) -> String {
        var output = rows.columns
        var items = [String]()
        for _ in 0..<number(in: 1...3) {
            // An item reads the columns the items before it wrote, and may write one again.
            scope = output
            let value = expression(scalarType(), depth: number(in: 0...2))
            let name = chance(0.3) ? pick(output).name : freshName(avoiding: output.map(\.name))
            let column = ModelColumn(name: name, type: value.type, origin: value.origin, ascii: value.ascii)
            if let position = output.firstIndex(where: { $0.name == name }) {
                output[position] = column
                rows.lose(name)
            } else {
                output.append(column)
            }
            items.append("\(name) = \(value.text)")
        }
        rows.columns = output
        return "extend " + items.joined(separator: ", ")
    }

    /// `select COLUMN, NAME = COLUMN, NAME = EXPR, ...`.
    private mutating func select(_ rows: inout RowsModel) -> String {
        var output = [ModelColumn]()
        var items = [String]()
        // The input column each output column shows unchanged, by output name.
        var shown = [String: String]()
        for _ in 0..<number(in: 1...4) {
            if chance(0.6) {
                let column = pick(rows.columns)
                var name = column.name
                if chance(0.25) || output.contains(where: { $0.name == name }) {
                    name = chance(0.5) ? pick(rows.columns).name : freshName(avoiding: [])
                }
                if output.contains(where: { $0.name == name }) { name = freshName(avoiding: output.map(\.name) + rows.columns.map(\.name)) }
                var renamed = column
                renamed.name = name
                output.append(renamed)
                shown[name] = column.name
                items.append(name == column.name ? name : "\(name) = \(column.name)")
            } else {
                let value = expression(scalarType(), depth: number(in: 0...2))
                var name = freshName(avoiding: output.map(\.name))
                let taken = pick(rows.columns).name
                if chance(0.2), !output.contains(where: { $0.name == taken }) {
                    name = taken
                }
                output.append(ModelColumn(name: name, type: value.type, origin: value.origin, ascii: value.ascii))
                items.append("\(name) = \(value.text)")
            }
        }
        rows.project(output.map(\.name), shown: shown)
        rows.columns = output
        return "select " + items.joined(separator: ", ")
    }

    /// `sort by COLUMN [asc|desc], ...`, often by columns unique together (so that the order is total).
    private mutating func sort(_ rows: inout RowsModel) -> String {
        let sortable = sortableColumns(rows)
        guard !sortable.isEmpty else { return "where true" }
        if chance(0.4), let unique = uniqueSortKey(rows) {
            return sort(&rows, by: (chance(0.3) ? [pick(sortable)] : []) + unique)
        }
        return sort(&rows, by: (0..<number(in: 1...3)).map { _ in pick(sortable) })
    }

    /// `sort by` the columns `names` (each once), in random directions.
    private mutating func sort(_ rows: inout RowsModel, by names: [String]) -> String {
        var keys = [OrderKey]()
        var texts = [String]()
        for name in names where !keys.contains(where: { $0.column == name }) {
            let (text, descending) = direction(descendingByDefault: false)
            keys.append(OrderKey(column: name, descending: descending))
            texts.append(name + text)
        }
        rows.sort(by: keys)
        return "sort by " + texts.joined(separator: ", ")
    }

    /// `take N`: it ends the query when the order has ties, unless a sort by unique columns
    /// comes first.
    private mutating func take(_ rows: inout RowsModel) -> (text: String, ends: Bool) {
        let count = pick([0, 1, 2, 3, 5, 10, 20, 50])
        if rows.isTotal { return ("take \(count)", false) }
        if chance(0.6), let unique = uniqueSortKey(rows) {
            return ("\(sort(&rows, by: unique)) | take \(count)", false)
        }
        rows.rowsFixed = false
        return ("take \(count)", true)
    }

    /// `top N by COLUMN [asc|desc]`, often by a column unique alone: it ends the query when the
    /// order has ties.
    private mutating func top(_ rows: inout RowsModel) -> (text: String, ends: Bool) {
        let sortable = sortableColumns(rows)
        guard !sortable.isEmpty else { return ("where true", false) }
        let unique = sortable.filter { rows.unique([$0]) }
        let column = chance(0.5) && !unique.isEmpty ? pick(unique) : pick(sortable)
        let (text, descending) = direction(descendingByDefault: true)
        let count = pick([0, 1, 2, 3, 5, 10])
        rows.sort(by: [OrderKey(column: column, descending: descending)])
        let ends = !rows.isTotal
        if ends { rows.rowsFixed = false }
        return ("top \(count) by \(column)\(text)", ends)
    }

    /// The names of the columns that may be sorted by.
    private func sortableColumns(_ rows: RowsModel) -> [String] {
        rows.columns.map(\.name)
    }

    /// The columns of one of the rows' unique sets that may all be sorted by, shuffled, if any.
    private mutating func uniqueSortKey(_ rows: RowsModel) -> [String]? {
        let sortable = Set(sortableColumns(rows))
        let sets = rows.uniqueKeys.filter { !$0.isEmpty && $0.isSubset(of: sortable) }
        guard !sets.isEmpty else { return nil }
        var names = pick(sets).sorted()
        for index in names.indices.reversed() { names.swapAt(index, number(in: 0...index)) }
        return names
    }

    /// `summarize AGGREGATE, ... [by KEY, ...]`.
    private mutating func summarize(_ rows: inout RowsModel) -> String {
        var output = [ModelColumn]()
        var keys = [String]()
        for _ in 0..<weighted([(2, 0), (5, 1), (3, 2)] as [(Int, Int)]) {
            if chance(0.7) {
                let column = pick(rows.columns)
                guard !output.contains(where: { $0.name == column.name }) else { continue }
                output.append(column)
                keys.append(column.name)
            } else {
                let value = expression(scalarType(), depth: number(in: 0...1))
                let name = freshName(avoiding: output.map(\.name))
                output.append(ModelColumn(name: name, type: value.type, origin: value.origin, ascii: value.ascii))
                keys.append("\(name) = \(value.text)")
            }
        }
        let keyNames = output.map(\.name)
        var aggregates = [String]()
        for _ in 0..<number(in: 1...3) {
            let (text, column) = aggregate(avoiding: output.map(\.name))
            output.append(column)
            aggregates.append(text)
        }
        rows = RowsModel(columns: output, uniqueKeys: [Set(keyNames)])
        return "summarize " + aggregates.joined(separator: ", ") + (keys.isEmpty ? "" : " by " + keys.joined(separator: ", "))
    }

    /// An aggregate of summarize and the column it makes, named apart from `taken`.
    private mutating func aggregate(avoiding taken: [String]) -> (text: String, column: ModelColumn) {
        let counted = ModelColumn(name: "", type: .int, ascii: true)
        var call: String
        var column: ModelColumn
        switch number(in: 0...8) {
        case 0:
            (call, column) = ("count()", counted)
        case 1:
            (call, column) = ("count_if(\(expression(.bool, depth: number(in: 1...2)).text))", counted)
        case 2, 3:
            let value = expression(chance(0.7) ? .int : .float, depth: number(in: 0...1))
            let function = pick(["sum", "avg", "sum_if"])
            let condition = function == "sum_if" ? ", " + expression(.bool, depth: 1).text : ""
            (call, column) = ("\(function)(\(value.text)\(condition))", ModelColumn(name: "", type: function == "avg" ? .float : value.type, ascii: true))
        case 4, 5:
            let value = chance(0.7) && !scope.isEmpty ? reference(pick(scope)) : expression(scalarType(), depth: 1)
            (call, column) = ("\(pick(["min", "max"]))(\(value.text))", ModelColumn(name: "", type: value.type, origin: value.origin, ascii: value.ascii))
        case 6, 7:
            let value = chance(0.7) ? reference(pick(scope)) : expression(scalarType(), depth: 1)
            (call, column) = ("\(pick(["dcount", "count_distinct"]))(\(value.text))", counted)
        default:
            (call, column) = ("percent()", ModelColumn(name: "", type: .float, ascii: true))
        }
        column.name = freshName(avoiding: taken)
        return ("\(column.name) = \(call)", column)
    }

    /// `distinct COLUMN, ...`.
    private mutating func distinct(_ rows: inout RowsModel) -> String {
        var output = [ModelColumn]()
        for _ in 0..<number(in: 1...3) {
            let column = pick(rows.columns)
            if !output.contains(where: { $0.name == column.name }) { output.append(column) }
        }
        rows = RowsModel(columns: output, uniqueKeys: [Set(output.map(\.name))])
        return "distinct " + output.map(\.name).joined(separator: ", ")
    }

    /// A step that checks but that the compiler has no SQL for (it must refuse it, not write SQL
    /// that fails): a has (in SQLite) or matches on text, a function or aggregate it lacks,
    /// sorting by a list, date arithmetic, dates binned by more than one unit.
    private mutating func untranslated(_ rows: RowsModel) -> String {
        let texts = rows.columns.filter { $0.type == .string }.map(\.name)
        let dates = rows.columns.filter { $0.type == .date }.map(\.name)
        let lists = rows.columns.filter { $0.type.isList }.map(\.name)
        var options = ["where \"abc\" matches \"a\""]
        for text in texts {
            options += ["where \(text) has \"China\"", "extend x = substring(\(text), 0, 3)", "summarize v = collect(\(text))"]
        }
        for date in dates { options += ["extend later = \(date) + 1", "summarize c = count() by b = bin(\(date), 2month)"] }
        for list in lists { options += ["where len(\(list)) > 1", "sort by \(list)"] }
        return pick(options)
    }

    // MARK: Expressions

    /// A random expression of `type` over the columns in scope, nested at most `depth` deep.
    private mutating func expression(_ type: ColumnType, depth: Int) -> GeneratedExpression {
        switch type {
        case .string: return string(depth: depth)
        case .int: return int(depth: depth)
        case .float: return float(depth: depth)
        case .bool: return bool(depth: depth)
        case .date: return date(depth: depth)
        case .strings, .dates:
            let columns = scope.filter { $0.type == type }
            return columns.isEmpty ? literal(origin: nil, type: type) : reference(pick(columns))
        }
    }

    /// A scalar type for a computed column, weighted to the common ones.
    private mutating func scalarType() -> ColumnType {
        weighted([(30, .string), (30, .int), (10, .float), (20, .bool), (10, .date)] as [(Int, ColumnType)])
    }

    /// One of the types, each as likely as its weight, three times as likely when a column in
    /// scope has it (so that conditions test columns more than literals).
    private mutating func typeInScope(_ types: [(weight: Int, type: ColumnType)]) -> ColumnType {
        weighted(types.map { weight, type in (scope.contains { $0.type == type } ? 3 * weight : weight, type) })
    }

    /// A column of that type in scope, else a literal, as the leaf of an expression.
    private mutating func leaf(_ type: ColumnType) -> GeneratedExpression {
        let columns = scope.filter { $0.type == type }
        if !columns.isEmpty, chance(0.75) { return reference(pick(columns)) }
        return literal(origin: nil, type: type)
    }

    /// The column itself.
    private func reference(_ column: ModelColumn) -> GeneratedExpression {
        let mayBeEmpty = column.origin.map { !catalogue.nonEmptyColumns.contains($0) } ?? true
        return GeneratedExpression(text: column.name, type: column.type, origin: column.origin, ascii: column.ascii,
            mayBeEmpty: mayBeEmpty)
    }

    /// A string expression.
    private mutating func string(depth: Int) -> GeneratedExpression {
        if depth <= 0 || chance(0.3) { return leaf(.string) }
        switch number(in: 0...7) {
        case 0, 1:
            let argument = string(depth: depth - 1)
            let function = pick(["lower", "upper", "trim"])
            guard argument.ascii || function == "trim" || !avoided.contains(.unicodeCaseMapping) else { return argument }
            return GeneratedExpression(text: "\(function)(\(argument.text))", type: .string, origin: argument.origin, ascii: argument.ascii)
        case 2:
            let (a, b) = (string(depth: depth - 1), string(depth: depth - 1))
            return GeneratedExpression(text: "(\(a.text) + \(b.text))", type: .string, ascii: a.ascii && b.ascii)
        case 3:
            let strings = (0..<number(in: 1...3)).map { _ in chance(0.7) ? string(depth: depth - 1) : int(depth: depth - 1) }
            return GeneratedExpression(text: "strcat(\(strings.map(\.text).joined(separator: ", ")))", type: .string, ascii: strings.allSatisfy(\.ascii))
        default:
            return choice(of: .string, depth: depth)
        }
    }

    /// An int expression; products, quotients and remainders take small literals, so that
    /// nothing overflows.
    private mutating func int(depth: Int) -> GeneratedExpression {
        if depth <= 0 || chance(0.3) { return leaf(.int) }
        let wrap = { (text: String) in GeneratedExpression(text: text, type: .int) }
        switch number(in: 0...9) {
        case 0: return wrap("len(\(string(depth: depth - 1).text))")
        case 1: return wrap("\(pick(["year", "month", "day"]))(\(date(depth: depth - 1).text))")
        case 2: return wrap("(\(int(depth: depth - 1).text) \(pick(["+", "-"])) \(int(depth: depth - 1).text))")
        case 3: return wrap("(\(int(depth: depth - 1).text) * \(intText(pick([-3, -1, 0, 2, 3, 10]))))")
        case 4, 5: return wrap("(\(int(depth: depth - 1).text) \(pick(["/", "%"])) \(divisor()))")
        case 6:
            let operand = int(depth: depth - 1)
            return GeneratedExpression(text: "(-\(operand.text))", type: .int, isLiteral: operand.isLiteral)
        default: return choice(of: .int, depth: depth)
        }
    }

    /// The right side of an int `/` or `%`: a literal other than zero, or anything when division
    /// by zero is let in.
    private mutating func divisor() -> String {
        if avoided.contains(.divisionByZero) || chance(0.5) { return intText(pick([1, 2, 3, 7, 10, -2, -5])) }
        return chance(0.3) ? "0" : int(depth: 1).text
    }

    /// A float expression.
    private mutating func float(depth: Int) -> GeneratedExpression {
        if depth <= 0 || chance(0.3) { return leaf(.float) }
        let wrap = { (text: String) in GeneratedExpression(text: text, type: .float) }
        switch number(in: 0...8) {
        case 0, 1: return wrap("(\(int(depth: depth - 1).text) / \(pick(["2.0", "4.0", "0.5", "3.0", "-8.0"])))")
        case 2: return wrap("(\(float(depth: depth - 1).text) \(pick(["+", "-"])) \(chance(0.5) ? float(depth: depth - 1).text : int(depth: depth - 1).text))")
        case 3: return wrap("(\(float(depth: depth - 1).text) * \(pick(["0.5", "2.0", "-1.5", "0.0"])))")
        case 4: return wrap("(-\(float(depth: depth - 1).text))")
        case 5:
            return wrap("(\(float(depth: depth - 1).text) % \(pick(["2", "0.75", "3.0"])))")
        default: return choice(of: .float, depth: depth)
        }
    }

    /// A date expression.
    private mutating func date(depth: Int) -> GeneratedExpression {
        if depth <= 0 || chance(0.4) { return leaf(.date) }
        return choice(of: .date, depth: depth)
    }

    /// `coalesce`, `iff` or `case` of values of `type` (one of them null now and then).
    private mutating func choice(of type: ColumnType, depth: Int) -> GeneratedExpression {
        let value = { (generator: inout QueryGenerator) in
            generator.chance(0.1) ? GeneratedExpression(text: "null", type: type) : generator.expression(type, depth: depth - 1)
        }
        let first = expression(type, depth: depth - 1)
        let values: [GeneratedExpression]
        let text: String
        switch number(in: 0...2) {
        case 0:
            values = [first, value(&self)]
            text = "coalesce(\(values[0].text), \(values[1].text))"
        case 1:
            values = [first, value(&self)]
            text = "iff(\(bool(depth: depth - 1).text), \(values[0].text), \(values[1].text))"
        default:
            values = [first, value(&self), value(&self)]
            text = "case(\(bool(depth: depth - 1).text), \(values[0].text), \(bool(depth: depth - 1).text), \(values[1].text), \(values[2].text))"
        }
        return GeneratedExpression(text: text, type: type, origin: first.origin, ascii: values.allSatisfy(\.ascii))
    }

    /// A condition.
    private mutating func bool(depth: Int) -> GeneratedExpression {
        if depth <= 0 { return chance(0.7) ? comparison(depth: 0) : leaf(.bool) }
        let wrap = { (text: String) in GeneratedExpression(text: text, type: .bool) }
        switch number(in: 0...13) {
        case 0, 1, 2, 3: return comparison(depth: depth - 1)
        case 4: return membership(depth: depth - 1)
        case 5: return textTest(depth: depth - 1)
        case 6: return listTest()
        case 7: return between(depth: depth - 1)
        case 8, 9: return wrap("(\(bool(depth: depth - 1).text) \(pick(["and", "or"])) \(bool(depth: depth - 1).text))")
        case 10: return wrap("(not \(bool(depth: depth - 1).text))")
        case 11: return leaf(.bool)
        default: return choice(of: .bool, depth: depth)
        }
    }

    /// `a == b`, `a < b`, ... of two values of one type, often a column and a literal of its values.
    private mutating func comparison(depth: Int) -> GeneratedExpression {
        let type = typeInScope([(30, .string), (30, .int), (10, .float), (10, .bool), (15, .date), (5, .strings)])
        let left = expression(type, depth: depth)
        let right: GeneratedExpression
        if chance(0.08) {
            right = GeneratedExpression(text: "null", type: type)
        } else if type == .int, chance(0.15) {
            right = literal(origin: nil, type: .float)
        } else if type.isList || chance(0.4) {
            right = expression(type, depth: depth)
        } else {
            right = literal(origin: left.origin, type: type)
        }
        let orderable = type != .bool && !type.isList
        let op = orderable ? pick(["==", "!=", "<", "<=", ">", ">="]) : pick(["==", "!="])
        return GeneratedExpression(text: "(\(left.text) \(op) \(right.text))", type: .bool)
    }

    /// `a in [...]` or `a not in [...]` with literals of a's type (maybe none).
    private mutating func membership(depth: Int) -> GeneratedExpression {
        let type = typeInScope([(5, .string), (3, .int), (1, .float), (1, .date)])
        let left = expression(type, depth: depth)
        var items = (0..<number(in: 0...4)).map { _ in literal(origin: left.origin, type: type).text }
        if chance(0.3) { items.insert("null", at: number(in: 0...items.count)) }
        // The compiler writes a test against no item as the literal false (or true).
        return GeneratedExpression(text: "(\(left.text) \(chance(0.7) ? "in" : "not in") [\(items.joined(separator: ", "))])", type: .bool,
            isLiteral: items.isEmpty)
    }

    /// `a contains b` or `a startswith b`, b mostly a piece of a value of a's column.
    private mutating func textTest(depth: Int) -> GeneratedExpression {
        let left = string(depth: depth)
        let op = pick(["contains", "startswith"])
        var right = chance(0.7) ? needle(origin: left.origin, prefix: op == "startswith") : string(depth: depth)
        if op == "contains", right.mayBeEmpty, false { right = needle(origin: left.origin, prefix: false) }
        return GeneratedExpression(text: "(\(left.text) \(op) \(right.text))", type: .bool)
    }

    /// `list has "x"`, x mostly an element of the list's column in another case.
    private mutating func listTest() -> GeneratedExpression {
        let lists = scope.filter { $0.type == .strings }
        guard !lists.isEmpty else { return comparison(depth: 0) }
        let list = pick(lists)
        let element = chance(0.8) ? literal(origin: list.origin, type: .string) : string(depth: 1)
        return GeneratedExpression(text: "(\(list.name) has \(element.text))", type: .bool)
    }

    /// `a between low .. high` of ints, floats or dates.
    private mutating func between(depth: Int) -> GeneratedExpression {
        let type = typeInScope([(2, .int), (1, .float), (1, .date)])
        let value = expression(type, depth: depth)
        let (low, high) = (literal(origin: value.origin, type: type), literal(origin: value.origin, type: type))
        return GeneratedExpression(text: "(\(value.text) between \(low.text) .. \(high.text))", type: .bool)
    }

    // MARK: Literals

    /// Strings that occur nowhere or in another case, empty, with quotes and backslashes, and
    /// beyond ASCII.
    private static let strings = [
        "", "China", "china", "CHINA", "Pakistan", "pakistan", "joint", "JOINT", "United States", "terrorism", "Terrorism", "Pakistn",
        "zzz", " China ", "  ", "a", "it's", "say \"no\"", "back\\slash", "Türkiye", "’s", "03", "0", "-1", "2024", "null",
    ]
    /// Strings of the known issues about case mapping and white space.
    private static let unicodeCapitals = ["TÜRKIYE", "ÜBER"]
    private static let paddedWithWhitespace = ["\tChina\n", "\n"]
    private static let ints = [0, 1, 2, 3, 5, 10, 27, 100, 2024, -1, -3, 1000, 9999]
    private static let floats = ["0.0", "0.5", "1.5", "2.5", "1.25", "3.0", "100.0", "33.333333333333336"]
    private static let dates = ["2020-01-01", "2022-06-28", "2024-12-31", "1999-12-31", "2024-05-15"]

    /// A literal of `type`, mostly a value of `origin`'s column when it has one.
    private mutating func literal(origin: String?, type: ColumnType) -> GeneratedExpression {
        let text: String
        switch type {
        case .string:
            return literal(.string(stringValue(origin: origin)), type: .string)
        case .int:
            if let values = origin.flatMap({ catalogue.ints[$0] }), !values.isEmpty, chance(0.6) {
                text = intText(pick(values) + pick([0, 0, 1, -1]))
            } else {
                text = intText(pick(Self.ints))
            }
        case .float:
            let float = pick(Self.floats)
            text = chance(0.2) ? "(-\(float))" : float
        case .bool:
            text = pick(["true", "false"])
        case .date:
            text = chance(0.7) && !catalogue.dates.isEmpty ? pick(catalogue.dates) : pick(Self.dates)
        case .strings, .dates:
            text = "null"
        }
        return GeneratedExpression(text: text, type: type, isLiteral: true)
    }

    /// A literal of a value, as cq writes it.
    private func literal(_ value: Value, type: ColumnType) -> GeneratedExpression {
        let text = value.literalDescription
        var expression = GeneratedExpression(text: text, type: type, ascii: text.unicodeScalars.allSatisfy { $0.isASCII }, isLiteral: true)
        if case .string(let string) = value { expression.mayBeEmpty = string.isEmpty }
        return expression
    }

    /// A string for a literal: a value of `origin`'s column (maybe in another case), or one of
    /// the strings that are not.
    private mutating func stringValue(origin: String?) -> String {
        // A text's whole body would make the query unreadable.
        if let values = origin.flatMap({ catalogue.strings[$0] })?.filter({ $0.count <= 60 }), !values.isEmpty, chance(0.65) {
            return recased(pick(values))
        }
        var pool = Self.strings
        if !avoided.contains(.unicodeCaseMapping) { pool += Self.unicodeCapitals }
        pool += Self.paddedWithWhitespace
        return pick(pool)
    }

    /// A piece of a value of `origin`'s column (its start for `startswith`), never empty, maybe
    /// in another case; or one of the other strings.
    private mutating func needle(origin: String?, prefix: Bool) -> GeneratedExpression {
        guard let values = origin.flatMap({ catalogue.strings[$0] })?.filter({ !$0.isEmpty }), !values.isEmpty, chance(0.75) else {
            let text = stringValue(origin: nil)
            return literal(.string(text), type: .string)
        }
        let characters = Array(pick(values))
        let start = prefix ? 0 : number(in: 0...(characters.count - 1))
        let length = number(in: 1...min(12, characters.count - start))
        return literal(.string(recased(String(characters[start..<(start + length)]))), type: .string)
    }

    /// The text as it is, or in ASCII lower or upper case (any case while case mapping is let in).
    private mutating func recased(_ text: String) -> String {
        let unicode = !avoided.contains(.unicodeCaseMapping)
        switch number(in: 0...5) {
        case 0: return unicode ? text.uppercased() : String(text.map { $0.isASCII ? Character($0.uppercased()) : $0 })
        case 1: return unicode ? text.lowercased() : String(text.map { $0.isASCII ? Character($0.lowercased()) : $0 })
        default: return text
        }
    }

    /// An int as a literal, a negative one in parentheses.
    private func intText(_ value: Int) -> String {
        value < 0 ? "(\(value))" : String(value)
    }

    // MARK: Names and chances

    /// Names for new columns.
    private static let names = ["x", "y", "z", "k", "v", "w", "label", "flag", "total", "part", "tag", "c1", "c2", "c3", "c4", "c5"]

    /// A name for a new column that is not among `taken` (nor a column in scope, so that the new
    /// column never hides one that an expression of the same step reads).
    private mutating func freshName(avoiding taken: [String]) -> String {
        let used = Set(taken + scope.map(\.name))
        let isFree = { (name: String) in !used.contains(name) }
        let free = Self.names.filter(isFree)
        if !free.isEmpty { return pick(free) }
        var number = Self.names.count
        while !isFree("c\(number)") { number += 1 }
        return "c\(number)"
    }

    /// `""`, `" asc"` or `" desc"`, and whether it sorts descending.
    private mutating func direction(descendingByDefault: Bool) -> (text: String, descending: Bool) {
        switch number(in: 0...2) {
        case 0: return (" asc", false)
        case 1: return (" desc", true)
        default: return ("", descendingByDefault)
        }
    }

    /// A number in `range`.
    private mutating func number(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    /// True with probability `probability`.
    private mutating func chance(_ probability: Double) -> Bool {
        Double(random.next() >> 11) / Double(1 << 53) < probability
    }

    /// One of `items`, which are never empty.
    private mutating func pick<Item>(_ items: [Item]) -> Item {
        items[number(in: 0...(items.count - 1))]
    }

    /// One of the items, each as likely as its weight.
    private mutating func weighted<Item>(_ items: [(weight: Int, item: Item)]) -> Item {
        var draw = number(in: 0...(items.reduce(0) { $0 + $1.weight } - 1))
        for (weight, item) in items {
            if draw < weight { return item }
            draw -= weight
        }
        return items[items.count - 1].item
    }
}

extension RowsModel {
    /// The column `name` now holds other values: it is no longer a sort key nor part of a unique set.
    mutating func lose(_ name: String) {
        for index in order.indices where order[index].column == name { order[index].column = nil }
        uniqueKeys.removeAll { $0.contains(name) }
    }

    /// After a select of the columns `names`, where `shown` maps an output column to the input
    /// column it shows unchanged: the order and unique sets in the new names.
    mutating func project(_ names: [String], shown: [String: String]) {
        /// The first output column that shows an input column as it is.
        func output(for input: String) -> String? {
            names.first { shown[$0] == input }
        }
        order = order.map { key in OrderKey(column: key.column.flatMap(output(for:)), descending: key.descending) }
        uniqueKeys = uniqueKeys.compactMap { key in
            let mapped = key.compactMap(output(for:))
            return mapped.count == key.count ? Set(mapped) : nil
        }
    }

    /// Sorts by `keys`, ties kept in the earlier order (cq's sort is stable).
    mutating func sort(by keys: [OrderKey]) {
        let earlier = order.filter { key in key.column == nil || !keys.contains { $0.column == key.column } }
        orderTotal = unique((keys + earlier).compactMap(\.column)) || orderTotal
        order = keys + earlier
    }
}
