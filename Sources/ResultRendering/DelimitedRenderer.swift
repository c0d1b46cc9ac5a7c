import QueryEngine
import QueryLanguage

/// CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted) and TSV
/// (tabs, with tabs and line breaks in values escaped as `\t` and `\n`). Lists are written as
/// JSON arrays, null as an empty field. With `spreadsheetSafe`, a text cell that a spreadsheet
/// would run as a formula gets a `'` in front (numbers, dates and lists are never formulas).
enum DelimitedRenderer {
    static func csv(_ table: ResultTable, headers: Bool, spreadsheetSafe: Bool = false) -> String {
        var lines = [String]()
        if headers { lines.append(table.columns.map { quote(cell($0.name, safe: spreadsheetSafe)) }.joined(separator: ",")) }
        for row in table.rows {
            lines.append(row.map { quote(field($0, safe: spreadsheetSafe)) }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    static func tsv(_ table: ResultTable, headers: Bool, spreadsheetSafe: Bool = false) -> String {
        var lines = [String]()
        if headers { lines.append(table.columns.map { escape(cell($0.name, safe: spreadsheetSafe)) }.joined(separator: "\t")) }
        for row in table.rows {
            lines.append(row.map { escape(field($0, safe: spreadsheetSafe)) }.joined(separator: "\t"))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func field(_ value: Value, safe: Bool) -> String {
        switch value {
        case .null: ""
        case .list: JSONRenderer.json(value)
        case .string(let text): cell(text, safe: safe)
        default: value.description
        }
    }

    /// A text cell, with a `'` in front when `safe` and a spreadsheet would take it for a formula.
    private static func cell(_ text: String, safe: Bool) -> String {
        guard safe, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    private static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result
    }
}
