import Foundation
import StatementModel

/// The model's own JSON files: a corpus as written by `JSONEncoder`.
enum ModelFile {
    /// The statements of a JSON model, or a warning saying what is wrong with it.
    static func statements(from data: Data, path: String) throws(ReadWarning) -> [Statement] {
        do {
            return try JSONDecoder().decode(Corpus.self, from: data).statements
        } catch let DecodingError.dataCorrupted(context) {
            throw ReadWarning(path: path, message: "not a cq model: \(context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, _) {
            throw ReadWarning(path: path, message: "not a cq model: missing field '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context) {
            throw ReadWarning(path: path, message: "not a cq model: wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))")
        } catch {
            throw ReadWarning(path: path, message: "not a cq model: \(error)")
        }
    }
}
