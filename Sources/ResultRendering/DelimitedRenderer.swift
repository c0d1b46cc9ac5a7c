import QueryEngine
import QueryLanguage

/// CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted) and TSV
/// (tabs, with tabs and line breaks in values escaped as `\t` and `\n`). Lists are written as
/// JSON arrays, null as an empty field.
enum DelimitedRenderer {
    static func csv(_ table: ResultTable, headers: Bool) -> String {
        var lines = [String]()
        if headers { lines.append(table.columns.map { quote($0.name) }.joined(separator: ",")) }
        for row in table.rows {
            lines.append(row.map { quote(field($0)) }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    static func tsv(_ table: ResultTable, headers: Bool) -> String {
        var lines = [String]()
        if headers { lines.append(table.columns.map { escape($0.name) }.joined(separator: "\t")) }
        for row in table.rows {
            lines.append(row.map { escape(field($0)) }.joined(separator: "\t"))
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private static func field(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .list: JSONRenderer.json(value)
        default: value.description
        }
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
