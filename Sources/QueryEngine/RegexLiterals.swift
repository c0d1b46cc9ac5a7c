/// The literals every match of an ICU regex must contain, found by a small, conservative reading
/// of the pattern (as ripgrep finds them): a list of alternatives, every match holding at least
/// one of them. `terror(ism|ist)s?` needs "terror"; `(sanction|embargo)s` needs "sanction" or
/// "embargo".
///
/// It reads runs of plain ASCII characters and escaped punctuation, groups `( )`, `(?: )` and
/// `(?<name> )`, alternation, quantifiers (an atom under `?`, `*`, `{0,` is not required; under
/// `+` or `{1,` it is), zero-width assertions (`^ $ \b \B \A \z \Z \G`, which do not split a
/// run) and atoms with no literal (a class `[...]`, `.`, `\d \w \s` and kin). Anything else —
/// non-ASCII, backreferences, lookarounds, `\Q`, inline flags `(?i)`, an escape it does not
/// know — gives nil: no literal is required that it is not sure of.
enum RegexLiterals {
    /// At most this many alternatives are worth a search each.
    static let maximumAlternatives = 16

    /// The literals of `pattern` (one of which every match contains), or nil when it cannot
    /// tell or finds none.
    static func required(in pattern: String) -> [String]? {
        var reader = Reader(Array(pattern.utf8))
        guard case .some(let found) = reader.alternation(), reader.isAtEnd, let literals = found else { return nil }
        return literals
    }

    /// One step of the reading: `nil` outside means give up, `nil` inside means "no literal
    /// required" (of a group or an alternative).
    private typealias Requirement = [String]?

    /// A reader of the pattern's bytes.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { index >= bytes.count }

        private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        /// Alternatives up to a `)` or the end: the union of theirs, or no requirement when one
        /// of them has none. Nil (outer) to give up.
        mutating func alternation() -> Requirement? {
            var union = [String]()
            var everyBranchRequires = true
            while true {
                guard case .some(let branch) = sequence() else { return nil }
                if let branch { union += branch } else { everyBranchRequires = false }
                guard current == UInt8(ascii: "|") else { break }
                index += 1
            }
            guard everyBranchRequires else { return .some(nil) }
            let distinct = Array(Set(union)).sorted()
            return .some(distinct.count <= RegexLiterals.maximumAlternatives ? distinct : nil)
        }

        /// A concatenation up to `|`, `)` or the end: its best requirement. Nil to give up.
        private mutating func sequence() -> Requirement? {
            var best: [String]?
            var run = [UInt8]()
            func keep(_ candidate: [String]?) {
                guard let candidate, !candidate.isEmpty, !candidate.contains(where: \.isEmpty) else { return }
                if let current = best, RegexLiterals.score(current) >= RegexLiterals.score(candidate) { return }
                best = candidate
            }
            func endRun() {
                if !run.isEmpty { keep([String(decoding: run, as: UTF8.self)]) }
                run.removeAll()
            }
            while let byte = current, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                guard let atom = atom() else { return nil }
                guard let quantifier = quantifier() else { return nil }
                switch atom {
                case .assertion:
                    // Zero-width: the text on both sides is still one run. A quantified one is odd.
                    guard quantifier == .once else { return nil }
                case .literal(let character):
                    switch quantifier {
                    case .once:
                        run.append(character)
                    case .atLeastOnce:
                        run.append(character)
                        endRun()
                    case .optional:
                        endRun()
                    }
                case .other(let requirement):
                    endRun()
                    if quantifier != .optional { keep(requirement) }
                }
            }
            endRun()
            return .some(best)
        }

        /// What one atom is.
        private enum Atom {
            case literal(UInt8)
            case assertion
            /// Consumes text; what it requires (nil: nothing known).
            case other([String]?)
        }

        /// How often an atom must occur.
        private enum Quantifier {
            case once, atLeastOnce, optional
        }

        /// The atom at the reader, or nil to give up.
        private mutating func atom() -> Atom? {
            guard let byte = current, byte < 0x80 else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "^"), UInt8(ascii: "$"):
                return .assertion
            case UInt8(ascii: "."):
                return .other(nil)
            case UInt8(ascii: "["):
                return skipClass() ? .other(nil) : nil
            case UInt8(ascii: "("):
                return group()
            case UInt8(ascii: "\\"):
                return escape()
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "]"):
                return nil
            default:
                return byte == 0 ? nil : .literal(byte)
            }
        }

        /// A group after its `(`: plain, `(?:` or `(?<name>`; nil for any other `(?`.
        private mutating func group() -> Atom? {
            if current == UInt8(ascii: "?") {
                index += 1
                if current == UInt8(ascii: ":") {
                    index += 1
                } else if current == UInt8(ascii: "<"), index + 1 < bytes.count, Self.isASCIILetter(bytes[index + 1]) {
                    index += 1
                    while let byte = current, Self.isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                        index += 1
                    }
                    guard current == UInt8(ascii: ">") else { return nil }
                    index += 1
                } else {
                    return nil
                }
            }
            guard case .some(let inside) = alternation(), current == UInt8(ascii: ")") else { return nil }
            index += 1
            return .other(inside)
        }

        /// An escape after its `\`.
        private mutating func escape() -> Atom? {
            guard let byte = current, byte < 0x80 else { return nil }
            index += 1
            switch byte {
            case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "A"), UInt8(ascii: "z"), UInt8(ascii: "Z"), UInt8(ascii: "G"):
                return .assertion
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "w"), UInt8(ascii: "W"), UInt8(ascii: "s"), UInt8(ascii: "S"),
                UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "v"), UInt8(ascii: "V"), UInt8(ascii: "R"), UInt8(ascii: "X"),
                UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "f"), UInt8(ascii: "e"), UInt8(ascii: "a"):
                return .other(nil)
            default:
                // Escaped punctuation is itself; letters and digits mean more than that.
                let isPunctuation = byte > 0x20 && byte < 0x7F && !Self.isASCIILetter(byte)
                    && !(byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                return isPunctuation ? .literal(byte) : nil
            }
        }

        /// The quantifier after an atom, reading a lazy `?` or possessive `+` after it; nil to
        /// give up (a malformed `{`).
        private mutating func quantifier() -> Quantifier? {
            let found: Quantifier
            switch current {
            case UInt8(ascii: "?"), UInt8(ascii: "*"):
                index += 1
                found = .optional
            case UInt8(ascii: "+"):
                index += 1
                found = .atLeastOnce
            case UInt8(ascii: "{"):
                index += 1
                var digits = [UInt8]()
                while let byte = current, byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                    digits.append(byte)
                    index += 1
                }
                while let byte = current, byte == UInt8(ascii: ",") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    index += 1
                }
                guard !digits.isEmpty, current == UInt8(ascii: "}") else { return nil }
                index += 1
                found = digits.allSatisfy { $0 == UInt8(ascii: "0") } ? .optional : .atLeastOnce
            default:
                return .once
            }
            if current == UInt8(ascii: "?") || current == UInt8(ascii: "+") { index += 1 }
            return found
        }

        /// Skips a class after its `[`, nested classes and escapes included; false when it is
        /// not sure where the class ends (a `]` first, a `\Q`, non-ASCII, no end).
        private mutating func skipClass() -> Bool {
            if current == UInt8(ascii: "^") { index += 1 }
            if current == UInt8(ascii: "]") { return false }
            var depth = 1
            while let byte = current {
                guard byte < 0x80 else { return false }
                index += 1
                switch byte {
                case UInt8(ascii: "\\"):
                    guard let escaped = current, escaped < 0x80, escaped != UInt8(ascii: "Q"), escaped != UInt8(ascii: "E") else { return false }
                    index += 1
                case UInt8(ascii: "["):
                    depth += 1
                    if current == UInt8(ascii: "^") { index += 1 }
                    if current == UInt8(ascii: "]") { return false }
                case UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return true }
                default:
                    break
                }
            }
            return false
        }

        private static func isASCIILetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
    }

    /// How good a requirement is to search for: its shortest literal's length, then fewer
    /// alternatives.
    private static func score(_ literals: [String]) -> (Int, Int) {
        (literals.map(\.utf8.count).min() ?? 0, -literals.count)
    }
}
