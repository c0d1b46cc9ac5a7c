import Glibc

/// Strings taken byte for byte: Swift's `==` equates canonically equivalent strings, but a store
/// must give back each spelling exactly as it was written.
enum ExactString {
    /// Calls `body` with the UTF-8 bytes of `text`, in place when the string holds them
    /// contiguously (every native string does), else from a contiguous copy.
    static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Whether two runs of bytes are the same, byte for byte.
    static func sameBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
        return memcmp(leftStart, rightStart, left.count) == 0
    }
}
