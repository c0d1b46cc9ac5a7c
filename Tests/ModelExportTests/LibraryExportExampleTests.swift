import Foundation
import ModelCache
import ModelExport
import QueryEngine
import Testing

/// The cache-and-export example of docs/library.md, run as written but for its directories
/// (a temporary cache and output instead of the user's).
@Suite("The cache and export example of docs/library.md")
struct LibraryExportExampleTests {
    @Test func runs() throws {
        let directory = try ExportFixtures.temporaryDirectory()
        let loaded = ModelCache(directory: directory + "/cache").read(paths: [ExportFixtures.samples])
        let session = QuerySession(store: loaded.store)
        let summary = try ModelExporter.export(session, as: .sqlite, to: directory + "/model.sqlite")
        #expect(summary.description.hasPrefix("4 statements, 48 clauses, "))
        #expect(FileManager.default.fileExists(atPath: directory + "/model.sqlite"))
        #expect(ModelCache(directory: directory + "/cache").read(paths: [ExportFixtures.samples]).reusedFiles == 4)
    }
}
