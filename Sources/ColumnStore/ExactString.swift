import Glibc

/// A string compared and hashed byte for byte: Swift's `==` equates canonically equivalent
/// strings, but a store must give back each spelling exactly as it was written.
struct ExactString: Hashable {
    let text: String

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { leftBytes in right.withUTF8 { sameBytes(leftBytes, $0) } }
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Whether two runs of bytes are the same, byte for byte.
    static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
        return memcmp(leftStart, rightStart, left.count) == 0
    }
}
