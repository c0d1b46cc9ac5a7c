import ColumnStore
import StatementModel
import StatementReader

/// A load's store built while its files are read: the files are taken in order, a batch at a
/// time, the batch's changed files read on all cores (the next batch's while this one is
/// handed over), and each file's statements handed to the store's columns and freed. Only the
/// columns and two batches of models are held at once, so the memory a load needs no longer
/// grows with every statement model it has read.
struct StreamingBuild {
    /// How many files are in flight at once: enough to keep every core busy between hand-overs.
    static let batchSize = 256

    /// The columns of every statement handed over so far.
    var writer = ModelStoreWriter()
    /// Each file that read without a warning, in load order, and how many statements it gave.
    private(set) var files = [(stamp: FileStamp, statements: Int)]()
    /// The warnings of files that could not be read, in load order.
    private(set) var failures = [ReadWarning]()
    /// Files not read because the load was cancelled.
    private(set) var skipped = 0

    /// Builds the store's columns from `files` in order: a file with a position in `hits` is
    /// taken from the cache by `cached` (its statements as read, by that position), any other is
    /// read by `reader`. `progress` counts the files read, of all that are read. Throws what
    /// `cached` throws.
    static func build<Failure: Error>(
        files paths: [String], stamps: [FileStamp?], hits: [Int: Int], reader: StatementReader,
        progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?,
        cached: (_ position: Int) throws(Failure) -> [Statement]
    ) throws(Failure) -> StreamingBuild {
        var build = StreamingBuild()
        let toRead = paths.count - hits.count
        var read = 0
        /// Starts reading the files of `batch` that are not taken from the cache.
        func startReading(_ batch: Range<Int>) -> (misses: [Int], reading: ReadAhead) {
            let misses = batch.filter { hits[$0] == nil }
            let before = read
            read += misses.count
            let counted = progress.map { report in { @Sendable (done: Int, _: Int) in report(before + done, toRead) } }
            return (misses, ReadAhead(misses.map { paths[$0] }, reader: reader, progress: counted, isCancelled: isCancelled))
        }
        var batch = 0..<min(paths.count, batchSize)
        var ahead = startReading(batch)
        // A damaged cache stops the build: the files being read are waited for, not left running.
        defer { _ = ahead.reading.outcomes() }
        while !batch.isEmpty {
            let (misses, reading) = ahead
            let outcomes = reading.outcomes()
            // The next batch is read while this one is handed to the columns.
            let next = batch.upperBound..<min(paths.count, batch.upperBound + batchSize)
            if !next.isEmpty { ahead = startReading(next) }
            var fresh = zip(misses, outcomes).makeIterator()
            for index in batch {
                let outcome: StatementReader.FileOutcome?
                if let position = hits[index] {
                    outcome = .success(try cached(position))
                } else {
                    outcome = fresh.next()?.1
                }
                build.take(outcome, stamp: stamps[index] ?? FileStamp.unknown(paths[index]))
            }
            batch = next
        }
        return build
    }

    /// Builds the store's columns from `files` in order, every file read by `reader` (see `build`).
    static func read(
        files: [String], stamps: [FileStamp?], reader: StatementReader, progress: (@Sendable (Int, Int) -> Void)?,
        isCancelled: (@Sendable () -> Bool)?
    ) -> StreamingBuild {
        build(files: files, stamps: stamps, hits: [:], reader: reader, progress: progress, isCancelled: isCancelled) { _ in [] }
    }

    /// The cache file's sections for a load of `paths` (`absolutePaths` made absolute), the
    /// statements' ids made unique across the load, and the load's warnings: `warnings` (those
    /// of the cache and the listing), then each file's that did not read, then one for files
    /// an interruption skipped.
    mutating func finish(
        warnings: [ReadWarning], paths: [String], absolutePaths: [String], shard: (shard: Shard, listing: [String])? = nil
    ) -> (builder: StoreBuilder, counts: [String: Int], warnings: [ReadWarning]) {
        var all = warnings + failures
        if skipped > 0 {
            all.append(StatementReader.interruptedWarning(skipped: skipped, of: files.count + failures.count + skipped, paths: paths))
        }
        let ids = shard.map { StatementReader.uniqueIdentifiers(of: writer.identities, in: $0.shard, listing: $0.listing, loadPaths: paths) }
            ?? StatementReader.uniqueIdentifiers(of: writer.identities, loadPaths: paths)
        let (builder, counts) = CacheFile.builder(paths: absolutePaths, given: paths, files: files, writer: &writer, ids: ids)
        return (builder, counts, all)
    }

    /// Hands one file's outcome over: its statements to the columns, or its warning.
    private mutating func take(_ outcome: StatementReader.FileOutcome?, stamp: FileStamp) {
        switch outcome {
        case .success(let statements):
            writer.add(statements)
            // A file whose stamp could not be taken is kept with one that never matches.
            files.append((stamp, statements.count))
        case .failure(let warning):
            failures.append(warning)
        case nil:
            skipped += 1
        }
    }
}
