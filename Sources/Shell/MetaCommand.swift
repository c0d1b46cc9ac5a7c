/// The shell's dot-commands, as sqlite3 has them.
enum MetaCommand {
    /// Usage and summary of each command, in the order `.help meta` lists them.
    static let summaries: [(name: String, usage: String, summary: String)] = [
        ("help", ".help [TOPIC]", "this help, or a topic"),
        ("load", ".load PATH...", "load more statement files or directories"),
        ("export", ".export FORMAT PATH", "write the model as json, jsonl, csv or sqlite"),
        ("statements", ".statements", "list the loaded statements"),
        ("why", ".why N", "why clause N of the last result was coded as it was"),
        ("sql", ".sql [DIALECT] QUERY", "the SQL the query compiles to (sqlite, duckdb, postgres, spark)"),
        ("schema", ".schema [SOURCE]", "columns and types of the sources"),
        ("mode", ".mode [FORMAT]", "table, json, jsonl, csv, tsv, markdown or line"),
        ("headers", ".headers [on|off]", "show header rows"),
        ("timer", ".timer [on|off]", "show how long each query took"),
        ("csvsafe", ".csvsafe [on|off]", "put ' before csv/tsv text cells starting with = + - @"),
        ("timeout", ".timeout [SECONDS|off]", "stop queries that run longer (off: no limit)"),
        ("output", ".output [FORMAT] [FILE]", "send results to a file (format from its name; none: the screen)"),
        ("once", ".once [FORMAT] FILE", "send the next result to a file"),
        ("read", ".read FILE", "run a script"),
        ("save", ".save NAME", "keep the last query as NAME (in $XDG_CONFIG_HOME/cq/queries)"),
        ("run", ".run [NAME]", "run the saved query NAME; without one, list them"),
        ("param", ".param set NAME VALUE | list | unset NAME", "parameters for $NAME"),
        ("history", ".history", "the commands typed so far"),
        ("quit", ".quit", "leave (also .exit, Ctrl-D)"),
    ]

    /// The command names, with the aliases.
    static let names = summaries.map(\.name) + ["exit"]
}
