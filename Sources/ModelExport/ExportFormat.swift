/// What `cq export` and the shell's `.export` write.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The lossless JSON model in one file, which `cq` loads back.
    case json
    /// A directory with one JSON Lines file per table.
    case jsonl
    /// A directory with one CSV file (RFC 4180, with a header) per table.
    case csv
    /// One SQLite database with a table per source, list columns as JSON text.
    case sqlite
}
