import Foundation
import Testing
@testable import StatementReader

/// Shards: `K/N` parsed strictly, and a stable assignment by path that splits any list of
/// files into disjoint parts that together are the whole list.
@Suite("Shards of a load")
struct ShardTests {
    @Test func parsesKOfNAndNamesItsPartitionFiles() throws {
        let shard = try #require(Shard("3/8"))
        #expect(shard.number == 3 && shard.count == 8)
        #expect(shard.partName == "part-00003-of-00008")
        #expect(shard.description == "3/8")
        for bad in ["0/8", "9/8", "8", "/8", "3/", "a/b", "1/0", "-1/2", "1/100001", "1/2/3", " 1/2"] {
            #expect(Shard(bad) == nil, "\(bad)")
        }
    }

    /// The assignment is FNV-1a of the path: pinned, since machines running different
    /// versions of cq must still agree on it.
    @Test func theAssignmentIsStable() throws {
        let seed = "samples/statements/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt"
        #expect(try #require(Shard("5/8")).contains(seed))
        #expect(try #require(Shard("2/3")).contains(seed))
        #expect(try #require(Shard("8/8")).contains("x"))
        #expect(try #require(Shard("3/3")).contains("archive/2021/a.md"))
    }

    @Test func everyPathIsInExactlyOneShard() {
        let paths = (0..<500).map { "archive/\($0 % 7)/statement-\($0).md" }
        for count in [1, 2, 3, 8, 13] {
            let shards = (1...count).compactMap { Shard(number: $0, count: count) }
            for path in paths { #expect(shards.filter { $0.contains(path) }.count == 1) }
            if count > 1 { #expect(shards.allSatisfy { shard in paths.contains { shard.contains($0) } }, "every shard gets some of 500 files") }
        }
    }

    /// Files of one name in different directories get ids from their paths in every shard,
    /// as in one load of all of them.
    @Test func idsAreUniqueAcrossShards() throws {
        let listing = ["a/note.md", "b/note.md", "c/other.md", "d/note.md", "e/single.md"]
        let loadPaths = ["."]
        let whole = StatementReader.uniqueIdentifiers(
            of: listing.map { (StatementReader.identifier(ofFileNamed: ($0 as NSString).lastPathComponent), $0) }, loadPaths: loadPaths)
        var fromShards = [String: String]()
        for number in 1...3 {
            let shard = try #require(Shard(number: number, count: 3))
            let mine = listing.filter(shard.contains).map { (id: StatementReader.identifier(ofFileNamed: ($0 as NSString).lastPathComponent), path: $0) }
            let ids = StatementReader.uniqueIdentifiers(of: mine, in: shard, listing: listing, loadPaths: loadPaths)
            for (statement, id) in zip(mine, ids) { fromShards[statement.path] = id }
        }
        #expect(listing.map { fromShards[$0] } == whole)
        #expect(Set(whole).count == listing.count)
    }
}
