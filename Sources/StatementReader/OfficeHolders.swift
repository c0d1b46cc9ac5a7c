/// Which party holds each office a statement names ("president": "USA"), in lower case. An
/// office held by people of two parties ("Minister Cho", "Minister Joly") names neither: a bare
/// "the Minister" is then resolved by who acted last, not by the office.
struct OfficeHolders: Sendable {
    private var holders: [String: String] = [:]
    private var shared: Set<String> = []

    /// The party holding `office`, when one party does.
    subscript(office: String) -> String? { holders[office] }

    /// Whether `code` alone holds an office whose name holds `title` as whole words ("minister" in
    /// "minister of foreign affairs", not in "prime minister" alone for "prime minister").
    func party(_ code: String, holdsOfficeWith title: String) -> Bool {
        holders.contains { office, holder in
            holder == code && (office == title || office.hasPrefix(title + " ") || office.hasSuffix(" " + title) || office.contains(" " + title + " "))
        }
    }

    /// Whether no office is known.
    var isEmpty: Bool { holders.isEmpty && shared.isEmpty }

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
        return result
    }
}
