import QueryLanguage

/// The pattern of `format_date(date, PATTERN)`: `yyyy` (2024), `yy` (24), `MMMM` (May), `MMM`
/// (May, Sep), `MM` (05), `M` (5), `dd` (07), `d` (7), `Q` (2, the quarter); any other
/// character stands for itself.
struct DatePattern {
    private enum Piece {
        case text(String)
        case year4, year2, monthName, monthAbbreviation, month2, month, day2, day, quarter
    }

    private let pieces: [Piece]

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// The pattern's pieces, read longest field first.
    init(_ pattern: String) {
        let fields: [(String, Piece)] = [
            ("yyyy", .year4), ("yy", .year2), ("MMMM", .monthName), ("MMM", .monthAbbreviation), ("MM", .month2), ("M", .month),
            ("dd", .day2), ("d", .day), ("Q", .quarter),
        ]
        var pieces = [Piece]()
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if let (field, piece) = fields.first(where: { rest.hasPrefix($0.0) }) {
                pieces.append(piece)
                rest = rest.dropFirst(field.count)
            } else if let character = rest.first {
                pieces.append(.text(String(character)))
                rest = rest.dropFirst()
            }
        }
        self.pieces = pieces
    }

    /// `day` written with the pattern.
    func format(_ day: Day) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let name = Self.monthNames[max(0, min(11, day.month - 1))]
        return pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .year4: padded(day.year, 4)
            case .year2: padded(day.year % 100, 2)
            case .monthName: name
            case .monthAbbreviation: String(name.prefix(3))
            case .month2: padded(day.month, 2)
            case .month: String(day.month)
            case .day2: padded(day.day, 2)
            case .day: String(day.day)
            case .quarter: String((day.month - 1) / 3 + 1)
            }
        }.joined()
    }
}
