import Foundation
import Glibc

/// The persistent history of the shell: `$XDG_STATE_HOME/cq/history` (default
/// `~/.local/state/cq/history`), mode 0600, one entry per line with line breaks escaped, so a
/// multi-line query stays one entry. Entries are appended as they are made, so two shells
/// open at once lose neither's history; at start the file is trimmed to the last 2,000.
final class HistoryFile {
    static let limit = 2000
    let path: String
    /// The entries, oldest first, consecutive duplicates dropped.
    private(set) var entries: [String] = []
    /// Set once the file could not be written, so the warning is given once.
    private(set) var problem: String?

    /// The history file of this user.
    static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
            return state + "/cq/history"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/cq/history"
    }

    /// Loads the history at `path`; a missing file is an empty history.
    init(path: String) {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map { Self.unescape(String($0)) }
        for line in lines where line != entries.last { entries.append(line) }
        if entries.count > Self.limit {
            entries = Array(entries.suffix(Self.limit))
        }
        if lines.count > 2 * Self.limit { rewrite() }
    }

    /// Adds an entry and appends it to the file; returns a warning the first time the file cannot be written.
    func add(_ entry: String) -> String? {
        guard !entry.isEmpty, entry != entries.last else { return nil }
        entries.append(entry)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        return append(Self.escape(entry) + "\n")
    }

    private func append(_ text: String) -> String? {
        guard problem == nil else { return nil }
        let directory = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            problem = "cannot save history to \(path): \(String(cString: strerror(errno)))"
            return problem
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        if bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) != bytes.count {
            problem = "cannot save history to \(path): \(String(cString: strerror(errno)))"
            return problem
        }
        return nil
    }

    private func rewrite() {
        let text = entries.map { Self.escape($0) + "\n" }.joined()
        let temporary = path + ".tmp\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }

    static func escape(_ entry: String) -> String {
        var result = ""
        for character in entry {
            switch character {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }

    static func unescape(_ line: String) -> String {
        var result = ""
        var escaping = false
        for character in line {
            if escaping {
                result.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
