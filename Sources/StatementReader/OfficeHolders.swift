/// Which party holds each office a statement names ("president": "USA"), in lower case. An
/// office held by people of two parties ("Minister Cho", "Minister Joly") names neither: a bare
/// "the Minister" is then resolved by who acted last, not by the office.
struct OfficeHolders: Sendable {
    private var holders: [String: String] = [:]
    private var shared: Set<String> = []
    /// The offices named with their country, named holder or not ("the Foreign Minister of Sri
    /// Lanka": "foreign minister": "LKA").
    private var qualified: [String: String] = [:]

    /// The party holding `office`, when one party does.
    subscript(office: String) -> String? { holders[office] }

    /// Whether `code` alone holds an office whose name holds `title` as whole words ("minister" in
    /// "minister of foreign affairs", not in "prime minister" alone for "prime minister").
    func party(_ code: String, holdsOfficeWith title: String) -> Bool {
        holders.contains { office, holder in holder == code && Self.office(office, holds: title) }
    }

    /// Whether the statement gives `code` an office whose name holds `title` as whole words, held
    /// by one of its people or named with its country ("the Minister of Foreign Affairs of Thailand"),
    /// or held by people of several parties (`isKind`).
    func party(_ code: String, hasOfficeWith title: String) -> Bool {
        holders.contains { $0.value == code && Self.isKind($0.key, of: title) }
            || qualified.contains { $0.value == code && Self.isKind($0.key, of: title) }
            || shared.contains { Self.isKind($0, of: title) }
    }

    /// Whether `office` is an office of `title`: its name holds the title as whole words, with
    /// no rank before it ("minister of foreign affairs" and "foreign minister" are; "prime minister"
    /// is not a "minister").
    static func isKind(_ office: String, of title: String) -> Bool {
        Self.office(office, holds: title) && !ranks.contains { office.hasPrefix($0 + " " + title) }
    }

    /// Words that make a title another office (`title_ranks` of `Lexicon/reader_words.tsv`).
    private static let ranks = WordClasses.readerWords.list("title_ranks")

    /// Whether the name of `office` holds `title`, or a longer name of the same office
    /// (`office_synonyms`: "foreign minister" is the "minister of foreign affairs"), as whole words.
    private static func office(_ office: String, holds title: String) -> Bool {
        ([title] + (synonyms[title] ?? [])).contains { title in
            office == title || office.hasPrefix(title + " ") || office.hasSuffix(" " + title) || office.contains(" " + title + " ")
        }
    }

    /// Longer names of an office, by its short name, in lower case (`office_synonyms` of `Lexicon/reader_words.tsv`).
    private static let synonyms: [String: [String]] = Dictionary(
        WordClasses.readerWords.pairs("office_synonyms").map { ($0.0, [$0.1]) }, uniquingKeysWith: +)

    /// Whether no office is known.
    var isEmpty: Bool { holders.isEmpty && shared.isEmpty && qualified.isEmpty }

    /// The two sides of a statement of two parties that names only one side's offices with
    /// their country ("the Foreign Minister of Sri Lanka") and no one of the other side with an
    /// office: `named`, and `issuer`, whose own officials the statement names so, without one.
    func sides(of parties: [String]) -> (named: String, issuer: String)? {
        let sides = Set(qualified.values)
        guard parties.count == 2, sides.count == 1, let named = sides.first, parties.contains(named),
            let issuer = parties.first(where: { $0 != named }), shared.isEmpty, !holders.values.contains(issuer)
        else { return nil }
        return (named, issuer)
    }

    /// Whether an office named with its country holds `title` ("the Minister" after "the
    /// Minister of Foreign Affairs of Sri Lanka").
    func isQualified(_ title: String) -> Bool {
        qualified.keys.contains { Self.office($0, holds: title) }
    }

    /// Notes that the statement names `office` with the country `code`.
    mutating func recordQualified(_ office: String, _ code: String) {
        if qualified[office] == nil { qualified[office] = code }
    }

    /// Notes that a person of `code` holds `office`.
    mutating func record(_ office: String, _ code: String) {
        guard !shared.contains(office) else { return }
        if let holder = holders[office], holder != code {
            holders[office] = nil
            shared.insert(office)
        } else {
            holders[office] = code
        }
    }

    /// These offices and `other`'s together.
    func merging(_ other: OfficeHolders) -> OfficeHolders {
        var result = self
        for office in other.shared {
            result.holders[office] = nil
            result.shared.insert(office)
        }
        for (office, code) in other.holders { result.record(office, code) }
        for (office, code) in other.qualified { result.recordQualified(office, code) }
        return result
    }
}
