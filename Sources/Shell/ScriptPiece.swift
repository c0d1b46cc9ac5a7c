import QueryLanguage

/// One step of a script, in order: a meta-command, whole query statements, or a reason the
/// script cannot go on as written.
enum ScriptPiece {
    /// A meta-command line, trimmed (`.load samples`).
    case meta(String)
    /// Query text that forms whole statements, with the script's own line numbers.
    case query(SourceText)
    /// A line or statement refused (too long); the message names the script line.
    case refused(String)
    /// SIGINT, SIGTERM or SIGHUP arrived while the script waited for input.
    case signal(Int32)
    /// The script cannot be read; the text says why.
    case unreadable(String)
}
