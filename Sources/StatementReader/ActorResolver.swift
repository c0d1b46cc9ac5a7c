/// Decides who performs a sentence's act from the words of its subject, following the
/// actor table of `shared/reference/speech-acts.md`.
struct ActorResolver: Sendable {
    /// The statement's party codes.
    let parties: [String]
    /// The party that issued the statement, when known (the White House's statements: USA).
    let host: String?

    /// Plural heads of a subject that make its actor joint (`Lexicon/reader_words.tsv`).
    private static let jointNouns = Set(WordClasses.readerWords.list("joint_nouns"))

    /// The actor of a subject spanning `subject` in `tokens`.
    /// - Parameters:
    ///   - mentions: the sentence's entity mentions.
    ///   - officeHolders: who holds which office in this statement ("president": "USA").
    ///   - lastParty: the party of the last clause with a single party as actor, for "he" and "she".
    func resolve(
        subject: Range<Int>, tokens: [Token], mentions: [SentenceMention], officeHolders: [String: String],
        lastParty: String?
    ) -> ResolvedActor {
        var codes = [String]()
        var others = 0
        var people = 0
        var jointWords = false
        var covered = Set<Int>()
        for mention in mentions where subject.contains(mention.tokens.lowerBound) {
            covered.formUnion(mention.tokens)
            let reference = mention.reference
            switch reference.type {
            case .country, .organization, .person:
                if reference.type == .person { people += 1 }
                if let code = reference.code, parties.contains(code) {
                    if !codes.contains(code) { codes.append(code) }
                } else if !reference.members.isEmpty, Set(parties).isSubset(of: Set(reference.members)), parties.count > 1 {
                    jointWords = true
                } else {
                    others += 1
                }
            default:
                continue
            }
        }
        var pronoun: String?
        var index = subject.lowerBound
        while index < subject.upperBound {
            defer { index += 1 }
            guard !covered.contains(index) else { continue }
            let lower = tokens[index].lower
            if Self.jointNouns.contains(lower) { jointWords = true }
            if ["we", "they", "he", "she", "i", "our"].contains(lower) { pronoun = pronoun ?? lower }
            if let length = PersonTitles.match(tokens, at: index), !covered.contains(index + length) {
                let role = tokens[index..<(index + length)].map(\.text).joined(separator: " ").lowercased()
                let followedByOf = index + length < tokens.count && tokens[index + length].lower == "of"
                if !followedByOf, let code = officeHolders[role] ?? (role.contains("president") ? host : nil),
                    parties.contains(code)
                {
                    if !codes.contains(code) { codes.append(code) }
                }
                index += length - 1
            }
        }
        if codes.count >= 2 { return .joint }
        if jointWords {
            let isList = tokens[subject].contains { $0.lower == "and" }
            if codes.count == 1, !isList, let only = codes.first, hasAdjective(of: only, mentions: mentions, in: subject) {
                return .party(only)
            }
            return parties.count > 1 ? .joint : parties.first.map { .party($0) } ?? .joint
        }
        if let code = codes.first { return .party(code) }
        switch pronoun {
        case "we", "they", "our":
            if parties.count > 1 { return .joint }
            return parties.first.map { .party($0) } ?? .unknown
        case "he", "she", "i":
            if let party = lastParty ?? (parties.count == 1 ? parties.first : host) { return .party(party) }
            return .unknown
        default:
            break
        }
        if people >= 2, parties.count > 1 { return .joint }
        return others > 0 ? .thirdParty : .unknown
    }

    private func hasAdjective(of code: String, mentions: [SentenceMention], in subject: Range<Int>) -> Bool {
        mentions.contains { subject.contains($0.tokens.lowerBound) && $0.reference.isAdjective && $0.reference.code == code }
    }
}
