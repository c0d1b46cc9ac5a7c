/// The replacement of a regex `replace`: literal text and `$N` group references (`\` takes
/// the next character as it is: `\$` is a dollar).
struct ReplacementTemplate {
    enum Piece {
        case text(String)
        case group(Int)
    }

    let pieces: [Piece]

    init(_ template: String) {
        var pieces = [Piece]()
        var literal = ""
        var characters = template.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if character == "\\", let next = pending {
                literal.append(next)
                pending = characters.next()
            } else if character == "$", let next = pending, let digit = next.wholeNumberValue, next.isASCII {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.group(digit))
                pending = characters.next()
            } else {
                literal.append(character)
            }
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }
}
