import Synchronization

/// The distinct values of the categorical columns (actor, cameo, topics, entity names...), for
/// the checker's "no row has" warnings and for completion. Each column's values are worked out
/// the first time they are asked for, so a query that compares no column with a literal never
/// pays for a scan of the corpus.
public final class ColumnValues: Sendable {
    private let compute: @Sendable (String) -> [String]?
    private let known = Mutex<[String: [String]?]>([:])

    /// Values computed by `compute`, which gives a column's sorted distinct values or nil for a
    /// column that is not categorical.
    public init(compute: @escaping @Sendable (String) -> [String]?) {
        self.compute = compute
    }

    /// Fixed values, by column name.
    public convenience init(_ values: [String: [String]] = [:]) {
        self.init { values[$0] }
    }

    /// The sorted distinct values of the column, or nil when it is not categorical.
    public func values(of column: String) -> [String]? {
        if let cached = known.withLock({ $0[column] }) { return cached }
        let computed = compute(column)
        known.withLock { $0[column] = .some(computed) }
        return computed
    }
}
