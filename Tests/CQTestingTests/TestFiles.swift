import Foundation

/// Test files written to a fresh temporary folder, beside a path to the sample statements.
enum TestFiles {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let samples = packageRoot + "/samples/statements"

    /// Writes `text` as `name` in a new folder and returns its path.
    static func write(_ text: String, name: String = "test.cq") throws -> String {
        let folder = NSTemporaryDirectory() + "cq-testing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A test file over the samples: `#@ load` and then `body`.
    static func overSamples(_ body: String, name: String = "test.cq") throws -> String {
        try write("#@ load \(samples)\n" + body, name: name)
    }
}
