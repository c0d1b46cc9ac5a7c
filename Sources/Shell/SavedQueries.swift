import Foundation

/// The folder of queries kept across sessions (`.save NAME`, `.run NAME`): one `NAME.cq`
/// script each, in `$XDG_CONFIG_HOME/cq/queries`, else `~/.config/cq/queries`.
struct SavedQueries {
    /// The folder.
    let directory: String

    /// The folder the environment names.
    static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/cq/queries" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/cq/queries"
    }

    /// Why a name cannot be a saved query's, or nil: letters, digits, `-` and `_` only, so that
    /// a name is never a path.
    static func problem(with name: String) -> String? {
        guard !name.isEmpty, name.utf8.count <= 100,
            name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        else { return "a saved query's name has letters, digits, '-' and '_' only (at most 100 bytes), not '\(name)'" }
        return nil
    }

    /// The file of the query `name`.
    func path(of name: String) -> String {
        directory + "/" + name + ".cq"
    }

    /// The names saved, sorted.
    var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return files.filter { $0.hasSuffix(".cq") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Writes `text` as the query `name` (the folder made, readable by its owner only);
    /// returns whether a query of that name was replaced.
    func save(_ text: String, as name: String) throws -> Bool {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let replaced = FileManager.default.fileExists(atPath: path(of: name))
        try Data((text.hasSuffix("\n") ? text : text + "\n").utf8).write(to: URL(fileURLWithPath: path(of: name)), options: .atomic)
        return replaced
    }
}
