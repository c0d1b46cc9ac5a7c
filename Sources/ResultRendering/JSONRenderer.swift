import QueryEngine
import QueryLanguage

/// JSON output: rows as objects keyed by column name, values with their JSON types.
enum JSONRenderer {
    /// All rows as one array, one object per line.
    static func array(_ table: ResultTable) -> String {
        guard !table.rows.isEmpty else { return "[]" }
        return "[\n" + table.rows.map { "  " + object($0, columns: table.columns) }.joined(separator: ",\n") + "\n]"
    }

    /// One row as a JSON object.
    static func object(_ row: [Value], columns: [Column]) -> String {
        "{" + zip(columns, row).map { column, value in string(column.name) + ":" + json(value) }.joined(separator: ",") + "}"
    }

    /// A value as JSON: dates as strings, lists as arrays.
    static func json(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .float(let number): number.isFinite ? Value.float(number).description : "null"
        case .string(let text): string(text)
        case .date(let day): string(day.description)
        case .list(let items): "[" + items.map(json).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal: every C0 control escaped as JSON requires, and DEL and the C1
    /// controls (valid raw) escaped too, so that JSON read at a terminal cannot drive it.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
