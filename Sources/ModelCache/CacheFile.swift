import ColumnStore
import StatementModel

/// What a cache file holds besides the model: the load's paths and each source file's stamp
/// and how many statements it gave.
struct CacheIndex {
    /// The load's paths, absolute, in the order given.
    var paths: [String]
    /// The load's paths as they were given.
    var given: [String]
    /// Every file that read without a warning, in load order.
    var stamps: [FileStamp]
    /// Where each file's statements end among the store's statements.
    var statementEnds: [Int]

    /// The positions in the store of file `index`'s statements.
    func statements(ofFile index: Int) -> Range<Int> {
        (index == 0 ? 0 : statementEnds[index - 1])..<statementEnds[index]
    }
}

/// The cache file: a store (`StoreFile`) holding the statement model column by column
/// (`ModelStoreLayout`) and the cache's own sections: `cache.paths`, the load's paths made
/// absolute, and `cache.given_paths` as given; `cache.file_paths`, `cache.file_stamps` (five
/// numbers a file: size, modification and change times, inode, device) and
/// `cache.file_statement_ends`.
enum CacheFile {
    /// The cache's format number, part of the writer's identity.
    static let formatNumber = 7

    /// The sections of a cache file for a load of `paths` (absolute; `given` as named) that read
    /// `files` (each with how many statements it gave), whose statements `writer` holds and the
    /// load knows by `ids` (made unique across the files), and the model tables' row counts.
    static func builder(
        paths: [String], given: [String], files: [(stamp: FileStamp, statements: Int)], writer: inout ModelStoreWriter, ids: [String]
    ) -> (builder: StoreBuilder, counts: [String: Int]) {
        var builder = StoreBuilder()
        let counts = writer.write(ids: ids, to: &builder)
        builder.addStrings("cache.paths", paths)
        builder.addStrings("cache.given_paths", given)
        builder.addStrings("cache.file_paths", files.map(\.stamp.path))
        var stamps = [Int64]()
        var ends = [Int64]()
        var total = 0
        for (stamp, statements) in files {
            stamps += [
                Int64(stamp.size), stamp.modified, stamp.changed, Int64(bitPattern: stamp.inode), Int64(bitPattern: stamp.device),
            ]
            total += statements
            ends.append(Int64(total))
        }
        builder.addIntegers("cache.file_stamps", stamps)
        builder.addIntegers("cache.file_statement_ends", ends)
        return (builder, counts)
    }

    /// The cache's own sections of `store`, checked against its statements.
    static func index(of store: StatementStore) throws(StoreDamage) -> CacheIndex {
        let file = store.file
        let paths = try file.stringTable("cache.paths").strings
        let given = try file.stringTable("cache.given_paths").strings
        let filePaths = try file.stringTable("cache.file_paths")
        let stamps = try file.integerArray("cache.file_stamps")
        let ends = try file.rowEnds("cache.file_statement_ends", total: store.rowCount("statements"), of: "statements")
        guard stamps.count == filePaths.count * 5, ends.count == filePaths.count else {
            throw StoreDamage(section: "cache.file_stamps", reason: "not one stamp and one count a file")
        }
        let fileStamps = (0..<filePaths.count).map { index in
            let base = index * 5
            return FileStamp(
                path: filePaths.string(index), size: Int(stamps[base]), modified: stamps[base + 1], changed: stamps[base + 2],
                inode: UInt64(bitPattern: stamps[base + 3]), device: UInt64(bitPattern: stamps[base + 4]))
        }
        return CacheIndex(paths: paths, given: given, stamps: fileStamps, statementEnds: ends.map { Int($0) })
    }
}
