/// File paths whose bytes are not valid UTF-8, carried in a `String` without loss.
///
/// Linux file names are bytes. A name that is valid UTF-8 is its own text; in one that is not,
/// each byte of an invalid sequence becomes the private-use scalar U+10FF00 + the byte, which
/// `withCString` turns back into that byte when the path is handed to the system, and
/// `VisibleText` shows as `\xNN`. (A name that really holds one of U+10FF80-U+10FFFF cannot be
/// told apart; such names are vanishingly rare.)
public enum RawFilePath {
    /// The scalar standing for the raw byte 0x00; bytes 0x80-0xFF use U+10FF80-U+10FFFF.
    static let base: UInt32 = 0x10FF00

    /// A path's bytes as text, invalid bytes kept as private-use scalars.
    public static func string(from bytes: some Collection<UInt8>) -> String {
        // Nearly every name is UTF-8: it is its own text.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var scalars = String.UnicodeScalarView()
        var pending = Array(bytes)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                pending = pending.dropFirst(encoded.count)
            case .error(let length):
                for byte in pending.prefix(length) {
                    if let scalar = Unicode.Scalar(base + UInt32(byte)) { scalars.append(scalar) }
                }
                pending = pending.dropFirst(length)
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The raw byte a scalar stands for, when it is one of the private-use scalars for bytes.
    public static func rawByte(of scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard value >= base + 0x80, value <= base + 0xFF else { return nil }
        return UInt8(truncatingIfNeeded: value - base)
    }

    /// The path's bytes for the system: UTF-8, with each private-use scalar for a byte turned
    /// back into that byte.
    public static func bytes(of path: String) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if let raw = rawByte(of: scalar) {
                bytes.append(raw)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes
    }

    /// Calls `body` with the path as a NUL-terminated C string of its raw bytes.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        // A scalar for a raw byte is U+10FF80 or above, which UTF-8 writes starting with 0xF4.
        guard path.utf8.contains(0xF4), path.unicodeScalars.contains(where: { rawByte(of: $0) != nil }) else {
            return try path.withCString(body)
        }
        let raw = bytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return try raw.withUnsafeBufferPointer { buffer in
            // A buffer of one element or more always has an address.
            guard let start = buffer.baseAddress else { return try "".withCString(body) }
            return try body(start)
        }
    }
}
