import CEditLineShim
import Glibc

/// Process-wide terminal set-up for the shell.
public enum TerminalSetup {
    /// Makes libedit see UTF-8: the user's locale, or `C.UTF-8` when that is not UTF-8
    /// (under `LC_ALL=C` libedit would otherwise drop every non-ASCII byte).
    public static func configureLocale() {
        setlocale(LC_CTYPE, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
        }
    }

    /// Records SIGINT, SIGTERM, SIGHUP and SIGWINCH instead of dying, and ignores SIGPIPE.
    public static func installSignalHandlers() {
        cq_install_signal_handlers()
    }

    /// The pending SIGINT, SIGTERM or SIGHUP number, or 0; clears it.
    public static func takeSignal() -> Int32 {
        cq_take_signal()
    }

    /// Whether a SIGINT, SIGTERM or SIGHUP is waiting (a running query polls this).
    public static var signalPending: Bool {
        cq_signal_pending() != 0
    }

    /// The width of the terminal on `fd`, or nil when it is not a terminal.
    public static func width(of fd: Int32) -> Int? {
        let columns = Int(cq_terminal_width(fd))
        return columns > 0 ? columns : nil
    }

    /// Whether `fd` is a terminal.
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) != 0
    }
}
