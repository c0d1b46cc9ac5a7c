/// The character classes the reader asks of every scalar, answered for ASCII without the
/// Unicode property tables (whose lookups were a sixth of the reading time) and from them for
/// everything else. Each gives what `properties` gives.
extension Unicode.Scalar {
    /// `properties.isWhitespace`.
    var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// `properties.isAlphabetic`.
    var isAlphabetic: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }

    /// `properties.isUppercase`.
    var isUppercaseLetter: Bool {
        value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
    }

    /// `properties.isLowercase`.
    var isLowercaseLetter: Bool {
        value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.isLowercase
    }

    /// `properties.changesWhenUppercased`.
    var changesWhenUppercased: Bool {
        value < 0x80 ? value >= 0x61 && value <= 0x7A : properties.changesWhenUppercased
    }

    /// Whether the scalar can stand inside a word: a letter, a number or a non-spacing mark.
    /// (The ASCII answer is inlined where it is asked, once a byte by the tokenizer.)
    @inline(__always) var isWordScalar: Bool {
        value < 0x80 ? (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A) || (value >= 0x30 && value <= 0x39) : isWordScalarOutsideASCII
    }

    /// `isWordScalar` of a scalar outside ASCII, from the Unicode property tables.
    @inline(never) private var isWordScalarOutsideASCII: Bool {
        let properties = properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Whether the scalar is an invisible formatting character that the text keeps but that
    /// never decides a token: the zero-width space, non-joiner and joiner (U+200B-U+200D), the
    /// word joiner (U+2060), the zero-width no-break space (U+FEFF), and the bidirectional
    /// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A-U+202E,
    /// U+2066-U+2069).
    var isInvisibleFormat: Bool {
        switch value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
