import Dispatch
import Foundation
import StatementModel
import Synchronization
import TerminalText

/// Reads statement files (plain text, Markdown with YAML front matter, and the model's own
/// JSON) into a `Corpus`. A file that cannot be read gives a warning and the rest loads.
public struct StatementReader: Sendable {
    /// The file extensions a directory walk picks up.
    public static let extensions: Set<String> = ["txt", "md", "markdown", "json"]

    /// Creates a reader.
    public init() {}

    /// Reads files and directory trees. Directories are walked recursively (hidden entries
    /// skipped, files sorted by path) and their files read on all cores.
    /// - Parameters:
    ///   - progress: called now and then with the files read so far and the total.
    ///   - isCancelled: polled between files; when it returns true the files not yet read are
    ///     skipped and a warning says how many.
    public func read(
        paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) -> ReadResult {
        let (files, listingWarnings) = Self.statementFiles(for: paths)
        let outcomes = readFiles(files, progress: progress, isCancelled: isCancelled)
        return Self.assemble(outcomes, listingWarnings: listingWarnings, paths: paths)
    }

    /// Reads files on all cores: each file's statements or warning, in the order given, nil for
    /// a file skipped because `isCancelled` returned true.
    public func readFiles(
        _ files: [String], progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) -> [FileOutcome?] {
        let results = ResultSlots<FileOutcome>(count: files.count)
        let done = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            if isCancelled?() == true { return }
            let result = Result { () throws(ReadWarning) in try readFile(files[index]) }
            results.set(index, result)
            let count = done.add(1, ordering: .relaxed).newValue
            if let progress, count % 25 == 0 || count == files.count { progress(count, files.count) }
        }
        return results.values
    }

    /// What reading one file gave: its statements, or the warning that replaced them.
    public typealias FileOutcome = Result<[Statement], ReadWarning>

    /// Puts files' outcomes together in order: their statements with ids made unique, and every
    /// warning, with one for the files an interrupted load skipped.
    public static func assemble(_ outcomes: [FileOutcome?], listingWarnings: [ReadWarning], paths: [String]) -> ReadResult {
        var statements = [Statement]()
        var warnings = listingWarnings
        var skipped = 0
        for outcome in outcomes {
            switch outcome {
            case .success(let read): statements += read
            case .failure(let warning): warnings.append(warning)
            case nil: skipped += 1
            }
        }
        if skipped > 0 { warnings.append(interruptedWarning(skipped: skipped, of: outcomes.count, paths: paths)) }
        makeIdentifiersUnique(&statements, loadPaths: paths)
        return ReadResult(corpus: Corpus(statements: statements), warnings: warnings)
    }

    /// The warning for a load of `paths` interrupted with `skipped` of its `total` files not read.
    public static func interruptedWarning(skipped: Int, of total: Int, paths: [String]) -> ReadWarning {
        ReadWarning(path: paths.joined(separator: " "), message: "loading interrupted: \(skipped) of \(total) files not read")
    }

    /// The statement files named by `paths`, directories expanded, and a warning for each
    /// path that does not exist or could not be listed.
    public static func statementFiles(for paths: [String]) -> ([String], [ReadWarning]) {
        let (files, warnings) = listedFiles(for: paths)
        return (files.map(\.path), warnings)
    }

    /// The statement files named by `paths` with the status the listing took of each (one
    /// `stat` a file), directories expanded, and a warning for each path that does not exist
    /// or could not be listed.
    public static func listedFiles(for paths: [String]) -> ([ListedFile], [ReadWarning]) {
        var files = [ListedFile]()
        var warnings = [ReadWarning]()
        for path in paths {
            guard let status = FileStatus.of(path) else {
                warnings.append(ReadWarning(path: path, message: "no such file or directory"))
                continue
            }
            if status.isDirectory {
                let (found, problems) = DirectoryWalk.files(under: path, extensions: extensions)
                files += found
                warnings += problems
            } else {
                files.append(ListedFile(path: path, status: status))
            }
        }
        return (loadedOnce(files, warnings: &warnings), warnings)
    }

    /// `files` without a second naming of one file (the same path twice, a symbolic link to a
    /// file already listed, overlapping directory arguments), each dropped with a warning.
    private static func loadedOnce(_ files: [ListedFile], warnings: inout [ReadWarning]) -> [ListedFile] {
        var firstPath = [FileIdentity: String]()
        return files.filter { file in
            guard let status = file.status else { return true }
            let identity = FileIdentity(device: status.device, inode: status.inode)
            if let first = firstPath[identity] {
                warnings.append(ReadWarning(path: file.path, message: "the same file as \(first); loaded once"))
                return false
            }
            firstPath[identity] = file.path
            return true
        }
    }

    /// A file's device and inode: two paths with the same are one file.
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Reads one file: a statement, or for a JSON model every statement in it.
    public func readFile(_ path: String) throws(ReadWarning) -> [Statement] {
        let bytes = try StatementFileBytes.read(path)
        let text = try TextDecoder.decode(bytes, path: path)
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if ext != "json" { try Self.requireStatementLines(bytes, path: path) }
        let id = Self.identifier(ofFileNamed: name)
        switch ext {
        case "json":
            return try ModelFile.statements(from: Data(bytes), path: path)
        case "md", "markdown":
            return [try statement(markdown: text, id: id, path: path)]
        default:
            return [statement(plainText: text, id: id, path: path)]
        }
    }

    /// The id a statement file's name gives it: the name without its extension. The id is model
    /// text, so the name's control characters stay out of it (the path keeps them).
    static func identifier(ofFileNamed name: String) -> String {
        String(String.UnicodeScalarView((name as NSString).deletingPathExtension.unicodeScalars.filter { !VisibleText.isControl($0) }))
    }

    /// The longest line a statement file may have: no paragraph of a real statement comes near it.
    public static let maximumLineLength = 1_000_000

    /// Refuses a text file with a line longer than `maximumLineLength`, naming where it starts.
    static func requireStatementLines(_ bytes: [UInt8], path: String) throws(ReadWarning) {
        var lineStart = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") {
                lineStart = index + 1
            } else if index - lineStart >= maximumLineLength {
                throw ReadWarning(path: path, offset: lineStart,
                    message: "a line longer than \(maximumLineLength) bytes: not a statement, skipped")
            }
        }
    }

    /// Reads a plain-text statement.
    public func statement(plainText text: String, id: String, path: String) -> Statement {
        StatementAnalyzer().statement(from: PlainTextLayout.document(from: text), id: id, path: path)
    }

    /// Reads a Markdown statement, with YAML front matter when present. Throws a warning
    /// when the front matter is malformed.
    public func statement(markdown text: String, id: String, path: String) throws(ReadWarning) -> Statement {
        let (frontMatter, body) = try FrontMatter.split(text, path: path)
        var paragraphs = MarkdownBody.paragraphs(of: body)
        var title = frontMatter?.title
        if title == nil, let heading = paragraphs.first(where: \.isHeading) {
            title = heading.text
            paragraphs.removeAll { $0 == heading }
        }
        var document = SourceDocument(
            title: title, date: frontMatter?.date, source: frontMatter?.source, paragraphs: paragraphs)
        document.readDateline()
        return StatementAnalyzer().statement(from: document, id: id, path: path)
    }

    /// Makes the statements' ids unique within a load, and unlike the ids in `reserved` (those of
    /// statements already loaded), by the rule in docs/coding.md: an id is its file's name without
    /// extension; statements that share one are each named by their file's path as loaded (the
    /// directory argument as given, then the path inside it) without extension, then with it;
    /// any still shared get `-2`, `-3`, ... in load order, skipping every id in use. The same
    /// paths give the same ids in every run.
    public static func makeIdentifiersUnique(_ statements: inout [Statement], loadPaths: [String], reserved: Set<String> = []) {
        let ids = uniqueIdentifiers(of: statements.map { ($0.id, $0.path) }, loadPaths: loadPaths, reserved: reserved)
        for index in statements.indices where statements[index].id != ids[index] {
            statements[index].id = ids[index]
            for clause in statements[index].clauses.indices { statements[index].clauses[clause].statement = ids[index] }
        }
    }

    /// The ids of statements, each given as the id it was read with and its file's path, made
    /// unique by the rule of `makeIdentifiersUnique`.
    public static func uniqueIdentifiers(
        of statements: [(id: String, path: String)], loadPaths: [String], reserved: Set<String> = []
    ) -> [String] {
        var ids = statements.map(\.id)
        let roots = loadPaths.map { (given: $0, absolute: URL(fileURLWithPath: $0).standardizedFileURL.path) }
        for withExtension in [false, true] {
            let counts = ids.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            for index in ids.indices where counts[ids[index], default: 0] > 1 || reserved.contains(ids[index]) {
                let path = loadedPath(of: statements[index].path, roots: roots)
                ids[index] = withExtension ? path : (path as NSString).deletingPathExtension
            }
        }
        // Every id in use, so that no suffix makes one that exists; the first holder keeps its id.
        var taken = reserved.union(ids)
        var kept = Set<String>()
        for index in ids.indices {
            let id = ids[index]
            if !reserved.contains(id), kept.insert(id).inserted { continue }
            var suffix = 2
            while taken.contains("\(id)-\(suffix)") { suffix += 1 }
            ids[index] = "\(id)-\(suffix)"
            taken.insert(ids[index])
        }
        return ids
    }

    /// The ids of a shard's statements (each given as read, with its file's path) made unique
    /// across every shard of the load: the files of the other shards in `listing` (every file
    /// of the load, in order) take part as the statement their name gives, so every shard
    /// reaches the ids one load of all the files gives when each file holds one statement.
    public static func uniqueIdentifiers(
        of statements: [(id: String, path: String)], in shard: Shard, listing: [String], loadPaths: [String]
    ) -> [String] {
        let indicesByPath = Dictionary(grouping: statements.indices) { statements[$0].path }
        var entries = [(id: String, path: String)]()
        var positions = [(entry: Int, statement: Int)]()
        for path in listing {
            if shard.contains(path) {
                for index in indicesByPath[path] ?? [] {
                    positions.append((entries.count, index))
                    entries.append(statements[index])
                }
            } else {
                entries.append((identifier(ofFileNamed: (path as NSString).lastPathComponent), path))
            }
        }
        let unique = uniqueIdentifiers(of: entries, loadPaths: loadPaths)
        var ids = statements.map(\.id)
        for position in positions { ids[position.statement] = unique[position.entry] }
        return ids
    }

    /// A file's path as the user loaded it: under a directory argument, that argument as given
    /// followed by the path inside it; otherwise the path itself.
    private static func loadedPath(of path: String, roots: [(given: String, absolute: String)]) -> String {
        for root in roots where path.hasPrefix(root.absolute + "/") {
            var given = Substring(root.given)
            while given.count > 1, given.hasSuffix("/") { given = given.dropLast() }
            if given.hasPrefix("./") { given = given.dropFirst(2) }
            return (given == "." ? "" : given + "/") + path.dropFirst(root.absolute.count + 1)
        }
        return path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    }
}
