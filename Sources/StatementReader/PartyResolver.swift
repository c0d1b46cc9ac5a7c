import StatementModel

/// Finds a statement's parties from its title and, when the title names fewer than two
/// for a joint statement or readout, from its opening sentence.
struct PartyResolver {
    private let gazetteer = Gazetteer.shared

    /// Pieces of a title that make it a statement of several parties (`Lexicon/reader_words.tsv`).
    private static let multiPartyWords = WordClasses.readerWords.list("multi_party_title_words")

    /// Pieces of a title that make it a meeting of two sides, one of them maybe unnamed (`Lexicon/reader_words.tsv`).
    private static let meetingWords = WordClasses.readerWords.list("meeting_title_words")

    /// Words after which a title names its topic, not its parties ("Joint Statement of X and Y on Z").
    private static let topicWords = Set(WordClasses.readerWords.list("title_topic_words"))
    /// Nouns after "on the" that tell where a meeting was held, not its topic ("on the sidelines of").
    private static let venueNouns = Set(WordClasses.readerWords.list("title_venue_nouns"))
    /// Words of a visit whose country, after a title's topic, is a party ("as Wong visits Tuvalu").
    private static let visitWords = Set(WordClasses.readerWords.list("title_visit_words"))

    /// The party codes, in order of first mention, and the body whose own statement this is when
    /// they are its members ("Declaration of the 44th SADC Summit": SADC).
    /// - Parameters:
    ///   - title: the title's tokens and mentions.
    ///   - opening: the tokens and mentions of the first sentence of the body.
    ///   - openingAct: the speech act of that sentence.
    ///   - host: the issuing party, used when nothing else names one.
    ///   - isNewsReport: whether a news agency wrote it: a body it names is one party.
    ///   - date: the statement's day: a grouping's members are those of that day (BRICS before 2024 had five).
    ///   - countryMentions: how often the body names each country, asked for only by a meeting
    ///     whose title and opening name one party.
    ///   - attendees: the countries the opening paragraphs name as attending the meeting, asked
    ///     for only by a chair's statement.
    func parties(
        title: String, titleTokens: [Token], titleMentions: [SentenceMention], opening: [Token],
        openingMentions: [SentenceMention], openingAct: SpeechAct?, host: String?, isNewsReport: Bool, date: String?,
        countryMentions: () -> [String: Int], attendees: () -> [String]
    ) -> (codes: [String], memberBody: String?) {
        var openingSubject: Range<Int>?
        if case .tokens(let range) = openingAct?.subject { openingSubject = range }
        var codes = [String]()
        func add(_ reference: EntityReference) {
            switch reference.type {
            case .country, .person:
                if let code = reference.code, !codes.contains(code) { codes.append(code) }
            case .organization:
                if reference.members.isEmpty {
                    if let code = reference.code, !codes.contains(code) { codes.append(code) }
                } else {
                    let entry = reference.code.flatMap { gazetteer.entry(code: $0) }
                    for member in reference.members where !codes.contains(member) && entry?.isMember(member, on: date) != false {
                        codes.append(member)
                    }
                }
            default:
                break
            }
        }
        // Where the first party-like mention of the title ends: a topic word after it cuts the title.
        let firstPartyEnd = titleMentions.lazy.filter { self.isPartyLike($0.reference) }.map(\.tokens.upperBound).min()
        let topicCut = titleTokens.indices.first { index in
            Self.topicWords.contains(titleTokens[index].text)
                && firstPartyEnd.map { $0 <= index } ?? false
        } ?? titleTokens.count
        // "... on the sidelines of UNGA79" tells where, not what about: the title has no topic.
        let namesTopic = topicCut < titleTokens.count
            && !(topicCut + 2 < titleTokens.count && titleTokens[topicCut + 1].lower == "the" && Self.venueNouns.contains(titleTokens[topicCut + 2].lower))
        // The first person mention starting at each token, looked up instead of searched for at every token.
        var personAt = [Int: SentenceMention]()
        for mention in titleMentions where mention.reference.type == .person && personAt[mention.tokens.lowerBound] == nil {
            personAt[mention.tokens.lowerBound] = mention
        }
        // Countries inside longer names count too: "the U.S.-Ukraine Strategic Partnership".
        var index = 0
        while index < topicCut {
            if let person = personAt[index] {
                add(person.reference)
                index = person.tokens.upperBound
            } else if let match = gazetteer.match(titleTokens, at: index), [.country, .organization].contains(match.entry.type) {
                // "a major non-NATO ally" names no party.
                let negated = index >= 2 && titleTokens[index - 1].text == "-" && titleTokens[index - 2].lower == "non"
                if !negated {
                    add(EntityReference(name: match.entry.name, type: match.entry.type, code: match.entry.code, members: match.entry.members))
                }
                index += match.length
            } else {
                index += 1
            }
        }
        // "Australia pledges more coastal funding as Wong visits Tuvalu": in a news report's
        // headline, the country a visit goes to, after the topic's cut, is the other party; in
        // any title of no known issuer, so is the country whose capital a visit goes to
        // ("Hungarian Foreign Minister Péter Szijjártó visits Accra").
        for index in titleTokens.indices where Self.visitWords.contains(titleTokens[index].lower) {
            let next = index + 1 < titleTokens.count && titleTokens[index + 1].lower == "to" ? index + 2 : index + 1
            guard next < titleTokens.count, let match = gazetteer.match(titleTokens, at: next), let code = match.entry.code else { continue }
            let isCountry = match.entry.type == .country && isNewsReport && index >= topicCut
            let isCapital = match.entry.type == .place && match.entry.role == "capital" && host == nil
            if isCountry || isCapital { add(EntityReference(name: match.entry.name, type: .country, code: code)) }
        }
        // "Uruguay keeps up pressure on China for trade talks": in a news report's headline naming
        // one party before its topic, the first country after the cut is the other.
        if isNewsReport, codes.count == 1,
            let other = titleMentions.first(where: { $0.tokens.lowerBound >= topicCut && $0.reference.type == .country })?.reference.code,
            !codes.contains(other)
        {
            codes.append(other)
        }
        // "Iran's top diplomat in Yerevan voices opposition ...": in a news report's headline naming
        // one party, the capital a party's envoy is in names the other.
        if isNewsReport, codes.count == 1,
            let visited = titleMentions.first(where: { mention in
                mention.reference.type == .place && mention.tokens.lowerBound > 0 && titleTokens[mention.tokens.lowerBound - 1].lower == "in"
                    && mention.reference.code.map { !codes.contains($0) } == true
            }),
            let code = visited.reference.code
        {
            codes.append(code)
        }
        let lowerTitle = title.lowercased()
        // A readout's title of a meeting ("Minister X receives ...", "... pays working visit to Abidjan"),
        // not remarks during a visit.
        // The kind the title alone gives, read once for the rules below that ask for it.
        let titleKind = StatementKind.of(title: titleTokens, isNewsReport: false, partyCount: 0, opensWithWe: false)
        let isMeeting = {
            Self.meetingWords.contains { lowerTitle.contains($0) } && titleKind == "readout"
        }
        // Only a title naming fewer than two parties is searched for these words.
        let namesSeveral = codes.count < 2 && Self.multiPartyWords.contains { lowerTitle.contains($0) }
        // "We, Australia, Denmark, Norway, and the United States, recognize": the countries before the
        // verb, or a grouping's members ("WE, the Leaders of the Member States of the Gulf Cooperation Council").
        let pronounSubject = openingSubject.map { subject in
            opening[subject].contains { ["we", "they"].contains($0.lower) }
                || zip(opening[subject], opening[subject].dropFirst()).contains {
                    ["leaders", "governments", "heads", "ministers"].contains($0.lower) && $1.lower == "of"
                }
        } ?? false
        // "WE, the Ministers ... of the Nile Basin Initiative (NBI), namely Burundi, ..., on the
        // occasion of ...": an opening with no main verb ends at the word that gathers them.
        let preVerb = 0..<(pronounSubject ? openingAct?.verbIndex ?? openingAct?.cameoCue?.lowerBound ?? 0 : 0)
        // "We, the Ministers of Foreign Affairs of the Member States of the Gulf Cooperation Council (GCC)
        // and of the Republic of Kazakhstan, ..., met" under the title of a grouping's dialogue with a
        // region: a declaration's or chair's statement's "We" names countries beyond the title's.
        if codes.count >= 2, ["declaration", "chair-statement"].contains(titleKind) {
            for mention in openingMentions where mention.reference.type == .country && preVerb.contains(mention.tokens.lowerBound) {
                add(mention.reference)
            }
        }
        Self.refine(&codes, titleTokens: titleTokens, titleMentions: titleMentions, opening: opening, openingMentions: openingMentions)
        if codes.count < 2, namesSeveral {
            if let governments = opening.indices.first(where: { index in
                opening[index].lower == "governments" && index + 1 < opening.count && opening[index + 1].lower == "of"
            }) {
                for mention in openingMentions where mention.tokens.lowerBound > governments
                    && mention.reference.type == .country
                {
                    add(mention.reference)
                }
            }
            for mention in openingMentions where mention.reference.type == .person
                || (openingSubject?.contains(mention.tokens.lowerBound) ?? false)
                || (preVerb.contains(mention.tokens.lowerBound)
                    && (mention.reference.type == .country || !mention.reference.members.isEmpty || speaksForMembers(mention.reference)))
                || namesSide(mention, in: opening)
            {
                add(mention.reference)
            }
            // "Foreign Minister Botchwey pays working visit to Abidjan": the place visited names its country;
            // so does the visit the opening tells of ("..., who is on a working visit to Tunisia").
            for mention in titleMentions where mention.reference.type == .place && mention.tokens.upperBound <= topicCut && isMeeting() {
                if let code = mention.reference.code, !codes.contains(code) { codes.append(code) }
            }
            for mention in openingMentions where [.place, .country].contains(mention.reference.type) && Self.isVisited(mention, in: opening) && isMeeting() {
                if let code = mention.reference.code, !codes.contains(code) { codes.append(code) }
            }
        }
        // "Prime Minister and Minister of Foreign Affairs Meets Foreign Minister of Sweden", dated
        // Doha: a meeting's other party is the issuer.
        if let host, codes.count == 1, codes[0] != host, namesSeveral {
            codes.insert(host, at: 0)
        }
        if codes.isEmpty, let host { codes.append(host) }
        // "Foreign Minister Margus Tsahkna is on a working visit to Tokyo, where he met with Japanese
        // Foreign Minister Takeshi Iwaya", under a title that names no party or one: an opening that
        // tells of a visit or meeting names them by its people and the place or country it visits.
        if codes.count < 2, host == nil, !isNewsReport, codes.isEmpty || openingAct?.cameo?.hasPrefix("04") == true {
            for mention in openingMentions {
                if mention.reference.type == .person {
                    add(mention.reference)
                } else if [.place, .country].contains(mention.reference.type), Self.isVisited(mention, in: opening),
                    let code = mention.reference.code, !codes.contains(code)
                {
                    codes.append(code)
                }
            }
        }
        // "Statement by the Chair of the Ordinary Session of the Council of Ministers of the Council
        // of the Entente ... The meeting was attended by the Ministers or representatives of Benin,
        // Burkina Faso, ...": a chair's statement's parties are the countries attending.
        // "Co-Chairs' Statement of the Fourth Mekong-US Partnership Ministerial Meeting ... attended by
        // the Foreign Ministers and representatives of Cambodia, Lao PDR, Thailand, Viet Nam and the
        // United States": where the title's grouping has more members, those attending are the parties.
        if !isNewsReport, titleKind == "chair-statement" {
            if codes.count < 2 {
                for code in attendees() where !codes.contains(code) { codes.append(code) }
            } else if case let attending = Set(attendees()), attending.count >= 2, attending.isStrictSubset(of: Set(codes)) {
                codes.removeAll { !attending.contains($0) }
            }
        }
        // "Declaration of the 44th SADC Summit", "Djibouti Declaration on Drought Resilience in the
        // IGAD Region": a body's own statement, naming it and none but its members (its chair,
        // its venue), is made by its members.
        if host == nil, !isNewsReport,
            let body = codes.lazy.compactMap({ gazetteer.entry(code: $0) }).first(where: { !$0.ownStatementMembers.isEmpty }),
            codes.allSatisfy({ $0 == body.code || body.ownStatementMembers.contains($0) })
        {
            return (body.ownStatementMembers.filter { body.isMember($0, on: date) }, body.code)
        }
        // "Minister of Foreign Affairs Luminița Odobescu receives the ... Minister of Foreign Affairs
        // of the Republic of Moldova": the other side of a meeting between countries is the country
        // the body names most, twice or more, or the one other country it names (not for a title
        // about a topic, nor a body's statement, nor a press call or remarks: only a title of a
        // meeting, `meeting_title_words`).
        if codes.count == 1, !namesTopic, isMeeting(),
            gazetteer.entry(code: codes[0])?.type == .country,
            case let others = countryMentions().filter({ !codes.contains($0.key) }),
            let other = others.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), other.value >= 2 || others.count == 1
        {
            codes.append(other.key)
        }
        return (codes, nil)
    }

    /// Puts for a country the title names by a word the opening's fuller name of another country
    /// holds that other country ("Zambia, Congo agree ..." over "Zambia and the Democratic Republic
    /// of Congo agreed": not the Republic of the Congo), where the opening does not name the first.
    private static func refine(
        _ codes: inout [String], titleTokens: [Token], titleMentions: [SentenceMention], opening: [Token], openingMentions: [SentenceMention]
    ) {
        let openingCountries = openingMentions.filter { $0.reference.type == .country }
        for mention in titleMentions where mention.reference.type == .country {
            guard let code = mention.reference.code, let index = codes.firstIndex(of: code),
                !openingCountries.contains(where: { $0.reference.code == code })
            else { continue }
            let words = titleTokens[mention.tokens].map(\.lower)
            let fuller = openingCountries.first { other in
                guard let otherCode = other.reference.code, !codes.contains(otherCode) else { return false }
                let name = opening[other.tokens].map(\.lower)
                return name.count > words.count && Array(name.suffix(words.count)) == words
            }
            if let fuller = fuller?.reference.code { codes[index] = fuller }
        }
    }

    /// Whether a body's own statements are made by its members ("WE, the Heads of State and
    /// Government of the Caribbean Community (CARICOM), meeting in Bridgetown").
    private func speaksForMembers(_ reference: EntityReference) -> Bool {
        reference.type == .organization && !(reference.code.flatMap { gazetteer.entry(code: $0) }?.ownStatementMembers.isEmpty ?? true)
    }

    /// Whether a country's adjective names a side of the meeting in the opening ("at the head of
    /// a Ghanaian delegation"): the adjective before a party noun (`party_nouns`).
    private func namesSide(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        mention.reference.type == .country && mention.reference.isAdjective && mention.tokens.upperBound < tokens.count
            && Self.partyNouns.contains(tokens[mention.tokens.upperBound].lower)
    }

    private static let partyNouns = Set(WordClasses.readerWords.list("party_nouns"))

    /// Whether a place is where a visit goes: "visit to Tunisia", "visiting Tunis".
    private static func isVisited(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        var before = mention.tokens.lowerBound - 1
        if before >= 0, tokens[before].lower == "the" { before -= 1 }
        guard before >= 0 else { return false }
        if tokens[before].lower == "visiting" { return true }
        return before >= 1 && tokens[before].lower == "to" && ["visit", "visits"].contains(tokens[before - 1].lower)
    }

    /// The display name of a party code.
    func name(of code: String) -> String {
        gazetteer.entry(code: code)?.name ?? code
    }

    private func isPartyLike(_ reference: EntityReference) -> Bool {
        [.country, .person, .organization].contains(reference.type) && reference.code != nil
    }
}
