import Dispatch
import Foundation
import StatementModel
import Synchronization

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
        if skipped > 0 {
            warnings.append(ReadWarning(path: paths.joined(separator: " "), message: "loading interrupted: \(skipped) of \(outcomes.count) files not read"))
        }
        makeIdentifiersUnique(&statements)
        return ReadResult(corpus: Corpus(statements: statements), warnings: warnings)
    }

    /// The statement files named by `paths`, directories expanded, and a warning for each
    /// path that does not exist or could not be listed.
    public static func statementFiles(for paths: [String]) -> ([String], [ReadWarning]) {
        var files = [String]()
        var warnings = [ReadWarning]()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(ReadWarning(path: path, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let (found, problems) = DirectoryWalk.files(under: path, extensions: extensions)
                files += found
                warnings += problems
            } else {
                files.append(path)
            }
        }
        return (files, warnings)
    }

    /// Reads one file: a statement, or for a JSON model every statement in it.
    public func readFile(_ path: String) throws(ReadWarning) -> [Statement] {
        try Self.requireRegularFile(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadWarning(path: path, message: "cannot open the file (permission denied or vanished)")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw ReadWarning(path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
        let text = try TextDecoder.decode(Array(data), path: path)
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension.lowercased()
        if ext != "json" { try Self.requireStatementLines(data, path: path) }
        let id = (name as NSString).deletingPathExtension
        switch ext {
        case "json":
            return try ModelFile.statements(from: data, path: path)
        case "md", "markdown":
            return [try statement(markdown: text, id: id, path: path)]
        default:
            return [statement(plainText: text, id: id, path: path)]
        }
    }

    /// The longest line a statement file may have: no paragraph of a real statement comes near it.
    public static let maximumLineLength = 1_000_000

    /// Refuses what is not a regular file: a FIFO would block the load, a device never end,
    /// and a broken link or a link loop cannot be read.
    static func requireRegularFile(_ path: String) throws(ReadWarning) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = errno == ELOOP ? "a loop of symbolic links" : errno == ENOENT ? "no such file (vanished, or a broken link)" : String(cString: strerror(errno))
            throw ReadWarning(path: path, message: "cannot read the file: \(reason)")
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ReadWarning(path: path, message: "not a regular file (a pipe, socket or device), skipped")
        }
    }

    /// Refuses a text file with a line longer than `maximumLineLength`, naming where it starts.
    static func requireStatementLines(_ data: Data, path: String) throws(ReadWarning) {
        var lineStart = 0
        var index = 0
        for byte in data {
            if byte == UInt8(ascii: "\n") {
                lineStart = index + 1
            } else if index - lineStart >= maximumLineLength {
                throw ReadWarning(path: path, offset: lineStart,
                    message: "a line longer than \(maximumLineLength) bytes: not a statement, skipped")
            }
            index += 1
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
        if let opening = paragraphs.first(where: { !$0.isHeading }), let dateline = Dateline(opening.text) {
            document.place = dateline.place
            document.date = document.date ?? dateline.date
            document.source = document.source ?? dateline.source
        }
        return StatementAnalyzer().statement(from: document, id: id, path: path)
    }

    /// Gives statements that share an id (same file name in two folders) the suffixes -2, -3, ...
    static func makeIdentifiersUnique(_ statements: inout [Statement]) {
        var seen = [String: Int]()
        for index in statements.indices {
            let id = statements[index].id
            let count = (seen[id] ?? 0) + 1
            seen[id] = count
            guard count > 1 else { continue }
            let unique = "\(id)-\(count)"
            statements[index].id = unique
            for clause in statements[index].clauses.indices { statements[index].clauses[clause].statement = unique }
        }
    }
}
