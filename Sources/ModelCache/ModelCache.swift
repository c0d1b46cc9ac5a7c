import FilePaths
import Foundation
import ColumnStore
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

    /// What a cached load gives: the load's statements in a store, its warnings, and how much
    /// came from the cache.
    public struct Load: Sendable {
        /// Every statement of the load, ids made unique across its files: the cache file itself,
        /// mapped, or a store in memory when the cache could not be written.
        public var store: StatementStore
        /// The warnings `StatementReader.read` would give; problems with the cache itself are among them.
        public var warnings: [ReadWarning]
        /// Files whose statements came from the cache.
        public var reusedFiles: Int
        /// Files read from their text.
        public var readFiles: Int

        /// The statements as `StatementReader.read` gives them, every one built from the store.
        public func corpus() throws(StoreDamage) -> Corpus {
            Corpus(statements: try store.allStatements())
        }
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
    /// rewriting the cache when anything was read again. When every file is unchanged the cache
    /// file itself is the store: nothing is decoded. A cache directory that others could write
    /// to (or that is not the user's) is not used at all: a warning, and every file is read.
    public func read(
        paths: [String], reader: StatementReader = StatementReader(), progress: (@Sendable (Int, Int) -> Void)? = nil,
        isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Load {
        let absolutePaths = Self.absolute(paths)
        let name = Self.fileName(forAbsolute: absolutePaths)
        var warnings = [ReadWarning]()
        var opened: CacheDirectory?
        var usable = true
        do throws(CacheDirectory.Refusal) {
            opened = try CacheDirectory.open(directory)
        } catch {
            warnings.append(refusalWarning(error))
            usable = false
        }
        var cached: (store: StatementStore, index: CacheIndex)?
        if let opened {
            let (found, warning) = cachedStore(named: name, in: opened, paths: absolutePaths)
            cached = found
            if let warning { warnings.append(warning) }
        }
        let (listed, listingWarnings) = StatementReader.listedFiles(for: paths)
        let files = listed.map(\.path)
        let stamps = listed.map { FileStamp(path: $0.path, status: $0.status) }
        let cachedStamps = cached?.index.stamps ?? []
        // Files listed as the cache lists them are matched by position; others by path.
        let samePaths = cachedStamps.count == files.count && zip(cachedStamps, files).allSatisfy { $0.path == $1 }
        var known = [String: Int]()
        if !samePaths { for (position, stamp) in cachedStamps.enumerated() { known[stamp.path] = position } }
        var hits = [Int: Int]()
        var misses = [Int]()
        for (index, path) in files.enumerated() {
            if let stamp = stamps[index], let position = samePaths ? index : known[path], cachedStamps[position] == stamp {
                hits[index] = position
            } else {
                misses.append(index)
            }
        }
        // Every file in the cache is unchanged and in its order, and the paths are named as before
        // (the ids made unique depend on how): unless a file the cache lacks now reads, the cache
        // is the load as it is.
        if let cached, cached.index.given == paths, files.indices.compactMap({ hits[$0] }) == Array(cached.index.stamps.indices),
            let failures = Self.failuresIfNoneReads(misses.map { files[$0] }, reader: reader, isCancelled: isCancelled)
        {
            return Load(store: cached.store, warnings: warnings + listingWarnings + failures, reusedFiles: hits.count, readFiles: misses.count)
        }
        var build: StreamingBuild
        do throws(StoreDamage) {
            if let cached {
                build = try StreamingBuild.build(
                    files: files, stamps: stamps, hits: hits, reader: reader, progress: progress, isCancelled: isCancelled
                ) { position throws(StoreDamage) in
                    try cached.store.statements(in: cached.index.statements(ofFile: position), identifiers: .asRead)
                }
            } else {
                build = StreamingBuild.read(files: files, stamps: stamps, reader: reader, progress: progress, isCancelled: isCancelled)
            }
        } catch {
            // A damaged column: every file is read again.
            warnings.append(damageWarning(error, in: name))
            hits = [:]
            misses = Array(files.indices)
            build = StreamingBuild.read(files: files, stamps: stamps, reader: reader, progress: progress, isCancelled: isCancelled)
        }
        let (builder, counts, finished) = build.finish(warnings: warnings + listingWarnings, paths: paths, absolutePaths: absolutePaths)
        var loadWarnings = finished
        if usable, build.skipped == 0 {
            let (store, problem) = store(builder, named: name, in: opened)
            if let problem { loadWarnings.append(ReadWarning(path: directory + "/" + name, message: "cannot write the model cache: \(problem)")) }
            if let store { return Load(store: store, warnings: loadWarnings, reusedFiles: hits.count, readFiles: misses.count) }
        }
        let file = Self.uncachedFile(builder)
        return Load(store: StatementStore(file: file, counts: counts), warnings: loadWarnings, reusedFiles: hits.count, readFiles: misses.count)
    }

    /// Loads `paths` as `read` does without a cache: every file read, its statements handed to
    /// the store as they are read, the store kept in a temporary file (see `uncachedFile`).
    /// With `shard`, only the shard's files are read, their ids unique across all shards.
    public static func readWithoutCache(
        paths: [String], shard: Shard? = nil, reader: StatementReader = StatementReader(),
        progress: (@Sendable (Int, Int) -> Void)? = nil, isCancelled: (@Sendable () -> Bool)? = nil
    ) -> Load {
        let (listing, listingWarnings) = StatementReader.listedFiles(for: paths)
        let listed = shard.map { shard in listing.filter { shard.contains($0.path) } } ?? listing
        let files = listed.map(\.path)
        let stamps = listed.map { FileStamp(path: $0.path, status: $0.status) }
        var build = StreamingBuild.read(files: files, stamps: stamps, reader: reader, progress: progress, isCancelled: isCancelled)
        let (builder, counts, warnings) = build.finish(
            warnings: listingWarnings, paths: paths, absolutePaths: absolute(paths), shard: shard.map { ($0, listing.map(\.path)) })
        let file = uncachedFile(builder)
        return Load(store: StatementStore(file: file, counts: counts), warnings: warnings, reusedFiles: 0, readFiles: files.count)
    }

    /// The store of a load that is not cached: written to a temporary file without a name and
    /// mapped as a cache file is, so that only the pages queries touch are resident; laid out in
    /// memory when no temporary file can be written.
    private static func uncachedFile(_ builder: consuming StoreBuilder) -> StoreFile {
        if let mapped = builder.mappedTemporaryFile(identity: "memory") { return mapped }
        return (consume builder).file(identity: "memory")
    }

    /// Whether any of `files` reads: nil when one does (or the load is cancelled before all
    /// are read), otherwise the warning of each. Read a batch at a time, stopping at the first
    /// batch where a file reads.
    private static func failuresIfNoneReads(
        _ files: [String], reader: StatementReader, isCancelled: (@Sendable () -> Bool)?
    ) -> [ReadWarning]? {
        var failures = [ReadWarning]()
        var start = 0
        while start < files.count {
            let batch = Array(files[start..<min(files.count, start + StreamingBuild.batchSize)])
            for outcome in reader.readFiles(batch, isCancelled: isCancelled) {
                guard case .failure(let warning) = outcome else { return nil }
                failures.append(warning)
            }
            start += batch.count
        }
        return failures
    }

    /// How many source files the cache file for `paths` holds, read as a load reads it (the
    /// directory check, the header, the mapping, the cache's own sections) and then every
    /// statement built, but without examining any statement file; and the warning a load would
    /// give about the cache. The fuzz harness (`scripts/fuzz cache`) drives the store reader through it.
    public func cachedFileCount(for paths: [String]) -> (count: Int, warning: ReadWarning?) {
        let absolutePaths = Self.absolute(paths)
        let name = Self.fileName(forAbsolute: absolutePaths)
        do throws(CacheDirectory.Refusal) {
            guard let opened = try CacheDirectory.open(directory) else { return (0, nil) }
            let (cached, warning) = cachedStore(named: name, in: opened, paths: absolutePaths)
            guard let cached else { return (0, warning) }
            do throws(StoreDamage) {
                _ = try cached.store.allStatements()
            } catch {
                return (0, damageWarning(error, in: name))
            }
            return (cached.index.stamps.count, warning)
        } catch {
            return (0, refusalWarning(error))
        }
    }

    /// The cache file `name` mapped, with its index, when it is a cache of `paths`; or the
    /// warning saying why it is not used.
    private func cachedStore(named name: String, in opened: CacheDirectory, paths: [String])
        -> (store: (store: StatementStore, index: CacheIndex)?, warning: ReadWarning?)
    {
        let path = directory + "/" + name
        do throws(StoreProblem) {
            guard let mapped = try CacheStorage.open(name, in: opened, identity: identity) else { return (nil, nil) }
            let file = mapped.file
            do throws(StoreDamage) {
                let store = try StatementStore(file: file)
                let index = try CacheFile.index(of: store)
                removeWhenDamaged(mapped, named: name, in: opened)
                return index.paths == paths ? ((store, index), nil) : (nil, nil)
            } catch {
                return (nil, damageWarning(error, in: name))
            }
        } catch {
            switch error {
            case .otherVersion:
                return (nil, ReadWarning(path: path, message: "the model cache was written by another version of cq; rebuilding it"))
            case .damaged(let reason, let offset):
                return (nil, ReadWarning(path: path, offset: offset, message: "the model cache is damaged (\(reason)); rebuilding it"))
            }
        }
    }

    /// Has the cache file `name` removed when a query finds a section of the mapped file
    /// damaged, so that the next load reads the statements afresh; not when the name has since
    /// been given to another (newer) file.
    private func removeWhenDamaged(_ mapped: CacheStorage.MappedCache, named name: String, in directory: CacheDirectory) {
        // The handler holds the inode, not the mapping: the file keeps its handler.
        let inode = mapped.inode
        mapped.file.whenDamaged { _ in
            if inode.isNamed(name, in: directory) { unlinkat(directory.descriptor, name, 0) }
        }
    }

    /// The warning for a cache file with a damaged section.
    private func damageWarning(_ damage: StoreDamage, in name: String) -> ReadWarning {
        ReadWarning(path: directory + "/" + name, message: "the model cache is damaged (section \(damage.section): \(damage.reason)); rebuilding it")
    }

    /// Writes the cache file `name` into the directory (opened, or created now), first removing
    /// the temporaries of killed writers, and maps it; or the reason it could not.
    private func store(_ builder: StoreBuilder, named name: String, in opened: CacheDirectory?) -> (StatementStore?, String?) {
        let target: CacheDirectory
        if let opened {
            target = opened
        } else {
            do throws(CacheDirectory.Refusal) {
                target = try CacheDirectory.create(directory)
            } catch {
                return (nil, error.reason)
            }
        }
        CacheTemporary.removeStale(in: target)
        if let problem = CacheStorage.write(named: name, through: CacheTemporary.name(for: name), in: target, { builder.write(identity: identity, through: $0) }) {
            return (nil, problem)
        }
        let mapped: CacheStorage.MappedCache?
        do throws(StoreProblem) {
            mapped = try CacheStorage.open(name, in: target, identity: identity)
        } catch {
            return (nil, "it does not read back: \(error)")
        }
        guard let mapped else { return (nil, "it is gone after writing it") }
        removeWhenDamaged(mapped, named: name, in: target)
        do throws(StoreDamage) {
            return (try StatementStore(file: mapped.file), nil)
        } catch {
            return (nil, "it does not read back: section \(error.section): \(error.reason)")
        }
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
