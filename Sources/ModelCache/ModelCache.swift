import Foundation
import Glibc
import StatementModel
import StatementReader

/// Keeps loaded models in binary cache files so that statements are read again only when
/// their files change. One cache file per set of load paths holds each source file's
/// statements with the file's path, size and modification time: unchanged files come from the
/// cache, changed, new and failed ones are read again, and the cache is rewritten. A cache
/// that is damaged or written by another build of cq is ignored with a warning and rebuilt.
///
/// ```swift
/// let cache = ModelCache(directory: ModelCache.defaultDirectory() ?? "/tmp/cq-cache")
/// let loaded = cache.read(paths: ["samples/statements"])
/// print(loaded.result.corpus.statements.count, loaded.reusedFiles)
/// ```
public struct ModelCache: Sendable {
    /// Where the cache files are.
    public let directory: String
    /// Which program the cache belongs to: a file written with another identity is ignored.
    public let identity: String

    /// A cache in `directory` for the program of `identity`.
    public init(directory: String, identity: String = ModelCache.programIdentity) {
        self.directory = directory
        self.identity = identity
    }

    /// What a cached load gives: the read result and how much came from the cache.
    public struct Load: Sendable {
        /// The statements and warnings, as `StatementReader.read` gives them; problems with the
        /// cache itself are among the warnings.
        public var result: ReadResult
        /// Files whose statements came from the cache.
        public var reusedFiles: Int
        /// Files read from their text.
        public var readFiles: Int
    }

    /// `$XDG_CACHE_HOME/cq`, or `~/.cache/cq`; nil when neither can be found.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/cq" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/cq" }
        return nil
    }

    /// The cache format, the model format and the size and time of the running program: a
    /// rebuilt cq, whose reader may code sentences differently, does not trust an older cache.
    public static let programIdentity = identity(ofProgram: "/proc/self/exe")

    /// The identity of the cache written by the program at `path` (another program built with
    /// cq, such as `cq-bench`, shares cq's cache by naming the `cq` beside it).
    public static func identity(ofProgram path: String) -> String {
        var status = stat()
        let program = stat(path, &status) == 0 ? "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)" : "unknown"
        return "cq-cache 2; model \(Corpus.formatVersion); program \(program)"
    }

    /// The cache file for a set of load paths.
    public func file(for paths: [String]) -> String {
        file(forAbsolute: Self.absolute(paths))
    }

    private func file(forAbsolute paths: [String]) -> String {
        directory + "/model-" + Self.hexDigest(paths.joined(separator: "\u{0}")) + ".cache"
    }

    /// Loads `paths` as `StatementReader.read` does, taking unchanged files from the cache and
    /// rewriting the cache when anything was read again.
    public func read(
        paths: [String], reader: StatementReader = StatementReader(), progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Load {
        let absolutePaths = Self.absolute(paths)
        let cachePath = file(forAbsolute: absolutePaths)
        var warnings = [ReadWarning]()
        var known = [String: (stamp: FileStamp, statements: [Statement])]()
        do throws(CacheFile.Problem) {
            if let contents = try cached(at: cachePath), contents.paths == absolutePaths {
                for entry in contents.files { known[entry.stamp.path] = entry }
            }
        } catch {
            switch error {
            case .otherVersion:
                warnings.append(ReadWarning(path: cachePath, message: "the model cache was written by another version of cq; rebuilding it"))
            case .corrupt(let corruption):
                warnings.append(ReadWarning(path: cachePath, offset: corruption.offset,
                    message: "the model cache is damaged (\(corruption.reason)); rebuilding it"))
            }
        }
        let (files, listingWarnings) = StatementReader.statementFiles(for: paths)
        let stamps = ConcurrentMap.map(files, FileStamp.of)
        var outcomes = [StatementReader.FileOutcome?](repeating: nil, count: files.count)
        var misses = [Int]()
        for (index, path) in files.enumerated() {
            if let stamp = stamps[index], let entry = known[path], entry.stamp == stamp {
                outcomes[index] = .success(entry.statements)
            } else {
                misses.append(index)
            }
        }
        let fresh = reader.readFiles(misses.map { files[$0] }, progress: progress, isCancelled: isCancelled)
        for (position, index) in misses.enumerated() { outcomes[index] = fresh[position] }
        // Rewrite the cache when its contents change: a file read afresh without a warning, or a
        // cached file gone or now failing. A file that fails every time costs no rewrite.
        let readAfresh = fresh.contains { if case .success = $0 { true } else { false } }
        let reused = files.count - misses.count
        if !fresh.contains(where: { $0 == nil }), readAfresh || reused != known.count {
            var entries = [(stamp: FileStamp, statements: [Statement])]()
            for (index, outcome) in outcomes.enumerated() {
                if case .success(let statements) = outcome, let stamp = stamps[index] { entries.append((stamp, statements)) }
            }
            let bytes = CacheFile.encode(CacheContents(paths: absolutePaths, files: entries), identity: identity)
            if let problem = CacheStorage.write(bytes, to: cachePath) {
                warnings.append(ReadWarning(path: cachePath, message: "cannot write the model cache: \(problem)"))
            }
        }
        let result = StatementReader.assemble(outcomes, listingWarnings: warnings + listingWarnings, paths: paths)
        return Load(result: result, reusedFiles: reused, readFiles: misses.count)
    }

    private func cached(at path: String) throws(CacheFile.Problem) -> CacheContents? {
        let bytes: [UInt8]?
        do throws(CacheCorruption) {
            bytes = try CacheStorage.contents(of: path)
        } catch {
            throw .corrupt(error)
        }
        guard let bytes else { return nil }
        return try CacheFile.decode(bytes, identity: identity)
    }

    private static func absolute(_ paths: [String]) -> [String] {
        paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// FNV-1a, 64 bits, in hex: a file name for a set of paths (which the file also stores and checks).
    static func hexDigest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
