/// Tells the text of a string from the terminal control in it, one scalar at a time, so that
/// a reader can keep data free of anything that would drive a terminal.
///
/// Control, and so never text:
/// - escape sequences: CSI (`ESC [` parameters and intermediates, then a final byte `@`-`~`),
///   control strings (OSC `ESC ]`, DCS `ESC P`, SOS `ESC X`, PM `ESC ^`, APC `ESC _`) up to
///   their terminator (BEL, `ESC \` or U+009C), and every other `ESC` pair (`ESC` with
///   intermediates `SP`-`/` and a final `0`-`~`); the C1 introducers U+009B (CSI) and
///   U+009D, U+0090, U+0098, U+009E, U+009F (control strings) start the same sequences;
/// - the C0 controls other than the layout controls below, DEL (U+007F) and the C1 controls.
///
/// Layout controls are text, left for the caller to lay out: tab, line feed, vertical tab,
/// form feed, carriage return (U+0009-U+000D) and next line (U+0085). A sequence that is cut
/// short ends where its scalars stop fitting (a CSI at its first scalar outside
/// `SP`-`~`, a control string at a line break) and that scalar is read as text again, so an
/// unterminated control string drops at most the rest of its line.
public struct ControlSequenceFilter: Sendable {
    private enum State: Sendable {
        case text
        case escape
        case escapeIntermediate
        case controlSequence
        case controlString
    }

    private var state = State.text

    /// A filter at the start of a text.
    public init() {}

    /// Whether `scalar`, the next scalar of the text, is text (true) or part of a control
    /// character or sequence (false).
    public mutating func keeps(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch state {
        case .text:
            break
        case .escape:
            switch value {
            case 0x5B: state = .controlSequence
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString
            case 0x20...0x2F: state = .escapeIntermediate
            case 0x30...0x7E: state = .text
            default:
                // A lone ESC: dropped, and the scalar after it read as text.
                state = .text
                return keepsAsText(value)
            }
            return false
        case .escapeIntermediate:
            switch value {
            case 0x20...0x2F: return false
            case 0x30...0x7E:
                state = .text
                return false
            default:
                state = .text
                return keepsAsText(value)
            }
        case .controlSequence:
            switch value {
            case 0x20...0x3F: return false
            case 0x40...0x7E:
                state = .text
                return false
            default:
                state = .text
                return keepsAsText(value)
            }
        case .controlString:
            switch value {
            case 0x07, 0x9C:
                state = .text
                return false
            case 0x1B:
                // `ESC \` ends the string; any other ESC starts a sequence of its own.
                state = .escape
                return false
            case 0x0A...0x0D, 0x85:
                state = .text
                return true
            default:
                return false
            }
        }
        return keepsAsText(value)
    }

    /// Whether a scalar read as text is kept, starting a sequence when it introduces one.
    private mutating func keepsAsText(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x85:
            return true
        case 0x1B:
            state = .escape
            return false
        case 0x9B:
            state = .controlSequence
            return false
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
            state = .controlString
            return false
        case 0x00...0x1F, 0x7F...0x9F:
            return false
        default:
            return true
        }
    }

    /// `text` without its control characters and sequences (layout controls kept).
    public static func removingControls(from text: some StringProtocol) -> String {
        guard VisibleText.needsEscaping(text, keepingLineBreaks: true) else { return String(text) }
        var filter = ControlSequenceFilter()
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where filter.keeps(scalar) {
            result.append(scalar)
        }
        return String(result)
    }
}
