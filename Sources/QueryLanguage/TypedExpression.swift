/// An expression after checking: names resolved to column positions, types known.
public struct TypedExpression: Sendable {
    /// The resolved forms.
    public indirect enum Kind: Sendable {
        case literal(Value)
        /// The value of the row's column at this position.
        case column(Int)
        /// A field of the statement whose id is in the row's column at this position.
        case statementField(statementColumn: Int, field: String)
        case parameter(String)
        case regex(pattern: String, flags: String)
        case list([TypedExpression])
        case call(String, [TypedExpression])
        case unary(UnaryOperator, TypedExpression)
        case binary(BinaryOperator, TypedExpression, TypedExpression)
    }

    public var kind: Kind
    public var type: ValueType
    /// Byte offsets into the source, for run-time errors.
    public var range: Range<Int>
}

/// A pipeline after checking: its source, its steps and the columns it produces.
public struct CheckedPipeline: Sendable {
    /// Where the rows come from.
    public enum Source: Sendable, Equatable {
        case builtin(String)
        case binding(String)
        case previous
        /// `diff "A" "B"`: the clauses of statement `before` against those of `after`.
        case diff(before: String, after: String)
        /// `search "text"`: the rows of every source that mention the text.
        case search(String)
    }

    public var source: Source
    public var steps: [CheckedStep]
    public var columns: [Column]
    /// Where the source stands, and its arguments.
    public var sourceRange: Range<Int>
}

/// One step of a checked pipeline.
public struct CheckedStep: Sendable {
    /// What the step does.
    public enum Kind: Sendable {
        case filter(TypedExpression)
        /// Replace the columns by these.
        case project([TypedExpression])
        /// Append or overwrite columns: each expression and the position it writes.
        case extend([(position: Int, expression: TypedExpression)])
        case sort([(expression: TypedExpression, descending: Bool)])
        case take(TypedExpression)
        /// The input's rows paired with the rows of `right` whose keys are equal (the key columns'
        /// positions on each side); the output is the input's columns and then `right`'s columns at
        /// `rightColumns` (none for `leftsemi` and `leftanti`).
        case join(JoinKind, right: CheckedPipeline, keys: [(left: Int, right: Int)], rightColumns: [Int])
        /// The input's rows and then each pipeline's; `placements` says, for the input and then for
        /// each pipeline, which of its columns fills each output column (nil: null).
        case union([CheckedPipeline], placements: [[Int?]])
        /// One row per combination of the `keys` columns, and a column per value of the `column`
        /// column holding the `value` column (summed over rows that share a cell), or the rows'
        /// count without one. Its columns depend on the rows: it ends a query.
        case pivot(column: Int, value: Int?, keys: [Int])
        /// `count` rows drawn at random (from a generator seeded with `seed` when given), in order.
        case sample(count: TypedExpression, seed: TypedExpression?)
        /// The first rows in the order of the key: a sort, then a take.
        case top(count: TypedExpression, key: (expression: TypedExpression, descending: Bool))
        case distinct([TypedExpression])
        case count
        /// Group by the keys and compute the aggregates: function names and arguments.
        case summarize(keys: [TypedExpression], aggregates: [(function: String, argument: TypedExpression?)])
        case expand(column: Int)
        case search(String)
        /// Keyword in context over the text column; statement and clause number columns carried when present.
        case kwic(term: String, width: TypedExpression?, text: Int, statement: Int?, clause: Int?)
        /// Draw the rows (see `ChartLayout`).
        case chart(ChartLayout)
        /// Each statement named in the `id` column compared with the one named before it.
        case diff(id: Int)
        /// The evidence of the clause each row names by its statement and clause number columns.
        case why(statement: Int, clause: Int)
        /// A condition every row must meet or, when `aggregates` is not empty, that the
        /// aggregates of all rows must meet (the condition then reads them as its columns, in
        /// order); `message` is said when it fails. The rows pass on unchanged.
        case assert(condition: TypedExpression, aggregates: [AssertedAggregate], message: String?)
    }

    public var kind: Kind
    /// The columns after this step.
    public var columns: [Column]
    /// The operator's range in the source.
    public var range: Range<Int>
}

/// How `chart` draws a table: bars (`label` names them) or lines (`label` is the x axis, dates
/// or numbers), each `value` long or high; with a `series` column, one line per value of it,
/// or one bar per value within each label (side by side, or `stacked`). `file` is the SVG
/// file to write as well.
public struct ChartLayout: Sendable, Equatable {
    public var style: ChartStyle
    public var label: Int
    public var value: Int
    public var series: Int?
    public var stacked: Bool
    public var file: String?

    /// A layout of the columns at these positions.
    public init(style: ChartStyle, label: Int, value: Int, series: Int? = nil, stacked: Bool = false, file: String? = nil) {
        self.style = style
        self.label = label
        self.value = value
        self.series = series
        self.stacked = stacked
        self.file = file
    }
}

/// An aggregate in the condition of `assert` (`count()` in `assert count() >= 1`), computed
/// over all the rows before the condition is tested.
public struct AssertedAggregate: Sendable {
    public var function: String
    public var argument: TypedExpression?
    /// How a failure names it: `count()`, `max(n)`.
    public var name: String
}
