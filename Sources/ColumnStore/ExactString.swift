/// A string compared and hashed byte for byte: Swift's `==` equates canonically equivalent
/// strings, but a store must give back each spelling exactly as it was written.
struct ExactString: Hashable {
    let text: String

    static func == (lhs: ExactString, rhs: ExactString) -> Bool {
        lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
