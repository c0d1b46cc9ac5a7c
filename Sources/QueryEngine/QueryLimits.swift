/// Bounds on what one query may do, checked while it runs.
public struct QueryLimits: Sendable {
    /// The most rows any step may hold.
    public var maximumRows: Int
    /// The longest a query may run, in seconds; nil for no limit.
    public var timeLimit: Double?

    /// Limits: ten million rows and, by default, no time limit.
    public init(maximumRows: Int = 10_000_000, timeLimit: Double? = nil) {
        self.maximumRows = maximumRows
        self.timeLimit = timeLimit
    }
}
