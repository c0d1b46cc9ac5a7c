/// A query: a source and the operators its rows flow through.
public struct Pipeline: Sendable, Equatable {
    /// The source's name (`clauses`, a `let` name, `_`) and where it stands.
    public var source: String
    public var sourceRange: Range<Int>
    /// The quoted arguments of a source that takes some: the two statement ids of `diff "A" "B"`.
    public var sourceArguments: [QuotedArgument] = []
    public var operators: [PipelineOperator]
    /// The whole pipeline's byte range.
    public var range: Range<Int>
}

/// One step of a pipeline.
public struct PipelineOperator: Sendable, Equatable {
    /// The operators of the language.
    public enum Kind: Sendable, Equatable {
        case `where`(Expression)
        case select([SelectItem])
        case extend([SelectItem])
        case sort([SortKey])
        case take(Expression)
        /// `top N by EXPR [asc|desc]`: the first N rows in that order (descending unless `asc`).
        case top(Expression, by: SortKey)
        /// `rename NEW = OLD, ...`: the columns' new names and the columns as written.
        case rename([ColumnRename])
        /// `drop COLUMN, ...`: every column but these.
        case drop([Expression])
        /// `sample N [seed S]`: N rows drawn at random, in their order.
        case sample(Expression, seed: Expression?)
        /// `join [kind=K] (PIPELINE) on KEY, ...` and `lookup (PIPELINE) on KEY, ...`.
        case join(JoinKind, Pipeline, on: [JoinKey])
        /// `union (PIPELINE), ...`: the rows of each pipeline after the input's, columns by name.
        case union([Pipeline])
        /// `pivot COLUMN`: one column per value of COLUMN, one row per combination of the others.
        case pivot(Expression)
        case distinct([Expression])
        case count
        case summarize([Aggregate], by: [SelectItem])
        case expand(Expression)
        case search(String)
        case kwic(term: String, width: Expression?)
        /// `chart bar|line|timeline [stacked] [to "FILE.svg"]`.
        case chart(ChartStyle, stacked: Bool, file: QuotedArgument?)
        /// Each statement of the rows compared with the one before.
        case diff
        /// The reader's decisions behind each clause of the rows.
        case why
        /// A condition the rows must meet (each row, or once over all rows when it holds
        /// aggregates such as `count()`), and the message of its failure; the rows pass on.
        case assert(Expression, message: String?)
    }

    public var kind: Kind
    /// The operator's name and where it stands, for diagnostics.
    public var name: String
    public var range: Range<Int>
}

/// A quoted argument and where it stands.
public struct QuotedArgument: Sendable, Equatable {
    public var text: String
    public var range: Range<Int>
}

/// An expression with an optional name: `text`, `len(text) as length`, `n = n + 1`.
public struct SelectItem: Sendable, Equatable {
    public var expression: Expression
    public var name: String?
}

/// The kinds of chart: horizontal bars, or lines over time (`timeline` is `line`).
public enum ChartStyle: String, Sendable, Equatable, CaseIterable {
    case bar, line
}

/// How `join` pairs rows; `lookup` is `leftouter` with at most one row per key.
public enum JoinKind: String, Sendable, Equatable, CaseIterable {
    /// Every pair of rows with equal keys.
    case inner
    /// Every pair, and each input row that has none with nulls.
    case leftouter
    /// The input rows that have a pair, once each.
    case leftsemi
    /// The input rows that have none.
    case leftanti
    /// Each input row with the first row of equal keys, or nulls (`lookup`).
    case lookup
}

/// A key of `join ... on`: a column of the input and one of the joined pipeline (the same
/// name for `on actor`, two for `on actor == name`).
public struct JoinKey: Sendable, Equatable {
    public var left: Expression
    public var right: Expression
}

/// `NEW = OLD` of `rename`.
public struct ColumnRename: Sendable, Equatable {
    public var new: String
    public var newRange: Range<Int>
    public var old: Expression
}

/// A sort key and its direction.
public struct SortKey: Sendable, Equatable {
    public var expression: Expression
    public var descending: Bool
}

/// An aggregate of `summarize`: `count()`, `sum(n) as total`, ...
public struct Aggregate: Sendable, Equatable {
    public var function: String
    public var arguments: [Expression]
    public var name: String?
    public var range: Range<Int>
}

/// A statement of a script.
public enum ScriptStatement: Sendable, Equatable {
    /// `let NAME = PIPELINE`
    case binding(name: String, nameRange: Range<Int>, pipeline: Pipeline)
    /// `let NAME = VALUE` (a literal, a list, a computation on them): binds the parameter `$NAME`.
    case value(name: String, nameRange: Range<Int>, expression: Expression)
    /// A query whose result is shown.
    case query(Pipeline)
}
