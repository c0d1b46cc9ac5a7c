/// The parties of people a statement names with no country, learned as the statement goes on.
/// In a statement of two parties, a sentence that names one person as its subject and others
/// after the verb puts those with a title and no country in the party the subject is not of
/// ("Minister of Foreign Affairs Cho Tae-yul held a meeting with Minister of Foreign Affairs of
/// Canada Mélanie Joly"; "Mr Peters called on Prime Minister Sitiveni Rabuka and held talks
/// with Deputy Prime Minister Biman Prasad"), or a subject with a title and no country in the
/// party the one other is not of ("Minister Joly called on Prime Minister Han Duck-soo"); they
/// keep that party whenever named again, by any of the titles the statement gave them ("the
/// Head of State"). Lists of officials of both sides are left alone.
struct PeopleParties {
    private var codeByName: [String: String] = [:]
    private var rolesByName: [String: [String]] = [:]
    /// Offices whose holder's party was learned here ("head of state": "KAZ").
    private(set) var offices = OfficeHolders()

    /// The sentence's mentions with the parties learned so far filled in, learning from them;
    /// `subject` is the tokens of the sentence's subject, `visited` the party a visit the
    /// sentence tells of goes to ("paid a working visit to Abidjan": CIV).
    mutating func resolve(
        _ mentions: [SentenceMention], tokens: [Token], parties: [String], subject: Range<Int>?, visited: String?
    ) -> [SentenceMention] {
        var result = mentions
        for index in result.indices where result[index].reference.type == .person {
            let reference = result[index].reference
            if let role = reference.role?.lowercased(), !(rolesByName[reference.name]?.contains(role) ?? false) {
                rolesByName[reference.name, default: []].append(role)
                if let code = codeByName[reference.name] { offices.record(role, code) }
            }
            if reference.code == nil, let code = codeByName[reference.name] {
                result[index].reference.code = code
                result[index].reference.rule += "; of \(code) as learned before"
            }
        }
        let people = result.indices.filter { result[$0].reference.type == .person }
        // "... paid an official visit to the Republic of Albania at the invitation of Minister for
        // Europe and Foreign Affairs Igli Hasani": the host is of the party visited.
        if parties.count == 2, let visited, parties.contains(visited) {
            for index in people where result[index].reference.code == nil && result[index].reference.role != nil
                && Self.isInviter(result[index], in: tokens)
            {
                learn(visited, for: index, in: &result, why: "invited the visit to \(visited)")
            }
        }
        // "Hon. Shirley Ayorkor Botchwey ... paid a one-day working visit to Abidjan": a visitor with
        // no country is of the party the visit does not go to.
        if parties.count == 2, let visited, parties.contains(visited), let subject,
            let visitor = people.first(where: { subject.contains(result[$0].tokens.lowerBound) }),
            result[visitor].reference.code == nil, result[visitor].reference.role != nil,
            let other = parties.first(where: { $0 != visited })
        {
            learn(other, for: visitor, in: &result, why: "visits \(visited), the other party")
            return result
        }
        // One person as the subject, the others after the verb ("Mr Peters called on Prime
        // Minister Sitiveni Rabuka and held talks with Deputy Prime Minister Biman Prasad").
        guard let subject else { return result }
        let inSubject = people.filter { subject.contains(result[$0].tokens.lowerBound) }
        let objects = people.filter { result[$0].tokens.lowerBound >= subject.upperBound }
        guard parties.count == 2, inSubject.count == 1, let actor = inSubject.first, !objects.isEmpty,
            inSubject.count + objects.count == people.count,
            !people.contains(where: { Self.isOwner(result[$0], in: tokens) })
        else { return result }
        if let code = result[actor].reference.code {
            // The subject's party known: people with a title and no country after the verb are the other party's.
            guard parties.contains(code), let other = parties.first(where: { $0 != code }) else { return result }
            for index in objects where result[index].reference.code == nil && result[index].reference.role != nil {
                learn(other, for: index, in: &result, why: "named with a person of the other party")
            }
        } else if result[actor].reference.role != nil, objects.count == 1, let code = result[objects[0]].reference.code, parties.contains(code),
            let other = parties.first(where: { $0 != code })
        {
            // The one person after the verb of a party: the subject is of the other.
            learn(other, for: actor, in: &result, why: "named with a person of the other party")
        }
        return result
    }

    /// The speaker of a trailing attribution, with a title and no country, is of the party whose
    /// act the sentence reports ("Djibouti has offered Ethiopia ..., Foreign Minister Mahmoud Ali
    /// Youssouf said on Thursday"), in a statement of two parties.
    mutating func learnReporter(of code: String, in mentions: inout [SentenceMention], tokens: [Token], parties: [String]) {
        guard parties.count == 2, parties.contains(code) else { return }
        for index in mentions.indices where Self.isUnplacedOfficial(mentions[index]) {
            let name = mentions[index].tokens
            guard name.upperBound < tokens.count, Self.reportingVerbs.contains(tokens[name.upperBound].lower) else { continue }
            // The title before the name, back to the comma that opens the attribution.
            var start = name.lowerBound
            while start > 0, name.lowerBound - start < 8, tokens[start - 1].isCapitalized || Self.titleWords.contains(tokens[start - 1].lower) {
                start -= 1
            }
            guard start > 0, tokens[start - 1].text == "," else { continue }
            learn(code, for: index, in: &mentions, why: "reports an act of \(code)")
        }
    }

    private static let reportingVerbs = Set(WordClasses.readerWords.list("reporting_verbs"))

    /// People with an office and no country, in a statement of two parties that names only the
    /// other side's offices with their country (`sides`, from `OfficeHolders.sides(of:)`), are the
    /// issuer's own ("The Vice Minister of Foreign Affairs, Ambassador Ignacio Higueras Hare, and
    /// the Vice Minister of Foreign Affairs of the Plurinational State of Bolivia, ... co-chaired").
    mutating func learnIssuersOwn(in mentions: inout [SentenceMention], sides: (named: String, issuer: String)) {
        for index in mentions.indices where Self.isUnplacedOfficial(mentions[index]) {
            learn(sides.issuer, for: index, in: &mentions, why: "only \(sides.named)'s offices are named with their country: the issuer's own")
        }
    }

    /// A person with an office and no country who is the subject of a readout's opening is the
    /// issuer's official ("Federal Minister for European and International Affairs Alexander
    /// Schallenberg held a telephone conversation with ..."): a ministry tells first of its own.
    mutating func learnIssuersOfficial(_ code: String, in mentions: inout [SentenceMention], subject: Range<Int>) {
        for index in mentions.indices where Self.isUnplacedOfficial(mentions[index]) && subject.contains(mentions[index].tokens.lowerBound) {
            learn(code, for: index, in: &mentions, why: "the subject of a readout's opening: the issuer's official")
        }
    }

    /// Whether a mention is of a person with an office and no party yet, whose party may be learned.
    private static func isUnplacedOfficial(_ mention: SentenceMention) -> Bool {
        mention.reference.type == .person && mention.reference.code == nil && mention.reference.role != nil
    }

    /// Puts the person of mention `index` in party `code`, for this mention and whenever named again.
    private mutating func learn(_ code: String, for index: Int, in mentions: inout [SentenceMention], why: String) {
        let name = mentions[index].reference.name
        mentions[index].reference.code = code
        mentions[index].reference.rule += "; no country given, \(why): \(code)"
        codeByName[name] = code
        for role in rolesByName[name] ?? [] { offices.record(role, code) }
    }

    /// Whether a person is named as someone's source or owner ("the greetings of President
    /// Shavkat Mirziyoyev", "a message from ..."), not as the other side of the meeting: "of",
    /// "from" or "by" before the name's titles ("with Minister for Foreign Affairs of Japan Ito
    /// Tomoko" is the other side).
    private static func isOwner(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        let start = titleStart(of: mention, in: tokens)
        return start > 0 && ["of", "from", "by"].contains(tokens[start - 1].lower)
    }

    /// Whether a person is named as who invited ("at the invitation of Minister ... Igli Hasani").
    private static func isInviter(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        let start = titleStart(of: mention, in: tokens)
        return start > 1 && tokens[start - 1].lower == "of" && tokens[start - 2].lower == "invitation"
    }

    /// Where the titles before a person's name start: the name's start when it has none.
    private static func titleStart(of mention: SentenceMention, in tokens: [Token]) -> Int {
        let start = mention.tokens.lowerBound
        var titleStart = start
        var index = start - 1
        while index >= 0, start - index <= 12, tokens[index].isCapitalized || titleWords.contains(tokens[index].lower) {
            if PersonTitles.match(tokens, at: index) != nil { titleStart = index }
            index -= 1
        }
        return titleStart
    }

    /// Words inside a title and its country ("Minister for Foreign Affairs of the Republic of ...").
    private static let titleWords: Set<String> = ["of", "the", "for", "and", "/", "."]
}
