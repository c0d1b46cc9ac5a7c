/// Bounds on what one query may do, checked while it runs.
public struct QueryLimits: Sendable {
    /// The most rows any step may hold.
    public var maximumRows: Int
    /// The longest a query may run, in seconds; nil for no limit.
    public var timeLimit: Double?
    /// The longest one regex may work on one text, in seconds: catastrophic backtracking
    /// (`/(\w+\s?)+\d$/` on a long clause) becomes an error naming the pattern instead of a hang.
    public var regexTimePerText: Double

    /// The longest time limit accepted, in seconds (a year): longer ones mean no limit.
    public static let longestTimeLimit = 31_536_000.0

    /// Limits: ten million rows, by default no time limit, and one second per regex match.
    public init(maximumRows: Int = 10_000_000, timeLimit: Double? = nil, regexTimePerText: Double = 1) {
        self.maximumRows = maximumRows
        self.timeLimit = timeLimit
        self.regexTimePerText = regexTimePerText
    }

    /// `seconds` as a duration, clamped to zero and `longestTimeLimit` (NaN is zero).
    static func duration(_ seconds: Double) -> Duration {
        let clamped = seconds.isNaN ? 0 : min(max(seconds, 0), longestTimeLimit)
        return .milliseconds(Int64((clamped * 1000).rounded()))
    }
}
