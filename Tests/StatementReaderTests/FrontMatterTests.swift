import Testing

@testable import StatementReader

/// Front matter fields are text however YAML would type them, and the YAML keys that change
/// what a mapping gives (`=`, duplicates) are honoured.
@Suite("Front matter")
struct FrontMatterTests {
    func fields(_ yaml: String) throws -> FrontMatter? {
        try FrontMatter.split("---\n\(yaml)\n---\nThe two sides met.", path: "test.md").0
    }

    @Test func valuesThatLookLikeNumbersDatesOrBooleansAreReadAsWritten() throws {
        let fields = try fields("title: 1984\ndate: 2024-05-16\nsource: yes")
        #expect(fields?.title == "1984")
        #expect(fields?.date == "2024-05-16")
        #expect(fields?.source == "yes")
    }

    @Test func aMappingWithAValueKeyGivesThatValue() throws {
        #expect(try fields("title:\n  =: Joint Statement\n  lang: en")?.title == "Joint Statement")
    }

    @Test func aRepeatedKeyIsMalformed() {
        #expect(throws: ReadWarning.self) { try fields("title: A\ntitle: B") }
    }
}
