/// The exit statuses of `cq`.
public enum ExitStatus: Int32, Sendable, Comparable {
    case success = 0
    /// `cq test`: a test failed.
    case testFailed = 1
    /// A wrong command line.
    case usage = 2
    /// A query that does not parse or check.
    case queryError = 3
    /// A query that failed while running, a failed `.load`, an output that cannot be written.
    case runtimeError = 4
    /// Statement paths were given and none could be loaded.
    case noStatements = 5
    /// Stopped by SIGINT (a script) — 128 + 2.
    case interrupted = 130
    /// Stopped by SIGTERM or SIGHUP — 128 + 15.
    case terminated = 143

    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
