import QueryLanguage
import ResultRendering

/// The text of `.help` and its topics.
enum HelpText {
    static let topics = ["sources", "operators", "expressions", "functions", "meta", "formats", "examples"]

    /// The help for a topic, or the overview; nil for an unknown topic.
    static func text(for topic: String?) -> String? {
        switch topic {
        case nil:
            return """
                Queries start from a source and pipe rows through operators:
                  clauses | where actor == "Pakistan" and topics has "terrorism" | select n, cameo, text
                End a line with | (or start the next with |) to continue a query; Tab completes.
                Ctrl-C cancels the line or a running query; Ctrl-D or .quit leaves.

                .help TOPIC for more: \(topics.joined(separator: ", "))
                """
        case "sources":
            return Schema.sourceNames.map { name in
                "\(name): " + (Schema.sources[name] ?? []).map(\.name).joined(separator: ", ")
            }.joined(separator: "\n")
                + "\ndiff \"ID-A\" \"ID-B\": the clauses of two statements compared: " + Schema.diffColumns.map(\.name).joined(separator: ", ")
                + "\nsearch \"text\": the rows of every source that mention it: " + Schema.searchColumns.map(\.name).joined(separator: ", ")
                + "\nkwic \"term\" [width N]: the term in context in every statement's text"
                + "\nlet NAME = QUERY binds a result; let NAME = VALUE binds $NAME; _ is the previous result;"
                + " statement.FIELD reaches a row's statement."
        case "operators":
            return """
                where EXPR                      keep matching rows
                select EXPR [as NAME], ...      choose columns (or NAME = EXPR)
                extend NAME = EXPR, ...         add columns
                sort by EXPR [asc|desc], ...    order rows
                take N                          first N rows
                top N by EXPR [asc|desc]        the first N rows by EXPR (descending unless asc)
                sample N [seed S]               N rows drawn at random, in order
                distinct EXPR, ...              distinct combinations
                count                           number of rows
                summarize AGG, ... [by EXPR, ...]  aggregates per group
                expand COLUMN                   one row per list element
                rename NEW = OLD, ...           rename columns (project-rename)
                drop COLUMN, ...                every column but these (project-away)
                search "text"                   rows mentioning the text anywhere
                kwic "term" [width N]           keyword in context
                chart bar [stacked] [to "F.svg"] horizontal bars (grouped or stacked by a 2nd key)
                chart line [to "F.svg"]         lines over dates (one per text value; timeline)
                join [kind=K] (QUERY) on KEY    pair rows by keys (inner, leftouter, leftsemi, leftanti)
                lookup (QUERY) on KEY           add the first matching row's columns, or nulls
                union (QUERY), ...              the rows of the queries after these
                pivot COLUMN                    a column per value of COLUMN (ends a query)
                diff                            each statement against the one before (rows with id)
                why                             the reader's decisions behind each clause
                assert COND [, "message"]       stop with an error unless the rows meet COND
                """
        case "expressions":
            return """
                literals   "text" 'text' 42 2.5 true false null 2024-05-16 ["a", "b"] /regex/i $param
                compare    == != < <= > >= in, not in, between LOW .. HIGH (both included)
                durations  1d 7d 2w 1month 1quarter 1year (in bin(date, 1month))
                text       has (whole word or phrase, any case, plurals of the last word)
                           contains (any substring)  startswith  matches /regex/
                lists      has, contains, in
                logic      and or not
                arithmetic + - * / %   (overflow and division by zero are errors)
                """
        case "functions":
            return (FunctionCatalog.functions + FunctionCatalog.aggregates).map { "\($0.signature)  \($0.summary)" }.joined(separator: "\n")
                + "\n(the last \(FunctionCatalog.aggregates.count) are aggregates of summarize and assert)"
        case "meta":
            return MetaCommand.summaries.map { "\($0.usage.padding(to: 24))\($0.summary)" }.joined(separator: "\n")
        case "formats":
            return ".mode FORMAT or --format FORMAT: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                + "\n(default: table at a terminal, tsv in a pipe or file; .once/.output take the format from the file name)"
        case "examples":
            return """
                clauses | summarize count() by actor | sort by count desc
                clauses | where cameo startswith "11" | select statement, n, actor, text
                entities | where type == "project" | summarize count() by name
                clauses | kwic "corridor" width 30
                topics | summarize count() by topic | top 10 by count | chart bar
                clauses | summarize count() by month = bin(statement.date, 1month), actor | chart line
                statements | where title has "Quad" | sort by date | diff | where kind == "reworded"
                clauses | where statement == "ID" and n == 3 | why
                clauses | where text has "one-China" | assert count() >= 1, "the formula is gone"
                """
        default:
            return nil
        }
    }
}

extension String {
    /// The string padded with spaces to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
