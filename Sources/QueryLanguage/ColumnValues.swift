import Synchronization

/// The distinct values of the categorical columns (actor, cameo, topics, entity names...) and
/// their other names, for the checker's "no row has" warnings and for completion. Each column's values are worked out
/// the first time they are asked for, so a query that compares no column with a literal never
/// pays for a scan of the corpus.
public final class ColumnValues: Sendable {
    private let compute: @Sendable (String) -> [String]?
    private let computeAliases: @Sendable (String) -> [String: ValueAlias]
    private let known = Mutex<[String: [String]?]>([:])
    private let knownAliases = Mutex<[String: [String: ValueAlias]]>([:])

    /// Values computed by `compute`, which gives a column's sorted distinct values or nil for a
    /// column that is not categorical, and other names for them computed by `aliases`.
    public init(
        compute: @escaping @Sendable (String) -> [String]?, aliases: @escaping @Sendable (String) -> [String: ValueAlias] = { _ in [:] }
    ) {
        self.compute = compute
        self.computeAliases = aliases
    }

    /// Fixed values and other names, by column name.
    public convenience init(_ values: [String: [String]] = [:], aliases: [String: [String: ValueAlias]] = [:]) {
        self.init(compute: { values[$0] }, aliases: { aliases[$0] ?? [:] })
    }

    /// The sorted distinct values of the column, or nil when it is not categorical.
    public func values(of column: String) -> [String]? {
        if let cached = known.withLock({ $0[column] }) { return cached }
        let computed = compute(column)
        known.withLock { $0[column] = .some(computed) }
        return computed
    }

    /// The other names of the column's values (codes, aliases, initials) by their lowercased
    /// spelling; asked only when a literal that no row has needs a note.
    public func aliases(of column: String) -> [String: ValueAlias] {
        if let cached = knownAliases.withLock({ $0[column] }) { return cached }
        let computed = computeAliases(column)
        knownAliases.withLock { $0[column] = computed }
        return computed
    }
}
