import Foundation
import Glibc
import PseudoTerminalSupport

/// Drives a program through a pseudo-terminal, as a user at a keyboard would: the program's
/// standard streams are the terminal, which is also its controlling terminal (so Ctrl-C is a
/// SIGINT). Output is collected and searched with ANSI escapes removed.
final class PseudoTerminal {
    private let master: Int32
    let pid: pid_t
    private var buffer = [UInt8]()
    /// Everything read so far, escapes removed.
    private(set) var screen = ""

    /// glibc's POSIX_SPAWN_SETSID, which Swift's Glibc module does not import.
    private static let spawnSetSession: Int32 = 0x80

    /// Resizes the terminal, as a user dragging the window does.
    func resize(rows: UInt16, columns: UInt16) {
        _ = cq_test_resize_pty(master, rows, columns)
    }

    init(_ arguments: [String], environment: [String: String]) throws {
        var name = [CChar](repeating: 0, count: 128)
        master = cq_test_open_pty(&name, name.count, 40, 120)
        guard master >= 0 else { throw POSIXError(.EIO) }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the first terminal opened becomes the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSession))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child = pid_t()
        let result = posix_spawn(&child, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        pid = child
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, WNOHANG)
        close(master)
    }

    /// Types text (use "\r" for Enter, "\t" for Tab, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D,
    /// "\u{1B}[A" for Up).
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the screen (from `from` on) contains `text`; returns whether it did in time.
    @discardableResult
    func waitFor(_ text: String, after from: String.Index? = nil, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let searched = from.map { screen[$0...] } ?? screen[...]
            if searched.contains(text) { return true }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return false }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&descriptor, 1, Int32(min(remaining, 0.2) * 1000)) > 0 {
                var chunk = [UInt8](repeating: 0, count: 4096)
                let count = read(master, &chunk, chunk.count)
                if count <= 0 { return false }
                buffer += chunk[0..<count]
                screen = Self.stripEscapes(String(decoding: buffer, as: UTF8.self))
            }
        }
    }

    /// Everything read so far as the program wrote it, escapes and all (for its colours).
    var output: String { String(decoding: buffer, as: UTF8.self) }

    /// The end of the screen so far, to search only what comes next.
    var mark: String.Index { screen.endIndex }

    /// Presses Ctrl-D at the prompt and returns the exit status. Ctrl-D is only an end of
    /// input to the line editor once it has put the terminal in raw mode (typed earlier, the
    /// terminal's own end-of-file marker is dropped, for a user too), so this waits for that.
    func pressCtrlDToExit() -> Int32? {
        // A second press for a slow program (sanitizer builds) that was between two prompts.
        for _ in 0..<2 {
            guard waitForRawMode() else { return nil }
            type("\u{4}")
            if let status = waitForExit(timeout: 10) { return status }
        }
        return waitForExit(timeout: 20)
    }

    /// Waits until the program has switched the terminal out of line-by-line (canonical) mode,
    /// which the line editor does while it reads a line.
    func waitForRawMode(timeout: Double = 15) -> Bool {
        waitForCanonicalMode(false, timeout: timeout)
    }

    /// Waits until the program has switched the terminal back to line-by-line mode, which the
    /// line editor does when it hands a line over: the program is running what was typed.
    func waitForCookedMode(timeout: Double = 15) -> Bool {
        waitForCanonicalMode(true, timeout: timeout)
    }

    private func waitForCanonicalMode(_ canonical: Bool, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var settings = termios()
            if tcgetattr(master, &settings) == 0, (settings.c_lflag & tcflag_t(ICANON) != 0) == canonical { return true }
            _ = waitFor("\u{0}", timeout: 0.01)
        }
        return false
    }

    /// Waits for the program to exit and returns its exit status (or 128 + signal).
    func waitForExit(timeout: Double = 15) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = waitFor("\u{0}", timeout: 0.1)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
        }
        return nil
    }

    static func stripEscapes(_ text: String) -> String {
        var result = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\u{1B}" {
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(("@"..."~").contains(c)) {}
                }
                continue
            }
            if scalar == "\r" { continue }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
