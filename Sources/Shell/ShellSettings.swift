import ResultRendering

/// How the shell presents results; changed by `.mode`, `.headers`, `.timer`, `.csvsafe` and the command line.
public struct ShellSettings: Sendable {
    /// The format results are written in.
    public var format: OutputFormat
    /// Whether to print header rows.
    public var headers: Bool
    /// Whether to colour output written to a terminal.
    public var color: Bool
    /// Whether a script stops at its first error.
    public var bail: Bool
    /// Whether to print how long each query took.
    public var timer: Bool
    /// Where loaded models are cached; nil loads every file from its text.
    public var cacheDirectory: String?
    /// Whether CSV and TSV text cells that start like a spreadsheet formula get a `'` in front.
    public var spreadsheetSafe: Bool

    /// Settings with the defaults of a new shell: tables with headers, no colour, bail, no timer, no
    /// cache, exact CSV.
    public init(
        format: OutputFormat = .table, headers: Bool = true, color: Bool = false, bail: Bool = true, timer: Bool = false,
        cacheDirectory: String? = nil, spreadsheetSafe: Bool = false
    ) {
        self.format = format
        self.headers = headers
        self.color = color
        self.bail = bail
        self.timer = timer
        self.cacheDirectory = cacheDirectory
        self.spreadsheetSafe = spreadsheetSafe
    }
}
