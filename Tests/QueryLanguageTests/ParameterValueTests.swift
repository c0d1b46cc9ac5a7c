import QueryLanguage
import Testing

@Suite("Parameter values")
struct ParameterValueTests {
    @Test func scalarsAreTyped() {
        #expect(ParameterValue.parse("42") == .int(42))
        #expect(ParameterValue.parse("-3") == .int(-3))
        #expect(ParameterValue.parse("-2.5") == .float(-2.5))
        #expect(ParameterValue.parse("2024-05-16") == .date(.init(year: 2024, month: 5, day: 16)!))
        #expect(ParameterValue.parse("Pakistan") == .string("Pakistan"))
        #expect(ParameterValue.parse("\"two words\"") == .string("two words"))
        #expect(ParameterValue.parse("Côte d'Ivoire") == .string("Côte d'Ivoire"))
        #expect(ParameterValue.parse("true") == .bool(true))
        #expect(ParameterValue.parse("null") == .null)
    }

    @Test func bracketedListsOfLiteralsAreLists() {
        #expect(ParameterValue.parse("[\"Pakistan\", \"China\"]") == .list([.string("Pakistan"), .string("China")]))
        #expect(ParameterValue.parse("[1, -2, 2024-05-16]") == .list([.int(1), .int(-2), .date(.init(year: 2024, month: 5, day: 16)!)]))
        #expect(ParameterValue.parse("[]") == .list([]))
        // Anything else in brackets is text, as any other text is.
        #expect(ParameterValue.parse("[Pakistan China]") == .string("[Pakistan China]"))
        #expect(ParameterValue.parse("[\"a\",]") == .string("[\"a\",]"))
    }

    @Test func commasMakeAListOfOneType() {
        #expect(ParameterValue.parse("Pakistan,China") == .list([.string("Pakistan"), .string("China")]))
        #expect(ParameterValue.parse("1, 2,3") == .list([.int(1), .int(2), .int(3)]))
        #expect(ParameterValue.parse("1,two") == .list([.string("1"), .string("two")]))
        #expect(ParameterValue.parse("\"Hello, world\"") == .string("Hello, world"))
    }
}
