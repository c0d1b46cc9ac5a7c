@_spi(Fuzzing) import ColumnStore
import Foundation
import StatementModel
import StatementReader
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Damaged store files are refused when opened or reported when a section is first used, and
/// never crash: cut files, flipped bytes in the header, the directory and every section, other
/// versions, files replaced while mapped, and sections that match their checksum but hold
/// nonsense.
@Suite("A damaged store")
struct StoreDamageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = StatementReader().read(paths: [repository.appendingPathComponent("samples/statements").path]).corpus.statements
    /// The samples as a store file written for identity "t".
    static let store = storeBytes(samples)

    static func storeBytes(_ statements: [Statement]) -> [UInt8] {
        var builder = StoreBuilder()
        ModelStoreWriter.add(statements, ids: statements.map(\.id), to: &builder)
        return builder.bytes(identity: "t")
    }

    // MARK: - Cuts

    @Test func everyCutOfTheFileIsRefusedWhenOpened() throws {
        let bytes = Self.store
        let layout = try Layout(bytes)
        var lengths = Set((0..<200).map { $0 * bytes.count / 200 })
        var boundaries = [0, 7, 8, 12, 16, 20, 24, 32, layout.directoryStart, layout.directoryEnd, StoreFormatFacts.pageSize, bytes.count]
        for entry in layout.entries { boundaries += [entry.offset, entry.offset + entry.length] }
        for boundary in boundaries { lengths.formUnion([boundary - 1, boundary, boundary + 1]) }
        let cuts = lengths.filter { $0 >= 0 && $0 < bytes.count }.sorted()
        #expect(cuts.count > 300)
        for length in cuts {
            let problem = Self.openProblem(Array(bytes.prefix(length)))
            #expect(Self.isDamaged(problem), "a file cut to \(length) of \(bytes.count) bytes: \(String(describing: problem))")
        }
    }

    @Test func aFileLongerThanItsSectionsIsRefused() {
        for extra in [1, 7, 8, StoreFormatFacts.pageSize - 1, StoreFormatFacts.pageSize, 2 * StoreFormatFacts.pageSize] {
            let problem = Self.openProblem(Self.store + [UInt8](repeating: 0, count: extra))
            #expect(Self.isDamaged(problem), "\(extra) bytes more: \(String(describing: problem))")
        }
    }

    // MARK: - The header and directory

    @Test func everyFlippedByteOfTheHeaderAndDirectoryIsRefused() throws {
        var bytes = Self.store
        let layout = try Layout(bytes)
        #expect(layout.identityLength == 1)
        // Bytes 0..<7 are the magic, 7 the format digit, 8..<12 the byte-order mark, 12..<24 the
        // lengths and count, 24..<32 the checksum; then the identity and the directory. Every one
        // of them is covered by the magic, the byte-order mark or the header checksum, so no flip
        // is harmless: the format digit gives `.otherVersion`, every other byte `.damaged`.
        for position in 0..<layout.directoryEnd {
            bytes[position] ^= 0x5A
            let problem = Self.openProblem(bytes)
            if position == 7 {
                #expect(problem == .otherVersion, "byte \(position): \(String(describing: problem))")
            } else {
                #expect(Self.isDamaged(problem), "byte \(position): \(String(describing: problem))")
            }
            bytes[position] ^= 0x5A
        }
        #expect(bytes == Self.store)
    }

    @Test func flippedPaddingBetweenTheDirectoryAndTheFirstSectionIsHarmless() throws {
        var bytes = Self.store
        let layout = try Layout(bytes)
        let firstSection = try #require(layout.entries.map(\.offset).min())
        #expect(firstSection > layout.directoryEnd)
        for position in stride(from: layout.directoryEnd, to: firstSection, by: 61) {
            bytes[position] ^= 0x5A
            let file = try StoreFile(bytes: bytes, identity: "t")
            #expect(file.sectionNames == layout.entries.map(\.name).sorted())
            bytes[position] ^= 0x5A
        }
        bytes[firstSection - 1] ^= 0x5A
        let store = try StatementStore(file: StoreFile(bytes: bytes, identity: "t"))
        #expect(try store.allStatements() == Self.samples)
    }

    // MARK: - Sections

    @Test func aFlippedByteInAnySectionIsReportedAsDamageToThatSection() throws {
        let layout = try Layout(Self.store)
        let names = layout.entries.map(\.name).sorted()
        // Every section is the row counts or belongs to a column, and every column is used to build statements.
        for entry in layout.entries where entry.name != ModelStoreLayout.rowCounts {
            #expect(Self.column(owning: entry.name) != nil, "section \(entry.name) belongs to no column")
        }
        let damaged = layout.entries.filter { $0.length > 0 }
        #expect(damaged.count >= 60)
        for entry in damaged {
            for position in Set([entry.offset, entry.offset + entry.length / 2, entry.offset + entry.length - 1]) {
                var bytes = Self.store
                bytes[position] ^= 0x5A
                // The header is intact, so the store opens.
                let file = try StoreFile(bytes: bytes, identity: "t")
                #expect(file.sectionNames == names)
                let what = "\(entry.name), byte \(position - entry.offset) of \(entry.length)"
                if entry.name == ModelStoreLayout.rowCounts {
                    #expect(Self.damage { () throws(StoreDamage) in _ = try StatementStore(file: file) }?.section == entry.name, "\(what)")
                    continue
                }
                let store = try StatementStore(file: file)
                let owner = try #require(Self.column(owning: entry.name))
                for (name, kind) in ModelStoreLayout.columns {
                    let damage = Self.read(store, name, kind)
                    if name == owner.name || Self.clauseTextReads.contains(owner.name) && name == "clauses.text" {
                        #expect(damage?.section == entry.name, "\(what): column \(name) gives \(String(describing: damage))")
                    } else {
                        #expect(damage == nil, "\(what): column \(name) gives \(String(describing: damage))")
                    }
                }
                // Asked again, the damaged column is still refused (a failed check is not remembered as passed).
                #expect(Self.read(store, owner.name, owner.kind)?.section == entry.name, "\(what)")
                #expect(Self.damage { () throws(StoreDamage) in _ = try store.allStatements() }?.section == entry.name, "\(what)")
                // A store over a fresh file, no column read yet.
                let fresh = try StatementStore(file: StoreFile(bytes: bytes, identity: "t"))
                #expect(Self.damage { () throws(StoreDamage) in _ = try fresh.allStatements() }?.section == entry.name, "\(what)")
                #expect(
                    Self.damage { () throws(StoreDamage) in _ = try fresh.statements(in: 0..<1, identifiers: .asRead) }?.section == entry.name,
                    "\(what)")
            }
        }
    }

    // MARK: - Versions

    @Test func anotherIdentityOrFormatIsAnotherVersionAndAnotherMagicIsDamage() {
        #expect(Self.openProblem(Self.store, identity: "t") == nil)
        for identity in ["u", "", "tt", "T", "t "] {
            #expect(Self.openProblem(Self.store, identity: identity) == .otherVersion, "identity \(identity.debugDescription)")
        }
        for digit in Array("02345679".utf8) + [0, 0xFF] {
            var bytes = Self.store
            bytes[7] = digit
            #expect(Self.openProblem(bytes) == .otherVersion, "format digit \(digit)")
        }
        for (position, byte) in [(0, UInt8(ascii: "X")), (3, UInt8(ascii: "t")), (6, 0)] {
            var bytes = Self.store
            bytes[position] = byte
            #expect(Self.isDamaged(Self.openProblem(bytes)), "magic byte \(position)")
        }
        #expect(Self.isDamaged(Self.openProblem(Array("not a store at all, just some text that goes on for a while".utf8))))
        #expect(Self.isDamaged(Self.openProblem([UInt8](repeating: 0, count: StoreFormatFacts.pageSize))))
        #expect(Self.isDamaged(Self.openProblem([])))
    }

    @Test func anEmptyStoreOpensAndAStoreWithoutRowCountsIsDamaged() throws {
        let empty = try StoreFile(bytes: StoreBuilder().bytes(identity: "t"), identity: "t")
        #expect(empty.sectionNames.isEmpty)
        #expect(Self.damage { () throws(StoreDamage) in _ = try StatementStore(file: empty) }?.section == ModelStoreLayout.rowCounts)
    }

    // MARK: - A mapped file

    @Test func aMappedStoreReplacedOrRemovedWhileMappedStillReads() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.store").path
        let replacement = directory.appendingPathComponent("model.store.new").path
        try Data(Self.store).write(to: URL(fileURLWithPath: path))

        let file = try Self.map(path)
        // A store whose columns were read before the file was replaced, and one read only after.
        let early = try StatementStore(file: file)
        _ = try early.strings("clauses.actor")
        _ = try early.texts("statements.text")
        // Another store is renamed over the path while the first is mapped.
        let others = Array(Self.samples.prefix(1))
        try Data(Self.storeBytes(others)).write(to: URL(fileURLWithPath: replacement))
        #expect(rename(replacement, path) == 0)
        let store = try StatementStore(file: file)
        #expect(try store.allStatements() == Self.samples)
        #expect(try early.allStatements() == Self.samples)
        // The path holds the other store now.
        #expect(try StatementStore(file: Self.map(path)).allStatements() == others)
        // And then removed altogether.
        #expect(unlink(path) == 0)
        let again = try StatementStore(file: file)
        #expect(try again.allStatements() == Self.samples)
        #expect(try again.statements(in: 1..<3, identifiers: .asRead) == Array(Self.samples[1..<3]))
    }

    @Test func aMappedFileIsCheckedAsAFileInMemoryIs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("store-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.store").path
        let layout = try Layout(Self.store)

        // Cut files.
        var cuts = [0, 1, 31, 32, 33, layout.directoryEnd - 1, layout.directoryEnd, StoreFormatFacts.pageSize, Self.store.count - 1]
        for entry in layout.entries.prefix(12) { cuts += [entry.offset, entry.offset + entry.length] }
        for length in Set(cuts) where length < Self.store.count {
            try Data(Self.store.prefix(length)).write(to: URL(fileURLWithPath: path))
            #expect(Self.isDamaged(Self.mapProblem(path)), "a file cut to \(length)")
        }
        // A file that says it is longer than it is: the size given must be the file's.
        try Data(Self.store).write(to: URL(fileURLWithPath: path))
        #expect(Self.isDamaged(Self.mapProblem(path, size: Self.store.count + StoreFormatFacts.pageSize)))
        #expect(Self.isDamaged(Self.mapProblem(path, size: Self.store.count - StoreFormatFacts.pageSize)))
        // Another identity, another format.
        #expect(Self.mapProblem(path, identity: "u") == .otherVersion)
        var bytes = Self.store
        bytes[7] = UInt8(ascii: "2")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(Self.mapProblem(path) == .otherVersion)
        // Flipped bytes in the header.
        for position in [0, 8, 12, 13, 15, 16, 20, 24, 32, layout.directoryStart + 5, layout.directoryEnd - 1] {
            var bytes = Self.store
            bytes[position] ^= 0x5A
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            #expect(Self.isDamaged(Self.mapProblem(path)), "byte \(position)")
        }
        // A flipped byte in a section is found when the section is used.
        let entry = try #require(layout.entries.first { $0.name == "statements.text" })
        bytes = Self.store
        bytes[entry.offset + entry.length / 2] ^= 0x5A
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let store = try StatementStore(file: Self.map(path))
        #expect(Self.damage { () throws(StoreDamage) in _ = try store.texts("clauses.text") }?.section == "statements.text")
        #expect(Self.damage { () throws(StoreDamage) in _ = try store.allStatements() }?.section == "statements.text")
        #expect(Self.damage { () throws(StoreDamage) in _ = try store.strings("clauses.actor") } == nil)
    }

    // The columns a store hands out point into its file's bytes and keep the file alive: a
    // column used after the store is released must still read (it crashed with SIGSEGV once).
    // Run in a child process (an exit test) so that a crash fails this test alone.
    @Test func aColumnTakenFromAMappedStoreStillReadsOnceTheStoreIsReleased() async {
        await #expect(processExitsWith: .success) {
            var builder = StoreBuilder()
            builder.addIntegers(ModelStoreLayout.rowCounts, [3, 0, 0, 0, 0])
            builder.addStrings("statements.text", ["one", "two", "three"])
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("store-lifetime-\(UUID().uuidString)").path
            try Data(builder.bytes(identity: "t")).write(to: URL(fileURLWithPath: path))
            // Nothing but the column refers to the store after this line (the file is removed
            // once mapped, so that the crash leaves nothing behind).
            let column = try StatementStore(file: StoreDamageTests.mapAndRemove(path)).texts("statements.text")
            guard column.strings == ["one", "two", "three"] else { exit(1) }
        }
    }

    // MARK: - Sections that match their checksum but are wrong

    @Test func aCodeBeyondTheDictionaryIsDamage() throws {
        let store = try Self.smallStore { builder in
            builder.addCodes("clauses.actor.codes", [0, 2])
            builder.addStrings("clauses.actor.dict", ["a", "b"])
        }
        #expect(Self.damage { () throws(StoreDamage) in _ = try store.strings("clauses.actor") }?.section == "clauses.actor.codes")
        for codes: [UInt32] in [[0, UInt32.max - 1], [7, 0], [2, 2]] {
            let store = try Self.smallStore { builder in
                builder.addCodes("clauses.actor.codes", codes)
                builder.addStrings("clauses.actor.dict", ["a", "b"])
            }
            #expect(Self.damage { () throws(StoreDamage) in _ = try store.strings("clauses.actor") }?.section == "clauses.actor.codes", "\(codes)")
        }
        // The null code and codes inside the dictionary are fine (the control).
        let good = try Self.smallStore { builder in
            builder.addCodes("clauses.actor.codes", [1, StringColumn.null])
            builder.addStrings("clauses.actor.dict", ["a", "b"])
        }
        // (A column points into its store's bytes: keep the store alive while it is used.)
        try withExtendedLifetime(good) {
            let actors = try good.strings("clauses.actor")
            #expect(actors.value(0) == "b")
            #expect(actors.value(1) == nil)
        }
        // Too few or too many codes for the rows.
        for codes: [UInt32] in [[0], [0, 1, 0], []] {
            let store = try Self.smallStore { builder in
                builder.addCodes("clauses.actor.codes", codes)
                builder.addStrings("clauses.actor.dict", ["a", "b"])
            }
            #expect(Self.damage { () throws(StoreDamage) in _ = try store.strings("clauses.actor") }?.section == "clauses.actor.codes", "\(codes)")
        }
        // Codes of the wrong width.
        let odd = try Self.smallStore { builder in
            builder.addBytes("clauses.actor.codes", [0, 0, 0, 0, 1, 0, 0])
            builder.addStrings("clauses.actor.dict", ["a", "b"])
        }
        #expect(Self.damage { () throws(StoreDamage) in _ = try odd.strings("clauses.actor") }?.section == "clauses.actor.codes")
    }

    @Test(arguments: BadTable.all)
    func aWrongStringTableIsDamage(_ table: BadTable) throws {
        // As the dictionary of a string column.
        let column = try Self.smallStore { builder in
            builder.addCodes("clauses.actor.codes", [0, 0])
            builder.addBytes("clauses.actor.dict", table.bytes)
        }
        #expect(Self.damage { () throws(StoreDamage) in _ = try column.strings("clauses.actor") }?.section == "clauses.actor.dict", "\(table.name)")
        // As a text column.
        let texts = try Self.smallStore(statements: 2) { builder in builder.addBytes("statements.text", table.bytes) }
        #expect(Self.damage { () throws(StoreDamage) in _ = try texts.texts("statements.text") }?.section == "statements.text", "\(table.name)")
        // As the dictionary of a list column.
        let list = try Self.smallStore { builder in
            builder.addBytes("clauses.topics.offsets", Self.words([0, 1, 1]))
            builder.addCodes("clauses.topics.items", [0])
            builder.addBytes("clauses.topics.dict", table.bytes)
        }
        #expect(Self.damage { () throws(StoreDamage) in _ = try list.lists("clauses.topics") }?.section == "clauses.topics.dict", "\(table.name)")
    }

    @Test func aRightStringTableReads() throws {
        let store = try Self.smallStore(statements: 2) { builder in
            builder.addBytes("statements.text", BadTable.table(2, [0, 2, 4], Array("a\0b\0".utf8)))
            builder.addBytes("clauses.actor.codes", Self.codes([0, 1]))
            builder.addStrings("clauses.actor.dict", ["", "é"])
        }
        try withExtendedLifetime(store) {
            #expect(try store.texts("statements.text").strings == ["a", "b"])
            let actors = try store.strings("clauses.actor")
            #expect(actors.value(0) == "")
            #expect(actors.value(1) == "é")
        }
        // Texts of a table with another count than the rows.
        let three = try Self.smallStore(statements: 2) { builder in builder.addStrings("statements.text", ["a", "b", "c"]) }
        #expect(Self.damage { () throws(StoreDamage) in _ = try three.texts("statements.text") }?.section == "statements.text")
    }

    @Test func clauseTextRangesOutsideTheirStatementOrOutOfOrderAreDamage() throws {
        /// A store of one statement, "One. Two.", and two clauses at `ranges`, the rows `own`
        /// keeping the texts `texts`.
        func store(_ ranges: [(Int64, Int64)], own: [Int64] = [], texts: [String] = []) throws -> StatementStore {
            try Self.smallStore { builder in
                builder.addStrings("statements.text", ["One. Two."])
                builder.addIntegers("statements.clause_end", [2])
                builder.addIntegers("clauses.start", ranges.map(\.0))
                builder.addIntegers("clauses.end", ranges.map(\.1))
                builder.addIntegers("clauses.text.own_rows", own)
                builder.addStrings("clauses.text.own", texts)
            }
        }
        let good = try store([(0, 4), (5, 9)])
        #expect(try good.texts("clauses.text").strings == ["One.", "Two."])
        let ownSecond = try store([(0, 4), (-7, 100)], own: [1], texts: ["Three."])
        #expect(try ownSecond.texts("clauses.text").strings == ["One.", "Three."])
        for ranges: [(Int64, Int64)] in [[(0, 4), (5, 10)], [(0, 4), (-1, 3)], [(5, 9), (0, 4)], [(0, 4), (3, 9)], [(4, 0), (5, 9)]] {
            let bad = try store(ranges)
            #expect(Self.damage { () throws(StoreDamage) in _ = try bad.texts("clauses.text") }?.section == "clauses.start", "\(ranges)")
        }
        for (own, texts): ([Int64], [String]) in [([1, 0], ["a", "b"]), ([0, 0], ["a", "b"]), ([2], ["a"]), ([-1], ["a"]), ([1], [])] {
            let bad = try store([(0, 4), (5, 9)], own: own, texts: texts)
            #expect(Self.damage { () throws(StoreDamage) in _ = try bad.texts("clauses.text") }?.section == "clauses.text.own_rows", "\(own)")
        }
    }

    @Test func wrongListOffsetsAreDamage() throws {
        // Each case: offsets (two rows, so three of them), then the item codes.
        let cases: [(String, [UInt8], [UInt32], String)] = [
            ("out of order", Self.words([0, 3, 1]), [0], "clauses.topics.offsets"),
            ("out of order, spanning", Self.words([0, 3, 2]), [0, 0], "clauses.topics.offsets"),
            ("beyond the items", Self.words([0, 9, 9]), [0], "clauses.topics.offsets"),
            ("not starting at zero", Self.words([1, 1, 1]), [0], "clauses.topics.offsets"),
            ("ending short", Self.words([0, 1, 1]), [0, 0], "clauses.topics.offsets"),
            ("one too few", Self.words([0, 1]), [0], "clauses.topics.offsets"),
            ("one too many", Self.words([0, 1, 1, 1]), [0], "clauses.topics.offsets"),
            ("none", [], [0], "clauses.topics.offsets"),
            ("not eight-byte", Array(Self.words([0, 1, 1]).dropLast()), [0], "clauses.topics.offsets"),
            ("huge", Self.words([0, UInt64.max, 1]), [0], "clauses.topics.offsets"),
            ("an item beyond the dictionary", Self.words([0, 1, 2]), [0, 1], "clauses.topics.offsets"),
            ("the null code as an item", Self.words([0, 1, 1]), [StringColumn.null], "clauses.topics.offsets"),
        ]
        for (what, offsets, items, section) in cases {
            let store = try Self.smallStore { builder in
                builder.addBytes("clauses.topics.offsets", offsets)
                builder.addCodes("clauses.topics.items", items)
                builder.addStrings("clauses.topics.dict", ["x"])
            }
            #expect(Self.damage { () throws(StoreDamage) in _ = try store.lists("clauses.topics") }?.section == section, "\(what)")
        }
        // Items of the wrong width.
        let odd = try Self.smallStore { builder in
            builder.addBytes("clauses.topics.offsets", Self.words([0, 1, 1]))
            builder.addBytes("clauses.topics.items", [0, 0, 0, 0, 0])
            builder.addStrings("clauses.topics.dict", ["x"])
        }
        #expect(Self.damage { () throws(StoreDamage) in _ = try odd.lists("clauses.topics") }?.section == "clauses.topics.offsets")
        // The control: the same column, right.
        let good = try Self.smallStore { builder in
            builder.addBytes("clauses.topics.offsets", Self.words([0, 2, 2]))
            builder.addCodes("clauses.topics.items", [0, 0])
            builder.addStrings("clauses.topics.dict", ["x"])
        }
        try withExtendedLifetime(good) {
            let topics = try good.lists("clauses.topics")
            #expect(topics.values(0) == ["x", "x"])
            #expect(topics.values(1) == [])
        }
    }

    @Test func wrongIntegerColumnsAndRowCountsAreDamage() throws {
        for values: [Int64] in [[1], [1, 2, 3], []] {
            let store = try Self.smallStore { builder in builder.addIntegers("clauses.n", values) }
            #expect(Self.damage { () throws(StoreDamage) in _ = try store.integers("clauses.n") }?.section == "clauses.n", "\(values)")
        }
        let odd = try Self.smallStore { builder in builder.addBytes("clauses.n", [UInt8](repeating: 1, count: 15)) }
        #expect(Self.damage { () throws(StoreDamage) in _ = try odd.integers("clauses.n") }?.section == "clauses.n")
        // Missing columns.
        let bare = try Self.smallStore { _ in }
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.integers("clauses.n") }?.section == "clauses.n")
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.strings("clauses.actor") }?.section == "clauses.actor.codes")
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.texts("statements.text") }?.section == "statements.text")
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.texts("clauses.text") }?.section == "statements.text")
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.lists("clauses.topics") }?.section == "clauses.topics.offsets")
        #expect(Self.damage { () throws(StoreDamage) in _ = try bare.allStatements() } != nil)
        // Row counts of the wrong length or out of range.
        for counts: [Int64] in [[1, 2, 0, 0], [1, 2, 0, 0, 0, 0], [], [-1, 0, 0, 0, 0], [0, Int64(Int32.max), 0, 0, 0], [0, 0, 0, 0, Int64.min], [Int64.max, 0, 0, 0, 0]] {
            var builder = StoreBuilder()
            builder.addIntegers(ModelStoreLayout.rowCounts, counts)
            let file = try StoreFile(bytes: builder.bytes(identity: "t"), identity: "t")
            #expect(Self.damage { () throws(StoreDamage) in _ = try StatementStore(file: file) }?.section == ModelStoreLayout.rowCounts, "\(counts)")
        }
        var builder = StoreBuilder()
        builder.addBytes(ModelStoreLayout.rowCounts, [UInt8](repeating: 0, count: 31))
        let file = try StoreFile(bytes: builder.bytes(identity: "t"), identity: "t")
        #expect(Self.damage { () throws(StoreDamage) in _ = try StatementStore(file: file) }?.section == ModelStoreLayout.rowCounts)
    }

    /// The samples' store with one section replaced or removed, each section matching its checksum.
    @Test func wrongSectionsOfTheSamplesAreDamageWhenStatementsAreBuilt() throws {
        let layout = try Layout(Self.store)
        #expect(try Self.rebuilt() == Self.store)
        let clauseEnd = try Self.integers(of: "statements.clause_end")
        let entityEnd = try Self.integers(of: "statements.entity_end")
        let mentionEnd = try Self.integers(of: "entities.mention_end")
        // The cases below change something only when the samples' statements have clauses,
        // entities and mentions, and the first two statements clauses.
        try #require(clauseEnd.count == Self.samples.count && clauseEnd.count > 2)
        try #require(clauseEnd[0] < clauseEnd[1])
        try #require(entityEnd.count > 1 && entityEnd[0] < entityEnd[entityEnd.count - 1])
        try #require(mentionEnd.count > 1 && (mentionEnd.last ?? 0) > 1)
        let totalClauses = try #require(clauseEnd.last)
        let totalMentions = try #require(mentionEnd.last)
        var swapped = clauseEnd
        swapped.swapAt(0, 1)
        let modalities = try Self.strings(of: "clauses.modality.dict")
        let types = try Self.strings(of: "entities.type.dict")
        let cases: [(String, [String: [UInt8]], Set<String>, String)] = [
            ("clause ends out of order", ["statements.clause_end": Self.integerBytes([totalClauses + 1] + clauseEnd.dropFirst())], [], "statements.clause_end"),
            ("clause ends swapped", ["statements.clause_end": Self.integerBytes(swapped)], [], "statements.clause_end"),
            ("clause ends short", ["statements.clause_end": Self.integerBytes(clauseEnd.dropLast() + [totalClauses - 1])], [], "statements.clause_end"),
            ("clause ends long", ["statements.clause_end": Self.integerBytes(clauseEnd.dropLast() + [totalClauses + 1])], [], "statements.clause_end"),
            ("negative clause ends", ["statements.clause_end": Self.integerBytes([-1] + clauseEnd.dropFirst())], [], "statements.clause_end"),
            ("entity ends out of order", ["statements.entity_end": Self.integerBytes(entityEnd.reversed())], [], "statements.entity_end"),
            ("mention ends short", ["entities.mention_end": Self.integerBytes(mentionEnd.dropLast() + [totalMentions - 1])], [], "entities.mention_end"),
            ("mention ends negative", ["entities.mention_end": Self.integerBytes([Int64.min] + mentionEnd.dropFirst())], [], "entities.mention_end"),
            ("an unknown modality", ["clauses.modality.dict": Self.tableBytes(modalities.map { $0 + "?" })], [], "clauses.modality.dict"),
            ("an unknown entity type", ["entities.type.dict": Self.tableBytes(types.map { _ in "spaceship" })], [], "entities.type.dict"),
            ("a missing dictionary", [:], ["clauses.verb.dict"], "clauses.verb.dict"),
            ("missing codes", [:], ["statements.title.codes"], "statements.title.codes"),
            ("missing list items", [:], ["clauses.acts.items"], "clauses.acts.items"),
            ("a missing text column", [:], ["statements.text"], "statements.text"),
            ("a missing integer column", [:], ["mentions.start"], "mentions.start"),
        ]
        for (what, replaced, removed, section) in cases {
            for name in replaced.keys.sorted() + removed.sorted() { #expect(layout.entries.contains { $0.name == name }, "\(name)") }
            let bytes = try Self.rebuilt(replacing: replaced, removing: removed)
            let store = try StatementStore(file: StoreFile(bytes: bytes, identity: "t"))
            #expect(Self.damage { () throws(StoreDamage) in _ = try store.allStatements() }?.section == section, "\(what)")
            #expect(
                Self.damage { () throws(StoreDamage) in _ = try store.statements(in: 0..<Self.samples.count, identifiers: .asRead) }?.section == section,
                "\(what)")
        }
    }

    // MARK: - A directory that matches the header checksum but is wrong

    @Test func aWrongDirectoryWithARightChecksumIsRefused() throws {
        let layout = try Layout(Self.store)
        #expect(Self.resigned(Self.store) == Self.store, "the test's checksum is the store's")
        let first = try #require(layout.entries.first)
        let second = layout.entries[1]
        let last = try #require(layout.entries.last)
        let pageSize = UInt64(StoreFormatFacts.pageSize)
        typealias Edit = (inout [UInt8]) -> Void
        let edits: [(String, Edit)] = [
            ("the first section a page late", { Self.put(UInt64(first.offset) + pageSize, at: first.entryNumbers, in: &$0) }),
            ("the first section a page early", { Self.put(UInt64(first.offset) - pageSize, at: first.entryNumbers, in: &$0) }),
            ("the first section inside the directory", { Self.put(0, at: first.entryNumbers, in: &$0) }),
            ("the second section on the first", { Self.put(UInt64(first.offset), at: second.entryNumbers, in: &$0) }),
            ("the second section off a page", { Self.put(UInt64(second.offset + 8), at: second.entryNumbers, in: &$0) }),
            ("the last section beyond the file", { Self.put(UInt64($0.count), at: last.entryNumbers, in: &$0) }),
            ("the last section a page long past the file", { Self.put(pageSize + 1, at: last.entryNumbers + 8, in: &$0) }),
            ("a huge offset", { Self.put(UInt64.max - pageSize + 1, at: last.entryNumbers, in: &$0) }),
            ("a huge length", { Self.put(UInt64.max, at: first.entryNumbers + 8, in: &$0) }),
            ("a huge length in the last", { Self.put(UInt64.max, at: last.entryNumbers + 8, in: &$0) }),
            ("a length and offset that wrap", {
                Self.put(UInt64.max - UInt64(last.offset) + 1, at: last.entryNumbers + 8, in: &$0)
            }),
            ("a name as long as the directory", { Self.put(UInt16.max, at: first.entryStart, in: &$0) }),
            ("a name running into the next", { Self.put(UInt16(first.name.utf8.count + 30), at: first.entryStart, in: &$0) }),
            ("one section more than the directory holds", { Self.put(UInt32(layout.entries.count + 1), at: 16, in: &$0) }),
            ("one section fewer", { Self.put(UInt32(layout.entries.count - 1), at: 16, in: &$0) }),
            ("no sections", { Self.put(UInt32(0), at: 16, in: &$0) }),
            ("more sections than any store", { Self.put(UInt32.max, at: 16, in: &$0) }),
            ("a directory one byte shorter", { Self.put(UInt32(layout.directoryEnd - layout.directoryStart - 1), at: 20, in: &$0) }),
            ("a directory longer than the file", { Self.put(UInt32(1 << 20), at: 20, in: &$0) }),
            ("an identity longer than the file", { Self.put(UInt32(1 << 20), at: 12, in: &$0) }),
            ("an identity longer than any header", { Self.put(UInt32((1 << 20) + 1), at: 12, in: &$0) }),
            ("a directory longer than any header", { Self.put(UInt32.max, at: 20, in: &$0) }),
        ]
        for (what, edit) in edits {
            var bytes = Self.store
            edit(&bytes)
            #expect(bytes != Self.store, "\(what) changes nothing")
            let problem = Self.openProblem(Self.resigned(bytes))
            #expect(Self.isDamaged(problem), "\(what): \(String(describing: problem))")
        }
        // A section one byte longer still lies in its page, so the store opens, but the section no
        // longer matches its checksum when it is used.
        var longer = Self.store
        Self.put(UInt64(first.length + 1), at: first.entryNumbers + 8, in: &longer)
        let file = try StoreFile(bytes: Self.resigned(longer), identity: "t")
        #expect(Self.damage { () throws(StoreDamage) in _ = try file.section(first.name) }?.section == first.name)
        // Two sections of one name (the builder does not stop it; the directory check does).
        var builder = StoreBuilder()
        builder.addIntegers(ModelStoreLayout.rowCounts, [0, 0, 0, 0, 0])
        builder.addIntegers("clauses.n", [])
        builder.addIntegers("clauses.n", [])
        #expect(Self.isDamaged(Self.openProblem(builder.bytes(identity: "t"))))
    }

    // MARK: - Helpers

    /// The problem opening `bytes` gives, nil when it opens.
    static func openProblem(_ bytes: [UInt8], identity: String = "t") -> StoreProblem? {
        do {
            _ = try StoreFile(bytes: bytes, identity: identity)
            return nil
        } catch {
            return error
        }
    }

    static func isDamaged(_ problem: StoreProblem?) -> Bool {
        if case .damaged = problem { return true }
        return false
    }

    /// The damage `body` reports, nil when it reports none.
    static func damage(_ body: () throws(StoreDamage) -> Void) -> StoreDamage? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    /// Reads column `name` of `kind` and every value in it; the damage found, nil when none.
    static func read(_ store: StatementStore, _ name: String, _ kind: ModelStoreLayout.Kind) -> StoreDamage? {
        damage { () throws(StoreDamage) in
            let rows = store.rowCount(String(name.prefix { $0 != "." }))
            switch kind {
            case .integer:
                let column = try store.integers(name)
                _ = column.values.reduce(0, &+)
            case .string:
                let column = try store.strings(name)
                _ = (0..<rows).map(column.value)
            case .text, .textRanges:
                _ = try store.texts(name).strings
            case .list:
                let column = try store.lists(name)
                _ = (0..<rows).map(column.values)
            }
        }
    }

    /// The column a section belongs to.
    static func column(owning section: String) -> (name: String, kind: ModelStoreLayout.Kind)? {
        ModelStoreLayout.columns.first { ModelStoreLayout.sections(of: $0.name, $0.kind).contains(section) }
    }

    /// The columns the clauses' texts are read from besides their own sections: they are ranges
    /// of the statements' texts.
    static let clauseTextReads: Set = ["statements.text", "statements.clause_end", "clauses.start", "clauses.end"]

    /// A store of `statements` statements and two clauses with no other columns than `add` gives.
    static func smallStore(statements: Int64 = 1, _ add: (inout StoreBuilder) -> Void) throws -> StatementStore {
        var builder = StoreBuilder()
        builder.addIntegers(ModelStoreLayout.rowCounts, [statements, 2, 0, 0, 0])
        add(&builder)
        return try StatementStore(file: StoreFile(bytes: builder.bytes(identity: "t"), identity: "t"))
    }

    /// The samples' store rebuilt from its sections, some replaced or removed.
    static func rebuilt(replacing replaced: [String: [UInt8]] = [:], removing removed: Set<String> = []) throws -> [UInt8] {
        let layout = try Layout(store)
        var builder = StoreBuilder()
        for entry in layout.entries where !removed.contains(entry.name) {
            builder.addBytes(entry.name, replaced[entry.name] ?? Array(store[entry.offset..<(entry.offset + entry.length)]))
        }
        return builder.bytes(identity: "t")
    }

    /// The numbers in section `name` of the samples' store.
    static func integers(of name: String) throws -> [Int64] {
        let file = try StoreFile(bytes: store, identity: "t")
        return try withExtendedLifetime(file) {
            let section = try #require(try file.section(name))
            return stride(from: 0, to: section.count, by: 8).map { section.loadUnaligned(fromByteOffset: $0, as: Int64.self) }
        }
    }

    /// The strings of the string table in section `name` of the samples' store.
    static func strings(of name: String) throws -> [String] {
        let store = try StatementStore(file: StoreFile(bytes: store, identity: "t"))
        let column = String(name.dropLast(".dict".count))
        return try withExtendedLifetime(store) { try store.strings(column).dictionary.strings }
    }

    static func integerBytes(_ values: some Sequence<Int64>) -> [UInt8] {
        Array(values).withUnsafeBytes { Array($0) }
    }

    static func words(_ values: [UInt64]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }

    static func codes(_ values: [UInt32]) -> [UInt8] {
        values.withUnsafeBytes { Array($0) }
    }

    /// The bytes of a right string table of `values`.
    static func tableBytes(_ values: [String]) -> [UInt8] {
        var builder = StoreBuilder()
        builder.addStrings("x", values)
        let bytes = builder.bytes(identity: "")
        guard let layout = try? Layout(bytes), let entry = layout.entries.first else { return [] }
        return Array(bytes[entry.offset..<(entry.offset + entry.length)])
    }

    /// Writes `number` little-endian at `offset`.
    static func put<Number: FixedWidthInteger>(_ number: Number, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<MemoryLayout<Number>.size {
            bytes[offset + index] = UInt8(truncatingIfNeeded: number >> (8 * index))
        }
    }

    /// `bytes` with the header checksum made to match its header, identity and directory as declared.
    static func resigned(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        StoreSigning.resignHeader(&bytes)
        return bytes
    }

    /// Opens the store file at `path` with `StoreFile.map` and closes the descriptor.
    static func map(_ path: String, size: Int? = nil, identity: String = "t") throws -> StoreFile {
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let fileSize = Int(lseek(descriptor, 0, SEEK_END))
        return try StoreFile.map(descriptor: descriptor, size: size ?? fileSize, identity: identity)
    }

    /// Maps the store file at `path`, then removes the file (the mapping keeps its bytes).
    static func mapAndRemove(_ path: String) throws -> StoreFile {
        defer { unlink(path) }
        return try map(path)
    }

    static func mapProblem(_ path: String, size: Int? = nil, identity: String = "t") -> StoreProblem? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .damaged(reason: "the test cannot open it", offset: -1) }
        defer { close(descriptor) }
        let fileSize = Int(lseek(descriptor, 0, SEEK_END))
        do {
            _ = try StoreFile.map(descriptor: descriptor, size: size ?? fileSize, identity: identity)
            return nil
        } catch {
            return error
        }
    }
}

extension StoreDamageTests {
    /// Numbers of the format the tests need (`StoreFormat` is internal).
    enum StoreFormatFacts {
        static let pageSize = 4096
    }

    /// The header and directory of a store file, read by the tests from the documented layout.
    struct Layout {
        struct Entry {
            var name: String
            /// Where the entry starts (its name's length).
            var entryStart: Int
            /// Where its offset, length and checksum start.
            var entryNumbers: Int
            var offset: Int
            var length: Int
        }

        var identityLength: Int
        var directoryStart: Int
        var directoryEnd: Int
        var entries: [Entry] = []

        init(_ bytes: [UInt8]) throws {
            try #require(bytes.count >= 32)
            identityLength = Int(Self.number(bytes, at: 12, as: UInt32.self))
            let count = Int(Self.number(bytes, at: 16, as: UInt32.self))
            directoryStart = 32 + identityLength
            directoryEnd = directoryStart + Int(Self.number(bytes, at: 20, as: UInt32.self))
            try #require(directoryEnd <= bytes.count)
            var position = directoryStart
            for _ in 0..<count {
                let nameLength = Int(Self.number(bytes, at: position, as: UInt16.self))
                let numbers = position + 2 + nameLength
                try #require(numbers + 24 <= directoryEnd)
                entries.append(
                    Entry(
                        name: String(decoding: bytes[(position + 2)..<numbers], as: UTF8.self), entryStart: position, entryNumbers: numbers,
                        offset: Int(Self.number(bytes, at: numbers, as: UInt64.self)), length: Int(Self.number(bytes, at: numbers + 8, as: UInt64.self))))
                position = numbers + 24
            }
            try #require(position == directoryEnd)
        }

        static func number<Number: FixedWidthInteger>(_ bytes: [UInt8], at offset: Int, as: Number.Type) -> Number {
            var value: Number = 0
            for index in 0..<MemoryLayout<Number>.size where offset + index < bytes.count {
                value |= Number(truncatingIfNeeded: bytes[offset + index]) << (8 * index)
            }
            return value
        }
    }

    /// A string table that is wrong, as the bytes of its section.
    struct BadTable: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]

        var testDescription: String { name }

        /// The bytes of a table declaring `count` strings, `offsets`, then `text`.
        static func table(_ count: UInt64, _ offsets: [UInt64], _ text: [UInt8]) -> [UInt8] {
            var bytes = [count].withUnsafeBytes { Array($0) }
            bytes += offsets.withUnsafeBytes { Array($0) }
            return bytes + text
        }

        static let text = Array("a\0b\0c\0".utf8)

        static let all: [BadTable] = [
            BadTable(name: "offsets that decrease", bytes: table(3, [0, 4, 2, 6], text)),
            BadTable(name: "two strings at one offset", bytes: table(3, [0, 2, 2, 6], text)),
            BadTable(name: "a middle offset past the last", bytes: table(2, [0, 6, 4], Array("a\0b\0".utf8))),
            BadTable(name: "an offset beyond the strings", bytes: table(2, [0, 100, 6], text)),
            BadTable(name: "a huge offset", bytes: table(2, [0, UInt64.max, 6], text)),
            BadTable(name: "a first offset not zero", bytes: table(2, [2, 4, 6], text)),
            BadTable(name: "a last offset short of the end", bytes: table(2, [0, 2, 4], text)),
            BadTable(name: "a last offset past the end", bytes: table(2, [0, 2, 7], text)),
            BadTable(name: "a string without its NUL", bytes: table(2, [0, 2, 5], Array("a\0bc\0".utf8).dropLast() + [UInt8(ascii: "d")])),
            BadTable(name: "a string not ended before the next", bytes: table(2, [0, 1, 4], Array("ab\0\0".utf8))),
            BadTable(name: "a huge count", bytes: table(UInt64.max, [0, 2, 4], Array("a\0b\0".utf8))),
            BadTable(name: "a count one beyond the section", bytes: table(5, [0, 2, 4], Array("a\0b\0".utf8))),
            BadTable(name: "a count beyond its offsets", bytes: table(3, [0, 2, 4], Array("a\0b\0".utf8))),
            BadTable(name: "too short for a count", bytes: [2, 0, 0, 0]),
            BadTable(name: "only a count", bytes: table(0, [], [])),
            BadTable(name: "nothing", bytes: []),
            BadTable(name: "a count but one offset", bytes: table(2, [0], [])),
            BadTable(name: "bytes after the last string", bytes: table(2, [0, 2, 4], Array("a\0b\0x".utf8))),
        ]
    }
}
