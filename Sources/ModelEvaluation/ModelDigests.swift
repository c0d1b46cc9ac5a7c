import Foundation
import StatementModel
import StatementReader

/// A digest of the model each statement file reads to: the file's statements as the JSON model
/// writes them (keys sorted), with their paths made relative to the folder read, hashed with
/// FNV-1a. Two readers that give a file the same digest gave it the same model, so a rewrite of
/// the reader can be checked file by file against digests recorded before it.
public enum ModelDigests {
    /// One `PATH<TAB>DIGEST` line per statement file under `root` (a folder), in the reader's
    /// order, PATH relative to `root`; a file that does not read gives `PATH<TAB>warning: ...`.
    /// Files are read a batch at a time, so memory stays that of one batch.
    public static func lines(under root: String, batch: Int = 512) -> [String] {
        let files = StatementReader.listedFiles(for: [root]).0.map(\.path)
        // The reader lists absolute paths, `..` resolved (and links too, on some systems).
        let folder = URL(fileURLWithPath: root).standardizedFileURL
        let prefixes = [folder.path, folder.resolvingSymlinksInPath().path].map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var lines = [String]()
        lines.reserveCapacity(files.count)
        for start in stride(from: 0, to: files.count, by: max(batch, 1)) {
            let paths = Array(files[start..<min(start + max(batch, 1), files.count)])
            for (path, outcome) in zip(paths, StatementReader().readFiles(paths)) {
                let prefix = prefixes.first { path.hasPrefix($0) }
                let relative = prefix.map { String(path.dropFirst($0.count)) } ?? path
                lines.append(relative + "\t" + digest(of: outcome, relativePath: relative, encoder: encoder))
            }
        }
        return lines
    }

    /// The digest of one file's outcome, or the warning it gave.
    private static func digest(of outcome: StatementReader.FileOutcome?, relativePath: String, encoder: JSONEncoder) -> String {
        switch outcome {
        case .success(var statements):
            for index in statements.indices { statements[index].path = relativePath }
            guard let json = try? encoder.encode(Corpus(statements: statements)) else { return "warning: cannot encode the model" }
            var hash = FNV1a()
            hash.add(json)
            return hash.hex
        case .failure(let warning):
            return "warning: " + warning.message
        case nil:
            return "warning: not read"
        }
    }
}
