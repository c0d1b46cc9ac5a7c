import Foundation
import StatementModel
import StatementReader

/// Paths of the package's samples and of the shared corpus beside the repository.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static let samples = packageRoot + "/samples/statements"
    static let seed = samples + "/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt"
    static let shared = packageRoot + "/../shared"
    static let corpus = shared + "/corpus/whitehouse"
    static let gold = shared + "/gold-dev"

    /// Whether the shared corpus is beside the repository.
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus) }
    static var hasGold: Bool { FileManager.default.fileExists(atPath: gold) }

    /// The seed statement, read once.
    static let seedStatement: Statement? = try? StatementReader().readFile(seed).first

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "cq-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Reads a Markdown statement from text with the given title.
    static func markdown(title: String, date: String = "2023-03-01", body: String) throws -> Statement {
        let text = "---\ntitle: \"\(title)\"\ndate: '\(date)'\nsource_url: https://www.whitehouse.gov/x\n---\n\n\(body)\n"
        return try StatementReader().statement(markdown: text, id: "test", path: "test.md")
    }
}
