import QueryLanguage
import Testing

/// The messages for what users of SQL and KQL type out of habit: each names cq's spelling in a
/// note, with the caret on the token to change.
@Suite("Messages for SQL and KQL habits")
struct HabitMessageTests {
    /// Values as the sample statements have them, with the aliases the engine derives from them.
    static let environment = Checker.Environment(
        parameters: ["party": .string, "parties": .list(.string), "n": .int],
        values: ColumnValues([
            "actor": ["China", "Pakistan", "United States", "joint"], "actor_code": ["CHN", "PAK", "USA"],
            "cameo": ["010", "030", "036", "040"], "entities": ["Acts"],
        ], aliases: [
            "actor": [
                "usa": ValueAlias(value: "United States", kind: .pairedColumn("actor_code")),
                "u.s.": ValueAlias(value: "United States", kind: .alias),
                "us": ValueAlias(value: "United States", kind: .initials),
                "ind": ValueAlias(value: "India", kind: .pairedColumn("actor_code")),
            ],
        ]),
        parameterValues: ["party": .string("Pakistn"), "parties": .list([.string("Pakistan"), .string("Chna")]), "n": .int(3)])

    /// The first error of a query, parsing then checking it; nil when it has none.
    func error(_ text: String, environment: Checker.Environment = environment) -> Diagnostic? {
        var environment = environment
        do {
            for statement in try Parser.parse(SourceText(name: "t", text: text)) {
                var checker = Checker(environment: environment)
                switch statement {
                case .binding(let name, _, let pipeline): environment.bindings[name] = try checker.check(pipeline).columns
                case .value(let name, _, let expression): environment.parameters[name] = try checker.check(expression, columns: []).type
                case .query(let pipeline): environment.previous = try checker.check(pipeline).columns
                }
            }
            return nil
        } catch {
            return error
        }
    }

    /// The warnings of a query that checks.
    func warnings(_ text: String) throws -> [Diagnostic] {
        var checker = Checker(environment: Self.environment)
        for statement in try Parser.parse(SourceText(name: "t", text: text)) {
            if case .query(let pipeline) = statement { _ = try checker.check(pipeline) }
        }
        return checker.warnings
    }

    /// The text of a diagnostic's range in `text`.
    func marked(_ diagnostic: Diagnostic?, in text: String) -> String? {
        diagnostic.map { SourceText(name: "t", text: text).slice($0.range) }
    }

    @Test func aListInParenthesesIsWrittenInBrackets() {
        let text = #"clauses | where actor in ("India", "Japan")"#
        let found = error(text)
        #expect(found?.message == "a list is written in brackets, not parentheses")
        #expect(found?.notes == [#"did you mean actor in ["India", "Japan"]?"#])
        #expect(marked(found, in: text) == #"("India", "Japan")"#)
        #expect(error(#"clauses | where actor not in ("a", "b")"#)?.notes == [#"did you mean actor not in ["a", "b"]?"#])
        #expect(error("clauses | select (1, 2)")?.notes == ["did you mean [1, 2]?"])
        // One value in parentheses is no list: the checker's error about 'in' stands.
        #expect(error(#"clauses | where actor in ("India")"#)?.message == "the right side of 'in' must be a list, not string")
        #expect(error("clauses | where (n > 1) and (n < 3) | count") == nil)
    }

    @Test(arguments: [
        ("clauses | where n > 1 && n < 3", "&&", "and"), ("clauses | where n > 1 || n < 3", "||", "or"),
        ("clauses | where n <> 1", "<>", "!="), ("clauses | where n = 1", "=", "=="),
        ("clauses | where n > 1 AND n < 3", "AND", "and"), ("clauses | where n > 1 Or n < 3", "Or", "or"),
        (#"clauses | where text like "x""#, "like", "contains"), ("clauses | where !negated", "!", "not"),
    ])
    func borrowedOperatorsNameCqs(_ text: String, _ typed: String, _ ours: String) {
        let found = error(text)
        #expect(found?.kind == .syntax)
        #expect(found?.notes == ["did you mean '\(ours)'?"])
        #expect(marked(found, in: text) == typed)
    }

    @Test func starArgumentsAreCountWithoutOne() {
        let text = "clauses | summarize count(*) by actor"
        let found = error(text)
        #expect(found?.message == "'*' is not an argument in cq")
        #expect(found?.notes == ["did you mean 'count()'? it counts the rows"])
        #expect(marked(found, in: text) == "*")
        #expect(error("clauses | select count(*)")?.notes == ["did you mean 'count()'? it counts the rows"])
        #expect(error("clauses | summarize sum(*)")?.notes == ["give 'sum' a column, such as sum(n)"])
        #expect(error("clauses | select *")?.message == "'select *' is not needed in cq")
        #expect(error("clauses | count()")?.message == "the operator 'count' takes no parentheses")
    }

    @Test func aBareWordThatIsAValueIsToBeQuoted() {
        let text = "clauses | where actor == Pakistan"
        let found = error(text)
        #expect(found?.message == "unknown column 'Pakistan'")
        #expect(found?.notes.first == #"'Pakistan' is a value of actor: quote it, "Pakistan""#)
        #expect(marked(found, in: text) == "Pakistan")
        #expect(error("clauses | where actor == pakistan")?.notes.first == #"'pakistan' is a value of actor: quote it, "Pakistan""#)
        #expect(error("clauses | where actor in [China, \"joint\"]")?.notes.first == #"'China' is a value of actor: quote it, "China""#)
        // A word that is no value keeps the notes it had.
        #expect(error("clauses | where actor == India")?.notes.contains { $0.contains("quote it") } == false)
        // Not after a comparison: no value note.
        #expect(error("clauses | select Pakistan")?.notes.contains { $0.contains("quote it") } == false)
    }

    @Test func theColumnSuggestionStaysBesideTheValueNote() {
        let found = error("clauses | where entities has Acts")
        #expect(found?.notes.prefix(2) == ["did you mean 'acts'?", #"'Acts' is a value of entities: quote it, "Acts""#])
    }

    @Test func aDateLiteralHasNoQuotes() {
        let text = #"statements | where date > "2024-01-01""#
        let found = error(text)
        #expect(found?.message == "cannot compare date with string using '>'")
        #expect(found?.notes == ["a date literal has no quotes: date > 2024-01-01"])
        #expect(error(#"clauses | where statement.date <= "2024-05-16""#)?.notes == ["a date literal has no quotes: statement.date <= 2024-05-16"])
        #expect(error(#"clauses | where "2024-05-16" == statement.date"#)?.notes == ["a date literal has no quotes: 2024-05-16 == statement.date"])
        #expect(error(#"statements | where date > "May 2024""#)?.notes == ["a date literal has no quotes and reads year-month-day: 2024-05-15"])
        #expect(error(#"clauses | where n > "2024-01-01""#)?.notes == [])
    }

    @Test func aCodeOrAliasNamesItsValue() throws {
        let usa = try warnings(#"clauses | where actor == "USA""#)
        #expect(usa.map(\.message) == [#"no row has actor "USA""#])
        #expect(usa.first?.notes == [#"did you mean "United States"? "USA" is its actor_code"#])
        #expect(try warnings(#"clauses | where actor == "U.S.""#).first?.notes == [#"did you mean "United States"? the statements also call it "U.S.""#])
        #expect(try warnings(#"clauses | where actor == "us""#).first?.notes == [#"did you mean "United States"? "us" is short for it"#])
        // An alias of a value no row has is no suggestion: the spelling one is given instead.
        #expect(try warnings(#"clauses | where actor == "IND""#).first?.notes == [])
        #expect(try warnings(#"clauses | where actor == "Pakistn""#).first?.notes == [#"did you mean "Pakistan"?"#])
    }

    @Test func aTwoDigitCameoCodeIsARoot() throws {
        let text = #"clauses | where cameo == "03""#
        let found = try warnings(text)
        #expect(found.first?.notes == [#"'03' is a CAMEO root: cameo startswith "03""#])
        #expect(marked(found.first, in: text) == #""03""#)
        #expect(try warnings(#"clauses | where cameo != "04""#).first?.notes == [#"'04' is a CAMEO root: not cameo startswith "04""#])
        #expect(try warnings(#"clauses | where cameo == "031""#).first?.notes == [#"did you mean "030"?"#])
    }

    @Test func groupByIsSummarizeBy() {
        let text = "clauses | group by actor, modality"
        let found = error(text)
        #expect(found?.message == "'group by' is not an operator of cq")
        #expect(found?.notes == ["did you mean 'summarize count() by actor, modality'?"])
        #expect(marked(found, in: text) == "group by")
        let inSummarize = "clauses | summarize count(), max(n) group by actor"
        let second = error(inSummarize)
        #expect(second?.notes == ["did you mean 'summarize count(), max(n) by actor'?"])
        #expect(marked(second, in: inSummarize) == "group by")
        #expect(error("clauses | where n > 1 group by actor")?.notes == ["to group rows, pipe them to summarize: | summarize count() by ..."])
    }

    @Test func orderByAndLimitAreAliases() throws {
        guard case .query(let pipeline) = try Parser.parse(SourceText(name: "t", text: "clauses | order by n desc | limit 3"))[0] else {
            Issue.record("expected a query")
            return
        }
        #expect(pipeline.operators.map(\.name) == ["sort", "limit"])
        guard case .take = pipeline.operators[1].kind else {
            Issue.record("limit is take")
            return
        }
    }

    @Test func sqlSelectFromStartsFromTheSource() {
        let text = "select actor, n from clauses where n > 1"
        let found = error(text)
        #expect(found?.message == "a query starts with its source, not 'select'")
        #expect(found?.notes == ["did you mean 'clauses | select actor, n'?"])
        #expect(marked(found, in: text) == "select")
        #expect(error("select * from clauses")?.notes == ["did you mean 'clauses'?"])
        #expect(error("clauses | select actor from clauses")?.notes == ["the source comes first in cq: leave out 'from ...'"])
        #expect(error("clauses | where n > 1 limit 5")?.notes == ["operators are piped: did you mean '| limit ...'?"])
        #expect(error("clauses | sort by n DESC")?.notes == ["did you mean 'desc'?"])
        // A let name 'select' is still a source.
        #expect(error("let select = clauses | take 1\nselect | count") == nil)
    }

    @Test func aLineStartingWithAPipeContinuesUnderscore() {
        let text = "| sort by n desc  "
        let found = error(text)
        #expect(found?.kind == .syntax)
        #expect(found?.message == "a query starts with a source, not '|'")
        #expect(found?.notes == ["to continue the previous result start with '_': _ | sort by n desc"])
        #expect(marked(found, in: text) == "|")
    }

    @Test func parameterValuesAreCheckedAsLiterals() throws {
        let text = "clauses | where actor == $party"
        let found = try warnings(text)
        #expect(found.map(\.message) == [#"no row has actor "Pakistn""#])
        #expect(found.first?.notes == [#"did you mean "Pakistan"?"#])
        #expect(marked(found.first, in: text) == "$party")
        let list = try warnings("clauses | where actor in $parties")
        #expect(list.map(\.message) == [#"no row has actor "Chna""#])
        #expect(try warnings("clauses | where n == $n").isEmpty)
    }

    @Test func parameterValuesNeedTheirTypes() {
        // The values only add warnings: an unbound parameter is still an error.
        let bare = Checker.Environment(values: ColumnValues(["actor": ["China"]]), parameterValues: ["party": .string("China")])
        #expect(error("clauses | where actor == $party", environment: bare)?.message == "unknown parameter $party")
    }
}
