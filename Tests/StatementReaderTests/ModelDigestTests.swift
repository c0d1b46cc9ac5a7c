import Foundation
import ModelEvaluation
import Testing

/// Every sample and corpus file reads to the model recorded before the byte-level reader (issue
/// 13): a change to what the reader gives any file fails here, naming the files. A change meant
/// as a fix is recorded again with `scripts/model-digests record` and listed in the issue note.
@Suite("Models as recorded")
struct ModelDigestTests {
    static let recorded = Fixtures.packageRoot + "/Tests/StatementReaderTests/ModelDigests"

    @Test(arguments: [("samples", Fixtures.samples), ("whitehouse", Fixtures.corpus)])
    func everyFileReadsToItsRecordedModel(set: String, folder: String) throws {
        guard FileManager.default.fileExists(atPath: folder) else { return }
        let expected = try String(contentsOfFile: Self.recorded + "/" + set + ".tsv", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let current = ModelDigests.lines(under: folder)
        #expect(current.count == expected.count)
        #expect(current.count >= (set == "samples" ? 4 : 659))
        let changed = Set(current).symmetricDifference(expected).map { $0.split(separator: "\t").first.map(String.init) ?? $0 }
        #expect(changed.isEmpty, "models changed (scripts/model-digests check \(set)): \(Set(changed).sorted().prefix(20))")
    }

    @Test func aDigestChangesWithTheModel() throws {
        let folder = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = "Joint Statement\n\nPakistan and China agreed to deepen cooperation.\n"
        try text.write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let first = ModelDigests.lines(under: folder)
        try (text + "China condemned terrorism.\n").write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        let second = ModelDigests.lines(under: folder)
        #expect(first.count == 1 && second.count == 1)
        #expect(first[0].hasPrefix("a.txt\t") && second[0].hasPrefix("a.txt\t"))
        #expect(first != second)
        try "".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        #expect(ModelDigests.lines(under: folder).first?.contains("\twarning: ") == true)
    }
}
