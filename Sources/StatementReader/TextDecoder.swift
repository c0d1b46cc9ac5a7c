/// Turns the bytes of a statement file into text, or says precisely why it cannot.
enum TextDecoder {
    /// Decodes UTF-8 (with or without a byte order mark), and UTF-16 and UTF-32 with a byte
    /// order mark. Throws a warning for an empty file, a binary file (NUL bytes), text that is
    /// not valid in its encoding and, for UTF-16 and UTF-32 statement text, a line longer than
    /// `StatementReader.maximumLineLength` bytes (UTF-8 text is measured by the reader before
    /// decoding; `.json` models have no line limit). Offsets in warnings are file byte offsets.
    static func decode(_ data: [UInt8], path: String) throws(ReadWarning) -> String {
        let wide: WideEncoding? =
            if data.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { .utf32(bigEndian: false) }
            else if data.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { .utf32(bigEndian: true) }
            else if data.starts(with: [0xFF, 0xFE]) { .utf16(bigEndian: false) }
            else if data.starts(with: [0xFE, 0xFF]) { .utf16(bigEndian: true) }
            else { nil }
        if let wide {
            let lineLimit = path.lowercased().hasSuffix(".json") ? nil : StatementReader.maximumLineLength
            return try nonEmpty(wide.decode(data, lineLimit: lineLimit, path: path), path: path)
        }
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(data.dropFirst(3)) : data
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadWarning(path: path, offset: nul, message: binaryFileMessage)
        }
        if let bad = firstInvalidUTF8Offset(bytes) {
            throw ReadWarning(path: path, offset: bad, message: "invalid UTF-8")
        }
        return try nonEmpty(String(decoding: bytes, as: UTF8.self), path: path)
    }

    /// The warning for a file with a NUL byte (or a NUL character in UTF-16 or UTF-32).
    static let binaryFileMessage = "binary file (NUL byte), not a statement"

    /// The byte offset of the first byte that is not valid UTF-8, or nil when all are.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        // ASCII is valid UTF-8: one pass over the bytes says so without decoding.
        if !bytes.contains(where: { $0 >= 0x80 }) { return nil }
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

/// UTF-16 or UTF-32 after its byte order mark, read unit by unit so that a warning can name
/// the byte where the problem is.
private enum WideEncoding {
    case utf16(bigEndian: Bool)
    case utf32(bigEndian: Bool)

    /// The text of `data` (byte order mark included), or a warning for invalid text, a NUL
    /// character, or a line longer than `lineLimit` bytes of the file.
    func decode(_ data: [UInt8], lineLimit: Int?, path: String) throws(ReadWarning) -> String {
        var text = String.UnicodeScalarView()
        var lineStart = 0
        /// Takes the scalar found at `offset`, ending before `next`.
        func take(_ scalar: Unicode.Scalar, at offset: Int, next: Int) throws(ReadWarning) {
            if scalar == "\0" {
                throw ReadWarning(path: path, offset: offset, message: TextDecoder.binaryFileMessage)
            }
            if scalar == "\n" {
                lineStart = next
            } else if let lineLimit, next - lineStart > lineLimit {
                throw ReadWarning(path: path, offset: lineStart,
                    message: "a line longer than \(lineLimit) bytes: not a statement, skipped")
            }
            text.append(scalar)
        }
        switch self {
        case .utf16(let bigEndian):
            var units = CodeUnits(bytes: data, offset: 2, bigEndian: bigEndian)
            var parser = Unicode.UTF16.ForwardParser()
            var offset = 2
            lineStart = offset
            while true {
                switch parser.parseScalar(from: &units) {
                case .valid(let encoded):
                    let next = offset + 2 * encoded.count
                    try take(Unicode.UTF16.decode(encoded), at: offset, next: next)
                    offset = next
                case .emptyInput:
                    guard data.count % 2 == 0 else {
                        throw ReadWarning(path: path, offset: data.count - 1, message: "invalid UTF-16 (an odd number of bytes)")
                    }
                    return String(text)
                case .error:
                    throw ReadWarning(path: path, offset: offset, message: "invalid UTF-16 (a lone surrogate)")
                }
            }
        case .utf32(let bigEndian):
            var offset = 4
            lineStart = 4
            while offset < data.count {
                guard data.count - offset >= 4 else {
                    throw ReadWarning(path: path, offset: offset, message: "invalid UTF-32 (the file ends inside a character)")
                }
                let bytes = data[offset..<(offset + 4)].map(UInt32.init)
                let value = bigEndian
                    ? bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]
                    : bytes[3] << 24 | bytes[2] << 16 | bytes[1] << 8 | bytes[0]
                guard let scalar = Unicode.Scalar(value) else {
                    throw ReadWarning(path: path, offset: offset, message: "invalid UTF-32 (no character has the code \(value))")
                }
                try take(scalar, at: offset, next: offset + 4)
                offset += 4
            }
            return String(text)
        }
    }
}

/// The 16-bit code units of UTF-16 bytes in either byte order.
private struct CodeUnits: IteratorProtocol {
    let bytes: [UInt8]
    /// The byte offset of the next unit.
    private var offset: Int
    let bigEndian: Bool

    init(bytes: [UInt8], offset: Int, bigEndian: Bool) {
        self.bytes = bytes
        self.offset = offset
        self.bigEndian = bigEndian
    }

    /// The next unit, or nil when fewer than two bytes are left.
    mutating func next() -> UInt16? {
        guard bytes.count - offset >= 2 else { return nil }
        let first = UInt16(bytes[offset])
        let second = UInt16(bytes[offset + 1])
        offset += 2
        return bigEndian ? first << 8 | second : second << 8 | first
    }
}
