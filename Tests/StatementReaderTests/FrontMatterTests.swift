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

    @Test func theBodyStartsAfterTheClosingLine() throws {
        let (crlf, body) = try FrontMatter.split("---\r\ntitle: A\r\n--- \r\nThe body.\r\n", path: "test.md")
        #expect(crlf?.title == "A")
        #expect(body == "The body.\r\n")
        #expect(try FrontMatter.split("---\ntitle: A\n---", path: "test.md").body == "")
        #expect(try FrontMatter.split("---\ntitle: A\n---\n", path: "test.md").body == "")
        #expect(try FrontMatter.split("No front matter.\n---\n", path: "test.md").body == "No front matter.\n---\n")
        #expect(throws: ReadWarning.self) { try FrontMatter.split("---\ntitle: A\n", path: "test.md") }
    }
}
