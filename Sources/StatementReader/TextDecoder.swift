import Foundation

/// Turns the bytes of a statement file into text, or says precisely why it cannot.
enum TextDecoder {
    /// Decodes UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark.
    /// Throws a warning for an empty file, a binary file (NUL bytes) or invalid UTF-8.
    static func decode(_ data: [UInt8], path: String) throws(ReadWarning) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: Data(data), encoding: .utf16) else {
                throw ReadWarning(path: path, message: "invalid UTF-16 text")
            }
            return try nonEmpty(text, path: path)
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadWarning(path: path, offset: nul, message: "binary file (NUL byte), not a statement")
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            throw ReadWarning(path: path, offset: bad, message: "invalid UTF-8")
        }
        return try nonEmpty(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// The byte offset of the first byte that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    private static func nonEmpty(_ text: String, path: String) throws(ReadWarning) -> String {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ReadWarning(path: path, message: "empty file")
        }
        return text
    }
}
