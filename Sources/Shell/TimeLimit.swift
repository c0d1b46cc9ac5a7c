import QueryEngine

/// A whole-query time limit as `--timeout` and `.timeout` take it: a positive number of
/// seconds, or `off`.
public struct TimeLimit: Sendable, Equatable {
    /// The limit in seconds; nil for none.
    public var seconds: Double?

    /// The limit `text` names, or nil when it names none: a positive, finite number of seconds
    /// up to a year, or `off`.
    public static func parse(_ text: String) -> TimeLimit? {
        if text == "off" { return TimeLimit(seconds: nil) }
        guard let seconds = Double(text), seconds.isFinite, seconds > 0, seconds <= QueryLimits.longestTimeLimit else { return nil }
        return TimeLimit(seconds: seconds)
    }
}
