import Foundation
import QueryEngine
import StatementReader

/// A session over the bundled sample statements.
enum SampleSession {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let corpus = StatementReader().read(paths: [packageRoot + "/samples/statements"]).corpus

    /// A fresh session over the samples.
    static func make() -> QuerySession {
        QuerySession(corpus: corpus)
    }
}
