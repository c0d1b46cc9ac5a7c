import Foundation

/// Finds the days a sentence names and writes them as ISO 8601 days (`2024-05-16`).
///
/// Understands "May 15, 2024", "16 May 2024", "Sept. 3 2023", "2024-05-16", ranges
/// ("from May 13 to May 16, 2024", "May 13-16, 2024"), a month and day or a day and month
/// without a year ("June 24", "24 June": the year of the next full date in the sentence, else
/// the statement's), and "today" and "yesterday" against the statement's own date.
enum DateNormalizer {
    /// A day found in a sentence and the tokens that name it.
    struct Match: Equatable {
        var day: String
        var tokens: Range<Int>
        /// How the day was read from the tokens.
        var rule: String
    }

    private static let months = WordTable<Int>([
        "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
        "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
        "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
        "Oct": 10, "Nov": 11, "Dec": 12,
    ])

    /// The ISO day at the start of an ISO date or timestamp ("2021-08-20 19:20:04-04:00").
    static func isoDay(fromISO text: String) -> String? {
        let digits = Array(text.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")).utf8.prefix(10))
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
            let year = number(digits[0..<4]), let month = number(digits[5..<7]), let day = number(digits[8..<10])
        else { return nil }
        return iso(year: year, month: month, day: day)
    }

    /// The first day named in `text`, if any.
    static func firstDay(in text: String) -> String? {
        days(in: Tokenizer.tokens(of: text), reference: nil).first?.day
    }

    /// Every day named in the tokens of one sentence, in order. `reference` is the
    /// statement's own ISO day, used for "today", "yesterday" and dates without a year.
    static func days(in tokens: [Token], reference: String?) -> [Match] {
        var matches = [Match]()
        var pending = [(month: Int, day: Int, tokens: Range<Int>)]()
        let referenceYear = reference.flatMap { number(Array($0.utf8.prefix(4))[...]) }

        func resolvePending(year: Int?) {
            let rule = year == nil ? "month and day, in the year of the statement's date" : "month and day, with the year after them"
            for partial in pending {
                if let year = year ?? referenceYear, let day = iso(year: year, month: partial.month, day: partial.day) {
                    matches.append(Match(day: day, tokens: partial.tokens, rule: rule))
                }
            }
            pending.removeAll()
        }

        var index = 0
        while index < tokens.count {
            // A date opens with a digit, a month or a relative day: most tokens are passed at once.
            guard startsWithDigit(tokens[index]) || month(tokens, at: index) != nil
                || (reference != nil && relativeDays.contains(lowerOf: tokens[index]))
            else {
                index += 1
                continue
            }
            let token = tokens[index]
            if let (found, next) = isoDate(tokens, at: index) {
                matches.append(found)
                index = next
                continue
            }
            if let month = month(tokens, at: index) {
                var cursor = index + 1
                if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                if let day = dayNumber(tokens, at: cursor) {
                    var days = [(day, cursor)]
                    cursor += 1
                    if cursor + 1 < tokens.count, ["-", "–"].contains(tokens[cursor].text),
                        let second = dayNumber(tokens, at: cursor + 1)
                    {
                        days.append((second, cursor + 1))
                        cursor += 2
                    }
                    if let (year, next) = year(tokens, at: cursor) {
                        resolvePending(year: year)
                        for (day, at) in days {
                            if let value = iso(year: year, month: month, day: day) {
                                matches.append(Match(day: value, tokens: index..<max(at + 1, next), rule: "month, day and year"))
                            }
                        }
                        index = next
                        continue
                    }
                    for (day, at) in days { pending.append((month, day, index..<(at + 1))) }
                    index = cursor
                    continue
                }
            }
            if let day = dayNumber(tokens, at: index), let month = month(tokens, at: index + 1) {
                var cursor = index + 2
                if cursor < tokens.count, tokens[cursor].text == "." { cursor += 1 }
                if let (year, next) = year(tokens, at: cursor) {
                    resolvePending(year: year)
                    if let value = iso(year: year, month: month, day: day) {
                        matches.append(Match(day: value, tokens: index..<next, rule: "day, month and year"))
                    }
                    index = next
                    continue
                }
                // "Lima, 24 June (EFE).-": a day and month without a year, like "June 24".
                pending.append((month, day, index..<(index + 2)))
                index += 2
                continue
            }
            if let reference, token.lower == "today" || token.lower == "yesterday" {
                let day = token.lower == "today" ? reference : previousDay(reference)
                if let day {
                    let rule = token.lower == "today" ? "\"today\": the statement's date" : "\"yesterday\": the day before the statement's date"
                    matches.append(Match(day: day, tokens: index..<(index + 1), rule: rule))
                }
            }
            index += 1
        }
        resolvePending(year: nil)
        return matches.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The words that name a period before `reference` (the statement's ISO day) as the time of
    /// an act: "on" a day a week or more before it (`days` are the sentence's), "in January" of
    /// its year (or "in January 2023") before its month, "in 2023" before its year, "last year" or
    /// "last month"; nil when the sentence names none.
    static func earlierPeriod(in tokens: [Token], days: [Match], reference: String?) -> Range<Int>? {
        guard let reference, let today = dayNumber(iso: reference) else { return nil }
        let bytes = Array(reference.utf8)
        guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]) else { return nil }
        // "the March 26 suicide bombing" names a day, not the act's time.
        if let earlier = days.first(where: { day in
            day.tokens.lowerBound > 0 && tokens[day.tokens.lowerBound - 1].lower == "on"
                && dayNumber(iso: day.day).map { today - $0 >= 7 } == true
        }) {
            return earlier.tokens
        }
        for index in tokens.indices.dropLast() {
            let word = tokens[index].lower
            if word == "last", ["year", "month"].contains(tokens[index + 1].lower) { return index..<(index + 2) }
            guard word == "in" else { continue }
            if let named = self.month(tokens, at: index + 1), dayNumber(tokens, at: index + 2) == nil {
                if let (namedYear, next) = self.year(tokens, at: index + 2) {
                    if namedYear < year || (namedYear == year && named < month) { return index..<next }
                } else if named < month {
                    return index..<(index + 2)
                }
            } else if let (namedYear, next) = self.year(tokens, at: index + 1), tokens[index + 1].text != ",", namedYear < year {
                return index..<next
            }
        }
        return nil
    }

    /// The day's number counted from a fixed day (days from civil, proleptic Gregorian), for
    /// differences between ISO days; nil when `iso` is no ISO day.
    private static func dayNumber(iso: String) -> Int? {
        let bytes = Array(iso.utf8)
        guard bytes.count >= 10, let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return nil }
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + (yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear)
    }

    private static func month(_ tokens: [Token], at index: Int) -> Int? {
        guard index < tokens.count, let month = months[textOf: tokens[index]] else { return nil }
        return month
    }

    /// The words that name a day relative to the statement's own.
    private static let relativeDays: WordSet = ["today", "yesterday"]

    /// Whether the token's first byte is an ASCII digit.
    private static func startsWithDigit(_ token: Token) -> Bool {
        guard let first = token.text.utf8.first else { return false }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    }

    private static func dayNumber(_ tokens: [Token], at index: Int) -> Int? {
        // A day is one or two ASCII digits, with endings after them.
        guard index < tokens.count, startsWithDigit(tokens[index]) else { return nil }
        var text = Substring(tokens[index].text)
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
            text = text.dropLast(2)
        }
        guard (1...2).contains(text.count), let value = Int(text), (1...31).contains(value) else { return nil }
        return value
    }

    /// Whether a token is a year (four digits) before the year of `reference`, an ISO day.
    static func isYear(_ token: Token, before reference: String?) -> Bool {
        guard token.text.utf8.count == 4, let named = Int(token.text), let year = reference.flatMap({ Int($0.prefix(4)) }) else { return false }
        return named < year
    }

    private static func year(_ tokens: [Token], at index: Int) -> (Int, next: Int)? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].text == "," { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].text.utf8.count == 4, let value = Int(tokens[cursor].text),
            (1900...2100).contains(value)
        else { return nil }
        return (value, cursor + 1)
    }

    private static func isoDate(_ tokens: [Token], at index: Int) -> (Match, Int)? {
        guard index + 4 < tokens.count, tokens[index].text.utf8.count == 4, let year = Int(tokens[index].text),
            tokens[index + 1].text == "-", tokens[index + 2].text.utf8.count == 2,
            let month = Int(tokens[index + 2].text), tokens[index + 3].text == "-",
            tokens[index + 4].text.utf8.count == 2, let day = Int(tokens[index + 4].text),
            let value = iso(year: year, month: month, day: day)
        else { return nil }
        return (Match(day: value, tokens: index..<(index + 5), rule: "ISO 8601 date"), index + 5)
    }

    /// The ISO day, or nil when the day does not exist in that month.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func previousDay(_ iso: String) -> String? {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, let year = number(bytes[0..<4]), let month = number(bytes[5..<7]),
            let day = number(bytes[8..<10])
        else { return nil }
        if day > 1 { return self.iso(year: year, month: month, day: day - 1) }
        if month > 1 { return self.iso(year: year, month: month - 1, day: daysIn(month: month - 1, year: year)) }
        return self.iso(year: year - 1, month: 12, day: 31)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        Int(String(decoding: bytes, as: UTF8.self))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
