import Foundation
import Glibc
import StatementModel
import StatementReader

/// Keeps loaded models in binary cache files so that statements are read again only when
/// their files change. One cache file per set of load paths holds each source file's
/// statements with the file's stamp (`FileStamp`): unchanged files come from the cache,
/// changed, new and failed ones are read again, and the cache is rewritten. A cache that is
/// damaged or written by another build of cq is ignored with a warning and rebuilt; a cache
/// directory others could write to is not used at all (docs/cache.md).
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
        return "cq-cache \(CacheFile.formatNumber); model \(Corpus.formatVersion); program \(program)"
    }

    /// The cache file for a set of load paths.
    public func file(for paths: [String]) -> String {
        directory + "/" + Self.fileName(forAbsolute: Self.absolute(paths))
    }

    /// `model-HASH.cache`, the name of the cache file for a set of absolute load paths.
    private static func fileName(forAbsolute paths: [String]) -> String {
        "model-" + hexDigest(paths.joined(separator: "\u{0}")) + ".cache"
    }

    /// Loads `paths` as `StatementReader.read` does, taking unchanged files from the cache and
    /// rewriting the cache when anything was read again. A cache directory that others could
    /// write to (or that is not the user's) is not used at all: a warning, and every file is read.
    public func read(
        paths: [String], reader: StatementReader = StatementReader(), progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Load {
        let absolutePaths = Self.absolute(paths)
        let name = Self.fileName(forAbsolute: absolutePaths)
        var warnings = [ReadWarning]()
        var known = [String: (stamp: FileStamp, statements: [Statement])]()
        var opened: CacheDirectory?
        var usable = true
        do throws(CacheDirectory.Refusal) {
            opened = try CacheDirectory.open(directory)
        } catch {
            warnings.append(refusalWarning(error))
            usable = false
        }
        if let opened {
            let (files, warning) = cachedFiles(named: name, in: opened, paths: absolutePaths)
            for entry in files { known[entry.stamp.path] = entry }
            if let warning { warnings.append(warning) }
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
        if usable, !fresh.contains(where: { $0 == nil }), readAfresh || reused != known.count {
            var entries = [(stamp: FileStamp, statements: [Statement])]()
            for (index, outcome) in outcomes.enumerated() {
                if case .success(let statements) = outcome, let stamp = stamps[index] { entries.append((stamp, statements)) }
            }
            if let problem = store(CacheContents(paths: absolutePaths, files: entries), named: name, in: opened) {
                warnings.append(ReadWarning(path: directory + "/" + name, message: "cannot write the model cache: \(problem)"))
            }
        }
        let result = StatementReader.assemble(outcomes, listingWarnings: warnings + listingWarnings, paths: paths)
        return Load(result: result, reusedFiles: reused, readFiles: misses.count)
    }

    /// How many source files the cache file for `paths` holds, read as a load reads it (the
    /// directory check, the header, the mapping, every chunk) but without examining any
    /// statement file, and the warning a load would give about the cache. The fuzz harness
    /// (`scripts/fuzz cache`) drives the decoder through it.
    public func cachedFileCount(for paths: [String]) -> (count: Int, warning: ReadWarning?) {
        let absolutePaths = Self.absolute(paths)
        do throws(CacheDirectory.Refusal) {
            guard let opened = try CacheDirectory.open(directory) else { return (0, nil) }
            let (files, warning) = cachedFiles(named: Self.fileName(forAbsolute: absolutePaths), in: opened, paths: absolutePaths)
            return (files.count, warning)
        } catch {
            return (0, refusalWarning(error))
        }
    }

    /// The files of the cache file `name` when it is a cache of `paths`, or the warning saying
    /// why it is not used.
    private func cachedFiles(named name: String, in opened: CacheDirectory, paths: [String])
        -> (files: [(stamp: FileStamp, statements: [Statement])], warning: ReadWarning?)
    {
        let path = directory + "/" + name
        do throws(CacheFile.Problem) {
            let contents = try CacheStorage.withContents(of: name, in: opened, identity: identity) {
                (buffer) throws(CacheFile.Problem) in try CacheFile.decode(buffer, identity: identity)
            }
            guard let contents, contents.paths == paths else { return ([], nil) }
            return (contents.files, nil)
        } catch {
            switch error {
            case .otherVersion:
                return ([], ReadWarning(path: path, message: "the model cache was written by another version of cq; rebuilding it"))
            case .corrupt(let corruption):
                return ([], ReadWarning(path: path, offset: corruption.offset,
                    message: "the model cache is damaged (\(corruption.reason)); rebuilding it"))
            }
        }
    }

    /// Writes the cache file `name` into the directory (opened, or created now), first removing
    /// the temporaries of killed writers; returns the reason on failure.
    private func store(_ contents: CacheContents, named name: String, in opened: CacheDirectory?) -> String? {
        let target: CacheDirectory
        if let opened {
            target = opened
        } else {
            do throws(CacheDirectory.Refusal) {
                target = try CacheDirectory.create(directory)
            } catch {
                return error.reason
            }
        }
        CacheTemporary.removeStale(in: target)
        let bytes = CacheFile.encode(contents, identity: identity)
        return CacheStorage.write(bytes, named: name, through: CacheTemporary.name(for: name), in: target)
    }

    /// The warning for a cache directory that is not used.
    private func refusalWarning(_ refusal: CacheDirectory.Refusal) -> ReadWarning {
        ReadWarning(path: directory, message: "not using the model cache directory: \(refusal.reason)")
    }

    /// The paths made absolute and standardized, as the cache file names and stores them.
    private static func absolute(_ paths: [String]) -> [String] {
        paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// FNV-1a, 64 bits, in hex: a file name for a set of paths (which the file also stores and checks).
    static func hexDigest(_ text: String) -> String {
        var hash = FNV1a()
        hash.add(text.utf8)
        return hash.hex
    }
}
