@testable import StatementReader
import Testing

@Suite("Date normalisation")
struct DateNormalizerTests {
    func days(_ text: String, reference: String? = "2024-05-16") -> [String] {
        DateNormalizer.days(in: Tokenizer.tokens(of: text), reference: reference).map(\.day)
    }

    @Test(arguments: [
        ("On May 15, 2024, they met.", ["2024-05-15"]),
        ("Islamabad, 16 May 2024 (TDI):", ["2024-05-16"]),
        ("the attack on March 26, 2024, and", ["2024-03-26"]),
        ("visited China from May 13 to May 16, 2024.", ["2024-05-13", "2024-05-16"]),
        ("July 15-16, 2022", ["2022-07-15", "2022-07-16"]),
        ("on Sept. 3 2023 and 2023-09-04", ["2023-09-03", "2023-09-04"]),
        ("the January 8 attacks", ["2024-01-08"]),
        ("spoke today with", ["2024-05-16"]),
        ("met yesterday", ["2024-05-15"]),
        ("February 30, 2024 is no day", []),
        ("They may agree in May.", []),
    ])
    func normalises(_ text: String, _ expected: [String]) {
        #expect(days(text) == expected)
    }

    @Test func yesterdayCrossesMonthAndYear() {
        #expect(days("yesterday", reference: "2024-03-01") == ["2024-02-29"])
        #expect(days("yesterday", reference: "2024-01-01") == ["2023-12-31"])
    }

    @Test func relativeDaysNeedAReference() {
        #expect(days("today and on May 3", reference: nil) == [])
    }

    @Test func frontMatterTimestamps() {
        #expect(DateNormalizer.isoDay(fromISO: "2021-08-20 19:20:04-04:00") == "2021-08-20")
        #expect(DateNormalizer.isoDay(fromISO: "'2021-08-20'") == "2021-08-20")
        #expect(DateNormalizer.isoDay(fromISO: "20 August") == nil)
    }
}
