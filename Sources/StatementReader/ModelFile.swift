import Foundation
import StatementModel

/// The model's own JSON files: a corpus as written by `JSONEncoder`.
enum ModelFile {
    /// The statements of a JSON model, or a warning saying what is wrong with it: JSON that is
    /// not a model of this format version, or a model with a key twice in one object or a
    /// control character in a string (`ModelFileCheck`).
    static func statements(from data: Data, path: String) throws(ReadWarning) -> [Statement] {
        do {
            let statements = try JSONDecoder().decode(Corpus.self, from: data).statements
            if let problem = ModelFileCheck.problem(in: try utf8(data, path: path), path: path) { throw problem }
            return statements
        } catch let warning as ReadWarning {
            throw warning
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

    /// The model's bytes in UTF-8, which the check reads: a UTF-16 or UTF-32 model (with its
    /// byte order mark) is decoded.
    private static func utf8(_ data: Data, path: String) throws(ReadWarning) -> [UInt8] {
        let bytes = Array(data)
        guard let first = bytes.first, first == 0xFF || first == 0xFE || first == 0x00 else { return bytes }
        return Array(try TextDecoder.decode(bytes, path: path).utf8)
    }
}
