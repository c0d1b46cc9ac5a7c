import QueryLanguage
import Testing

@Suite("Duration literals and date buckets")
struct DateStepTests {
    static func day(_ text: String) -> Day {
        Day(iso: text) ?? Day(year: 1970, month: 1, day: 1)!
    }

    @Test func literalsReadTheirUnits() {
        #expect(DateStep(literal: "7d") == DateStep(count: 7, unit: .day))
        #expect(DateStep(literal: "2weeks") == DateStep(count: 2, unit: .week))
        #expect(DateStep(literal: "1quarter")?.description == "1quarter")
        #expect(DateStep(literal: "3fortnights") == nil)
        #expect(DateStep(literal: "month") == nil)
    }

    @Test func bucketsStartOnTheirFirstDay() {
        let may16 = Self.day("2024-05-16")
        #expect(DateStep(count: 1, unit: .month).start(of: may16) == Self.day("2024-05-01"))
        #expect(DateStep(count: 1, unit: .quarter).start(of: may16) == Self.day("2024-04-01"))
        #expect(DateStep(count: 1, unit: .year).start(of: may16) == Self.day("2024-01-01"))
        // 2024-05-16 was a Thursday: its ISO week starts on Monday the 13th.
        #expect(DateStep(count: 1, unit: .week).start(of: may16) == Self.day("2024-05-13"))
        #expect(DateStep(count: 1, unit: .week).start(of: Self.day("2024-05-13")) == Self.day("2024-05-13"))
        #expect(DateStep(count: 1, unit: .week).start(of: Self.day("2024-05-19")) == Self.day("2024-05-13"))
        // Days count from 1970-01-01, before it too.
        #expect(DateStep(count: 7, unit: .day).start(of: Self.day("1970-01-08")) == Self.day("1970-01-08"))
        #expect(DateStep(count: 7, unit: .day).start(of: Self.day("1969-12-31")) == Self.day("1969-12-25"))
        #expect(DateStep(count: 2, unit: .month).start(of: Self.day("2024-04-30")) == Self.day("2024-03-01"))
    }

    @Test func aBucketBeforeYearOneIsNil() {
        #expect(DateStep(count: 5, unit: .year).start(of: Self.day("0003-06-01")) == nil)
        #expect(DateStep(count: 1, unit: .year).start(of: Self.day("0001-06-01")) == Self.day("0001-01-01"))
    }

    @Test(arguments: ["clauses | where date > 0d", "clauses | where x == 100001d", "clauses | where x == 1.5month"])
    func badDurationsAreSyntaxErrors(_ text: String) {
        #expect(throws: Diagnostic.self) { _ = try Parser.parse(SourceText(name: "t", text: text)) }
    }
}
