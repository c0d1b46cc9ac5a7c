import Foundation
import GRDB
import ModelExport
import QueryEngine
import StatementReader

/// The bundled samples loaded into a session, and scratch directories, for the export tests.
enum ExportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let samples = packageRoot + "/samples/statements"

    /// A new session over the samples.
    static func session() -> QuerySession {
        QuerySession(corpus: StatementReader().read(paths: [samples]).corpus)
    }

    /// The statements of `session` exported to SQLite in a fresh temporary directory, opened.
    static func sqliteExport(of session: QuerySession) throws -> DatabaseQueue {
        let path = try temporaryDirectory() + "/model.sqlite"
        _ = try ModelExporter.export(session, as: .sqlite, to: path)
        return try DatabaseQueue(path: path)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "cq-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The rows of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
    static func csvRows(_ text: String) -> [[String]] {
        var rows = [[String]]()
        var row = [String]()
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { field.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
