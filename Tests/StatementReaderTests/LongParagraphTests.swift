import StatementModel
import StatementReader
import Testing

/// Hostile paragraphs of a plain-text statement: tens of thousands of short sentences,
/// abbreviations, dots or `?!` in one paragraph (or one title line). Each is read in about a
/// second in a debug build; a stage that walks the rest of the sentence again from every
/// token (sentence splitting, entity recognition, speech-act coding, actor resolution, dates)
/// takes minutes to hours on them, so a regression shows up as a hung test. The assertions are
/// on the model read, never on the time taken.
@Suite("Long hostile paragraphs")
struct LongParagraphTests {
    /// The statement read from `body` under a title line.
    func read(body: String, title: String = "Joint Statement") -> Statement {
        StatementReader().statement(plainText: title + "\n\n" + body + "\n", id: "long", path: "long.txt")
    }

    /// The statement read from a file that is one line: all title, no body.
    func read(line: String) -> Statement {
        StatementReader().statement(plainText: line + "\n", id: "long", path: "long.txt")
    }

    @Test func thirtyThousandShortSentencesOfInitials() {
        // "A." is an initial and never ends a sentence: "A. A. A. ..." is one sentence after the first.
        let body = "The two sides met" + String(repeating: ". A", count: 30_000)
        let statement = read(body: body)
        #expect(statement.clauses.count == 2)
        #expect(statement.clauses.first?.text == "The two sides met.")
        #expect(statement.clauses.first?.actor == "joint")
        #expect(statement.clauses.last?.start == 19)
        #expect(statement.clauses.last?.end == body.utf8.count)
    }

    @Test func thirtyThousandShortSentencesAsATitleLine() {
        let line = "The two sides met" + String(repeating: ". A", count: 30_000)
        let statement = read(line: line)
        #expect(statement.title == line)
        #expect(statement.clauses.isEmpty)
    }

    @Test func twoHundredThousandDots() {
        let dots = String(repeating: ".", count: 200_000)
        let statement = read(body: dots)
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.text.utf8.count == 200_000)
        #expect(statement.entities.isEmpty)
    }

    @Test func twoHundredThousandDotsAsATitleLine() {
        let dots = String(repeating: ".", count: 200_000)
        let statement = read(line: dots)
        #expect(statement.title == dots)
        #expect(statement.clauses.isEmpty)
    }

    @Test func twentyThousandTitlesWithoutAName() {
        // "Mr. Mrs. Dr. Ms. ..." is one chain of titles from every one of its words, and no name
        // follows it: no person, and a title never ends a sentence.
        let body = String(repeating: "Mr. Mrs. Dr. Ms. ", count: 5_000) + "and Smith met."
        let statement = read(body: body)
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.end == body.utf8.count)
        #expect(statement.entities.isEmpty)
    }

    @Test func twentyThousandDottedAbbreviations() {
        // A run of capitalised words from every "U.S.", each of them the country.
        let statement = read(body: String(repeating: "U.S. ", count: 20_000) + "met.")
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.actor == "United States")
        #expect(statement.entities.map(\.name) == ["United States"])
        #expect(statement.entities.first?.mentions.count == 20_000)
        #expect(statement.entities.first?.aliases == ["U.S."])
    }

    @Test func tenThousandTitlesJoinedByAnd() {
        // "Prime Minister and Prime Minister and ...": one chain of offices from every title, and
        // no name after it ("the President" is an office).
        let statement = read(body: String(repeating: "Prime Minister and ", count: 10_000) + "the President met.")
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.verb == "meet")
        #expect(statement.entities.isEmpty)
    }

    @Test func aLongRunOfQuestionAndExclamationMarks() {
        let statement = read(body: "Really" + String(repeating: "?!", count: 50_000) + " Yes.")
        #expect(statement.clauses.map(\.text.utf8.count) == [6 + 100_000, 4])
        #expect(statement.clauses.last?.text == "Yes.")
    }

    @Test func thirtyThousandSpacedQuestionAndExclamationMarks() {
        // Marks open no sentence: one clause.
        let statement = read(body: String(repeating: "?! ", count: 30_000))
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.end == 30_000 * 3 - 1)
    }

    @Test func tenThousandQuestionsOfOneWord() {
        // After a word each "?!" ends a sentence.
        let statement = read(body: String(repeating: "A?! ", count: 10_000))
        #expect(statement.clauses.count == 10_000)
        #expect(statement.clauses.allSatisfy { $0.text == "A?!" })
        #expect(statement.clauses.last?.start == 4 * 9_999)
    }

    @Test func twentyThousandCoordinatedVerbs() {
        // Every "and met" is an act of its own, each coded by the rule that looks for "margins" later on.
        let statement = read(
            body: "We met" + String(repeating: " and met", count: 20_000) + " on the margins.",
            title: "Joint Statement of Pakistan and China")
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.actor == "joint")
        #expect(statement.clauses.first?.cameo == "044")
        #expect(statement.clauses.first?.acts == Array(repeating: "044", count: 20_001))
    }

    @Test func tenThousandDayRangesWithOneYear() {
        // A run of capitalised words, numbers and hyphens, and of dates waiting for their year.
        let statement = read(body: String(repeating: "May 5 - 6 ", count: 10_000) + "2024.")
        #expect(statement.clauses.count == 1)
        #expect(statement.clauses.first?.dates == ["2024-05-05", "2024-05-06"])
    }
}
