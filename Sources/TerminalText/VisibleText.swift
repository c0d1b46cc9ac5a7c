import FilePaths

/// Text made safe to show on a terminal: data read from statement files, file names and
/// front matter must never drive the analyst's terminal, so every control character is shown
/// as a visible escape instead of being sent as is.
///
/// The rule: C0 controls (U+0000-U+001F), DEL (U+007F) and C1 controls (U+0080-U+009F)
/// become `\xHH` (`\x1b` for ESC, so an escape sequence is shown whole and inert), except the
/// line feed when a caller that lays out lines itself keeps it; a byte of a file name that is
/// not valid UTF-8 (carried as a private-use scalar, see `RawFilePath`) becomes `\xHH` of that
/// byte; every other character passes unchanged. The output holds no control character (but those kept), so escaping it again
/// changes nothing.
public enum VisibleText {
    /// `text` with its control characters shown as `\xHH`; line feeds are escaped too unless
    /// `keepingLineBreaks` (a renderer that lays out lines itself keeps them).
    public static func escaped(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
        guard needsEscaping(text, keepingLineBreaks: keepingLineBreaks) else { return String(text) }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar, keepingLineBreaks: keepingLineBreaks) {
                result += "\\x" + hexByte(scalar.value)
            } else if let raw = RawFilePath.rawByte(of: scalar) {
                result += "\\x" + hexByte(UInt32(raw))
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds a character that `escaped` would change.
    public static func needsEscaping(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> Bool {
        text.utf8.contains { byte in
            // Every control scalar starts with a byte below 0x20, 0x7F, or 0xC2 (C1 controls);
            // every raw-byte scalar with 0xF4.
            byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xF4
        } && text.unicodeScalars.contains { isControl($0, keepingLineBreaks: keepingLineBreaks) || RawFilePath.rawByte(of: $0) != nil }
    }

    /// Whether `scalar` is a control character that must not reach a terminal.
    public static func isControl(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Bool {
        let value = scalar.value
        if keepingLineBreaks, value == 0x0A { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Two lower-case hexadecimal digits for a value below 0x100.
    private static func hexByte(_ value: UInt32) -> String {
        let digits = String(value & 0xFF, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }
}
