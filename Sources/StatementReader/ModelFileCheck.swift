/// What `JSONDecoder` lets through in a JSON model and the reader refuses: a key that appears
/// twice in one object (the decoder would silently keep the first value; jq keeps the last, so
/// the file means different things to different tools) and a control character in a string
/// (the model's text never holds one but tab and line feed; see docs/coding.md).
///
/// It walks the bytes of JSON the decoder has already accepted, with an explicit stack of the
/// objects it is in, so any nesting depth costs no recursion.
enum ModelFileCheck {
    /// The first problem in `bytes` (valid JSON), as a warning about `path`, or nil.
    static func problem(in bytes: [UInt8], path: String) -> ReadWarning? {
        // One entry per open object or array: the keys seen so far, nil for an array.
        var stack = [Set<String>?]()
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                stack.append([])
                expectingKey = true
            case UInt8(ascii: "["):
                stack.append(nil)
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectingKey = false
            case UInt8(ascii: ","):
                expectingKey = stack.last.map { $0 != nil } ?? false
            case UInt8(ascii: "\""):
                let string: JSONString
                switch JSONString.read(bytes, from: index, decoding: expectingKey) {
                case .success(let read): string = read
                case .failure(let control):
                    return ReadWarning(path: path, offset: control.offset,
                        message: "a control character (U+\(control.code)) in a string: not a cq model")
                }
                if expectingKey, let last = stack.indices.last, stack[last] != nil {
                    if stack[last]?.insert(string.value).inserted == false {
                        return ReadWarning(path: path, offset: index,
                            message: "the key \"\(string.value.prefix(80))\" appears twice in one object: not a cq model")
                    }
                    expectingKey = false
                }
                index = string.end
                continue
            default:
                break
            }
            index += 1
        }
        return nil
    }
}

/// One JSON string literal read from bytes: its value and the offset just past its closing quote.
private struct JSONString {
    var value: String
    var end: Int

    /// A control character found in a string: its byte offset and its code as four hex digits.
    struct Control: Error {
        var offset: Int
        var code: String
    }

    /// Reads the string whose opening quote is at `start`, or finds the first control
    /// character it holds (tab and line feed excepted). Its value, escapes decoded, is kept
    /// only when `decoding` (for keys); other strings give an empty value.
    static func read(_ bytes: [UInt8], from start: Int, decoding: Bool) -> Result<JSONString, Control> {
        var scalars = String.UnicodeScalarView()
        var pendingHighSurrogate: UInt32?
        var index = start + 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            let byte = bytes[index]
            var value: UInt32
            var length = 1
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                length = 2
                switch bytes[index + 1] {
                case UInt8(ascii: "b"): value = 0x08
                case UInt8(ascii: "f"): value = 0x0C
                case UInt8(ascii: "n"): value = 0x0A
                case UInt8(ascii: "r"): value = 0x0D
                case UInt8(ascii: "t"): value = 0x09
                case UInt8(ascii: "u"):
                    length = 6
                    value = hexValue(bytes, from: index + 2)
                default: value = UInt32(bytes[index + 1])
                }
            } else if byte == 0xC2, index + 1 < bytes.count {
                // The two-byte UTF-8 sequences that hold the C1 controls (U+0080-U+009F) start with C2.
                length = 2
                value = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            } else {
                value = UInt32(byte)
            }
            if isControl(value) {
                return .failure(Control(offset: index, code: hex(value)))
            }
            if length == 1 && byte >= 0x80 {
                // Other UTF-8 multi-byte sequences: the decoder checked them; copy them whole.
                let sequenceLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(bytes.count, index + sequenceLength)
                if decoding { scalars.append(contentsOf: String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars) }
                index = end
                continue
            }
            if !decoding {
                index += length
                continue
            }
            if (0xD800...0xDBFF).contains(value) {
                pendingHighSurrogate = value
            } else if let high = pendingHighSurrogate, (0xDC00...0xDFFF).contains(value) {
                value = 0x10000 + (high - 0xD800) << 10 + (value - 0xDC00)
                pendingHighSurrogate = nil
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                pendingHighSurrogate = nil
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            index += length
        }
        return .success(JSONString(value: String(scalars), end: min(bytes.count, index + 1)))
    }

    /// A control character other than tab and line feed: C0, DEL or C1.
    private static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }

    /// The value of the four hexadecimal digits at `start` (0 for any that is missing).
    private static func hexValue(_ bytes: [UInt8], from start: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in start..<min(bytes.count, start + 4) {
            let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue ?? 0
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Four upper-case hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
