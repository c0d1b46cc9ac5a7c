/// A duration literal of the language, `1d`, `7d`, `2w`, `1month`, `1quarter`, `1year`: the
/// width of the buckets `bin(date, STEP)` puts dates in.
public struct DateStep: Sendable, Hashable, CustomStringConvertible {
    /// The calendar units a step counts.
    public enum Unit: String, Sendable, CaseIterable {
        case day = "d", week = "w", month, quarter, year
    }

    public let count: Int
    public let unit: Unit

    /// The most units a literal may count.
    public static let maximumCount = 100_000

    /// The unit words a literal may use after its number, and the unit each means.
    public static let unitWords: [String: Unit] = [
        "d": .day, "day": .day, "days": .day, "w": .week, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
    ]

    /// A step of `count` units.
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The step a literal such as `7d` or `1month` writes, or nil.
    public init?(literal text: String) {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard let count = Int(digits), let unit = Self.unitWords[String(text.dropFirst(digits.count))] else { return nil }
        self.init(count: count, unit: unit)
    }

    /// `7d`, `1month`.
    public var description: String {
        "\(count)\(unit.rawValue)"
    }

    /// The first day of the bucket `day` falls in, or nil when that day is outside the calendar
    /// cq knows (years 1 to 9999). Days count from 1970-01-01 (`7d` buckets start on
    /// Thursdays, as in KQL); weeks start on Mondays; months, quarters and years on their first
    /// day, counted from year 0 (`2month` buckets start in January, March, ...).
    public func start(of day: Day) -> Day? {
        switch unit {
        case .day:
            return Day(daysSinceEpoch: Self.floor(day.daysSinceEpoch, to: count))
        case .week:
            // 1970-01-05 was a Monday.
            let sinceMonday = day.daysSinceEpoch - 4
            return Day(daysSinceEpoch: Self.floor(sinceMonday, to: 7 * count) + 4)
        case .month, .quarter, .year:
            let monthsPerUnit = unit == .month ? 1 : unit == .quarter ? 3 : 12
            let months = Self.floor(day.year * 12 + day.month - 1, to: monthsPerUnit * count)
            return Day(year: months / 12, month: months % 12 + 1, day: 1)
        }
    }

    /// `value` rounded down to a multiple of `size` (towards minus infinity).
    private static func floor(_ value: Int, to size: Int) -> Int {
        let remainder = value % size
        return value - (remainder < 0 ? remainder + size : remainder)
    }
}
