/// Decides who performs a sentence's act from the words of its subject, following the
/// actor table of `shared/reference/speech-acts.md`.
struct ActorResolver: Sendable {
    /// The statement's party codes.
    let parties: [String]
    /// The party that issued the statement, when known (the White House's statements: USA).
    let host: String?
    /// The parties that are somewhere the subject of a diplomatic act of their own: a subject
    /// naming some of the parties is not one actor only when the parties it leaves out act on
    /// their own (a country the statement is about, read as a party, never does).
    let actingAlone: Set<String>
    /// Whether the statement's one party is a body of several members that issued it itself
    /// (ASEAN in its chair's statement, the Security Council in its press statement; not a
    /// statement a country issued about the body): its "we" and "the members" of it are the
    /// members together, the joint actor.
    private let speakerIsBody: Bool

    /// The party chairing the meeting a chair's statement tells of: "The Chair" acts for it.
    let chair: String?
    /// The party whose ministry issued a readout, when its title or opening tells, and the titles
    /// its opening gives the issuer's own official: a bare title both sides' officials hold ("The
    /// Minister thanked Japan") is its own official's.
    let issuer: ReadoutIssuer?
    /// The body whose own statement this is, when the parties are its members (SADC's): the body
    /// named in a subject is its members together, and a subject naming some of them is some of
    /// the parties even where the others never act alone.
    let memberBody: String?
    /// Heads of the parties' joint body the title or opening names ("The Joint Permanent
    /// Commission between the Republic of Kenya and the Republic of Rwanda": "commission"), which
    /// speaks for them all as a subject after "the" ("The Commission agreed to:").
    let jointBodies: Set<String>
    /// The party a one-sided statement's "we" is, when its opening's "We" met the other side ("We held the fourth
    /// round of Senior Officials' Consultations with the United Arab Emirates": Singapore).
    let weParty: String?

    /// A resolver for a statement of `parties`, issued by `host`, of which `actingAlone` act on
    /// their own, `chair` chairs the meeting of a chair's statement, `issuer` issued as a readout,
    /// which a body's members make when `memberBody` is the body's code, and whose parties'
    /// joint body is headed by one of `jointBodies`, and whose "we" is `weParty`.
    init(
        parties: [String], host: String?, actingAlone: Set<String>, chair: String? = nil, issuer: ReadoutIssuer? = nil,
        memberBody: String? = nil, jointBodies: Set<String> = [], weParty: String? = nil
    ) {
        self.parties = parties
        self.host = host
        self.actingAlone = actingAlone
        self.chair = chair
        self.issuer = issuer
        self.memberBody = memberBody
        self.jointBodies = jointBodies
        self.weParty = weParty
        speakerIsBody = host == nil && parties.count == 1
            && parties.first.flatMap { Gazetteer.shared.entry(code: $0)?.type } == .organization
    }

    /// Plural heads of a subject that make its actor joint (`Lexicon/reader_words.tsv`).
    private static let jointNouns = Set(WordClasses.readerWords.list("joint_nouns"))
    /// The chair of a meeting ("The Chair thanked all Member States").
    private static let chairNouns = Set(WordClasses.readerWords.list("chair_nouns"))
    /// Meetings that speak for several parties in their own declarations ("The Summit adopted").
    private static let assemblyNouns = Set(WordClasses.readerWords.list("assembly_nouns"))
    /// A party's bodies, which "the" refers back to ("The ministry called on ...").
    private static let bodyNouns = Set(WordClasses.readerWords.list("body_nouns"))
    /// Words before such a plural that make it some of the parties ("Some Ministers").
    private static let subsetWords = Set(WordClasses.readerWords.list("subset_words"))
    /// Such words that do so only opening the subject ("Other delegations", "Many Ministers").
    private static let subsetOpeners = Set(WordClasses.readerWords.list("subset_openers"))

    private static let nameConnectors = WordClasses.readerWords.words("name_connectors")
    /// Titles by their short forms, in lower case ("eam": "external affairs minister").
    private static let titleAbbreviations: [String: String] = Dictionary(
        WordClasses.readerWords.pairs("title_abbreviations"), uniquingKeysWith: { first, _ in first })

    /// An actor and why: the rule that gave it and the tokens of the subject that decided it.
    struct Decision: Sendable, Equatable {
        var actor: ResolvedActor
        var rule: String
        var cue: Range<Int>
    }

    /// The actor of a subject spanning `subject` in `tokens`, and why.
    /// - Parameters:
    ///   - mentions: the sentence's entity mentions.
    ///   - officeHolders: who holds which office in this statement ("president": "USA").
    ///   - lastParty: the party of the last clause with a single party as actor, for "he" and "she".
    ///   - previous: the actor of the clause just before, for "it".
    ///   - addressed: the party the verb's object names ("thanked the German side"): a bare
    ///     title or "he" does not refer to the party it addresses.
    ///   - isSpeechAct: whether the verb is a speech act of the lexicon: "It demanded" refers
    ///     back to a party, "It is important" does not.
    func resolve(
        subject: Range<Int>, tokens: [Token], mentions: [SentenceMention], officeHolders: OfficeHolders,
        lastParty: String?, previous: ResolvedActor?, addressed: String?, isSpeechAct: Bool
    ) -> Decision {
        // "For his part, the Minister ..." or "The Minister, for his part, ...".
        let turnsToOther = Self.turnsToTheOtherSide(tokens[..<min(tokens.count, subject.upperBound + 4)])
        let referent = lastParty.map { referredParty(last: $0, addressed: addressed, turnsToOther: turnsToOther) }
        // "The free trade agreement between the two countries": a plural after "between" qualifies the subject's head.
        let between = subject.dropFirst().first { tokens[$0].lower == "between" } ?? subject.upperBound
        var codes = [String]()
        // Why the first party was found, and where.
        var first: (rule: String, cue: Range<Int>)?
        var others = 0
        var people = 0
        var joint: (rule: String, cue: Range<Int>)?
        var someGrouping: (rule: String, cue: Range<Int>)?
        // Whether that grouping's people head the subject ("The Ministers of the Central Asian countries").
        var groupingsPeople = false
        var covered = Set<Int>()
        // "Tashkent hosted ...", "Beijing and Islamabad agreed": a subject of capitals alone names their countries.
        let namesCapitalsOnly = Self.isOnlyNames(subject, tokens: tokens, mentions: mentions)
        // "Araghchi, on his first visit to Pakistan since taking office, met ...": an aside is not the subject's.
        let aside = Self.aside(in: subject, tokens: tokens)
        for mention in mentions where subject.contains(mention.tokens.lowerBound) {
            covered.formUnion(mention.tokens)
            if aside.contains(mention.tokens.lowerBound) { continue }
            var reference = mention.reference
            if reference.type == .place, reference.role == "capital", namesCapitalsOnly {
                reference.type = .country
                reference.rule += ", a capital standing for its country"
            }
            switch reference.type {
            case .country, .organization, .person:
                if reference.type == .person { people += 1 }
                if let code = reference.code, parties.contains(code) {
                    if !codes.contains(code) { codes.append(code) }
                    first = first ?? ("\(reference.type.rawValue) \"\(reference.name)\" of \(code) (\(reference.rule))", mention.tokens)
                } else if !reference.members.isEmpty, Set(parties).isSubset(of: Set(reference.members)), parties.count > 1 {
                    joint = joint ?? ("\"\(reference.name)\", whose members are the parties", mention.tokens)
                } else if !reference.members.isEmpty, Set(reference.members).isSubset(of: Set(parties)),
                    case let before = tokens[subject.lowerBound..<mention.tokens.lowerBound],
                    before.allSatisfy({ ["the", "all", "entire", "whole"].contains($0.lower) }) || Self.namesMembersOf(before)
                {
                    // "The Mekong countries expressed appreciation for India's support" in the Mekong-Ganga
                    // Cooperation's declaration: a grouping of some of the parties, heading the subject;
                    // so are "The Ministers of the Central Asian countries".
                    someGrouping = someGrouping ?? ("\"\(reference.name)\", whose members are \(reference.members.count) of the \(parties.count) parties: not one actor", mention.tokens)
                    groupingsPeople = groupingsPeople || Self.namesMembersOf(before)
                } else if reference.type == .organization, reference.code == nil, let issuer,
                    tokens[mention.tokens.lowerBound].lower == "ministry"
                {
                    // "The Ministry of Foreign Affairs and Worship hosted ..." in a readout: the issuer's own ministry.
                    if !codes.contains(issuer.code) { codes.append(issuer.code) }
                    first = first ?? ("\"\(reference.name)\", a ministry of no country in a readout: the issuer's, \(issuer.code)", mention.tokens)
                } else if let memberBody, reference.code == memberBody {
                    // "The Authority of Heads of State and Government of ECOWAS held" in ECOWAS's own declaration.
                    joint = joint ?? ("\"\(reference.name)\", whose own statement this is, its members the parties", mention.tokens)
                } else if !Self.modifiesTheHead(mention, tokens: tokens, subject: subject) {
                    others += 1
                }
            default:
                continue
            }
        }
        // "The Summit adopted ...", "The Authority of Heads of State and Government of ... held": a
        // meeting of several parties speaking in its own declaration, the subject's head, named or not.
        if subject.count >= 2, tokens[subject.lowerBound].lower == "the", parties.count > 1,
            case let head = tokens[subject.lowerBound + 1].lower, Self.assemblyNouns.contains(head) || jointBodies.contains(head)
        {
            let why = Self.assemblyNouns.contains(head) ? "(reader_words.tsv assembly_nouns)" : "(the parties' joint body, named in the title or opening)"
            joint = joint ?? ("\"\(head)\" \(why) of \(parties.count) parties", (subject.lowerBound + 1)..<(subject.lowerBound + 2))
        }
        var pronoun: (word: String, index: Int)?
        // The chain of titles the last title outside "the ..." opened, and whether a name ends
        // it: the titles inside the chain end where it ends, so it is walked once, not once per
        // title ("Minister and Minister and ..." would take the square of its length).
        var chain: (end: Int, isNamed: Bool)?
        var index = subject.lowerBound
        // Where the offices set off by commas after a person of a party end ("Prince Mohammed bin
        // Salman ..., Crown Prince and Prime Minister, received"): they are that person's.
        var appositionEnd = subject.lowerBound
        while index < subject.upperBound {
            defer { index += 1 }
            guard !covered.contains(index) else { continue }
            if index >= 2, tokens[index - 1].text == ",", let close = tokens[index..<min(tokens.count, subject.upperBound + 1)].firstIndex(where: { $0.text == "," }),
                (index..<close).contains(where: { PersonTitles.match(tokens, at: $0) != nil }), mentions.contains(where: { mention in
                    mention.reference.type == .person && mention.reference.code != nil && subject.contains(mention.tokens.lowerBound) && mention.tokens.upperBound <= index - 1
                        && tokens[mention.tokens.upperBound..<(index - 1)].allSatisfy { $0.isCapitalized || Self.nameConnectors.contains(textOf: $0) }
                })
            {
                appositionEnd = close
            }
            guard index >= appositionEnd else { continue }
            let lower = tokens[index].lower
            // "The Member States reaffirm", "Partner States": a body's members together (not "states across our nation").
            let isMemberStates = lower == "states" && index > subject.lowerBound && ["Member", "Partner"].contains(tokens[index - 1].text)
            // "The Chair welcomed the Ministers" in a chair's statement: the chairing party.
            if index == subject.lowerBound + 1, tokens[subject.lowerBound].lower == "the", let chair, Self.chairNouns.contains(lower) {
                return Decision(actor: .party(chair), rule: "\"the \(lower)\" (reader_words.tsv chair_nouns) of a chair's statement: \(chair), where the meeting was held", cue: index..<(index + 1))
            }
            // "The Co-Chairs recalled": a plural joined by a hyphen to the word before it ("co-chairs").
            let hyphenated = index >= 2 && tokens[index - 1].text == "-" && tokens[index - 1].start == tokens[index - 2].end
                && Self.jointNouns.contains(tokens[index - 2].lower + "-" + lower)
            if index < between, Self.jointNouns.contains(lower) || hyphenated || isMemberStates {
                // "Some Ministers called for ...": some of the parties, not one actor.
                // "Other delegations expressed concern", "Many Ministers urged": "other", "many" or
                // "most" opening the subject too.
                // "Some Partner States": the word before "Member" or "Partner".
                let word = isMemberStates ? index - 2 : index - 1
                let opensSubject = word == subject.lowerBound && tokens[word].isCapitalized && Self.subsetOpeners.contains(tokens[word].lower)
                if word >= subject.lowerBound, parties.count > 1, Self.subsetWords.contains(tokens[word].lower) || opensSubject {
                    let why = opensSubject ? "opening the subject" : "(reader_words.tsv subset_words)"
                    return Decision(actor: .someParties, rule: "\"\(tokens[word].lower) \(lower)\" \(why): some of the parties, not one actor", cue: word..<(index + 1))
                }
                joint = joint ?? ("\"\(lower)\" (reader_words.tsv joint_nouns)", index..<(index + 1))
            }
            if ["we", "they", "he", "she", "i", "our", "it"].contains(lower) { pronoun = pronoun ?? (lower, index) }
            if let length = PersonTitles.match(tokens, at: index), !Self.namesSomeone(tokens, chainFrom: index, covered: covered, chain: &chain) {
                let written = tokens[index..<(index + length)].map(\.text).joined(separator: " ").lowercased()
                let role = Self.titleAbbreviations[written] ?? written
                let after = index + length < tokens.count ? tokens[index + length] : nil
                // "the Minister of Kenya", "the President of the Republic" name a party after "of"; in
                // a readout whose issuer is known, "The Minister of International Relations and Trade"
                // names a portfolio (not "the Secretary of Homeland Security" of a U.S. order's parties).
                let ofObject = index + length + 1
                let followedByOf = after?.lower == "of"
                    && (issuer == nil || covered.contains(ofObject) || (ofObject < tokens.count && tokens[ofObject].lower == "the"))
                // "The Minister recalled ...": a title with no name after it and no holder named
                // in this statement is the person the text was speaking of, unless that was the
                // issuing party's ("The King briefed the President" in a U.S. readout).
                let isBare = !(after.map { $0.isWord && $0.isCapitalized } ?? false)
                let (holder, why): (String?, String) =
                    if isBare, !turnsToOther, let issuer, issuer.code != addressed,
                        case let openedWith = issuer.openingTitles.contains(where: { OfficeHolders.isKind($0, of: role) }),
                        openedWith || parties.allSatisfy({ officeHolders.party($0, hasOfficeWith: role) })
                    {
                        (issuer.code, openedWith ? "an office the readout's opening gave the issuer's official: the issuer's own, \(issuer.code)"
                            : "an office of both sides' officials in a readout whose title or opening tells its issuer: the issuer's own, \(issuer.code)")
                    }
                    else if let code = officeHolders[role] { (code, "held by \(code) in this statement") }
                    else if role.contains("president"), let host { (host, "the issuing party's president") }
                    // "The Deputy Prime Minister stressed" where only Sri Lanka's offices are named with
                    // its country: Thailand's, the issuer's own official.
                    else if isBare, host == nil, let sides = officeHolders.sides(of: parties) {
                        officeHolders.isQualified(role)
                            ? (sides.named, "an office named with \(sides.named)'s country before: \(sides.named)'s")
                            : (sides.issuer, "an office named without a country where only \(sides.named)'s offices have theirs: \(sides.issuer)'s")
                    }
                    // "the Secretary" where only Mexico's Foreign Secretary holds an office of that title.
                    else if isBare, !turnsToOther, case let holding = parties.filter({ officeHolders.party($0, hasOfficeWith: role) }),
                        holding.count == 1, let only = holding.first, only != firstPartyAfter(subject, mentions: mentions)
                    {
                        (only, "the one party with an office of that title in this statement: \(only)")
                    }
                    // The issuer's own official may be meant where the issuer holds that office here
                    // ("the Minister" in a Kuwaiti readout of Minister of Foreign Affairs Al-Yahya's meeting).
                    else if isBare, let referent, turnsToOther || referent.code != host || officeHolders.party(referent.code, holdsOfficeWith: role) { referent }
                    else { (nil, "") }
                // "the Saudi Foreign Minister": the adjective before the title names the party.
                let qualified = index > 0 && covered.contains(index - 1)
                if !followedByOf, !qualified, let code = holder, parties.contains(code) {
                    if !codes.contains(code) { codes.append(code) }
                    first = first ?? ("title \"\(written)\", \(why)", index..<(index + length))
                }
                // "The Deputy Prime Minister/Foreign Minister", "The Deputy Prime Minister and Minister
                // of Foreign Affairs welcomed": one office, read by its first title ("The President
                // and Prime Minister discussed", "The Vice President and Minister Castro" are two people).
                var end = index + length
                while end + 1 < tokens.count, tokens[end].text == "/" || (tokens[end].lower == "and" && tokens[end + 1].text == "Minister"),
                    let next = PersonTitles.match(tokens, at: end + 1),
                    tokens[end].text == "/" || !(end + 1 + next < tokens.count && tokens[end + 1 + next].isWord && tokens[end + 1 + next].isCapitalized)
                {
                    end += 1 + next
                }
                index = end - 1
            }
        }
        // "The Republic of Malawi and the United Republic of Tanzania expressed concern" in SADC's statement.
        // "The Prime Ministers of Laos and Viet Nam thanked the Royal Government of Cambodia": the
        // party the act addresses is not among those acting.
        let addressesTheRest = addressed.map { parties.contains($0) && !codes.contains($0) } ?? false
        if codes.count >= 2, parties.contains(where: { !codes.contains($0) }),
            memberBody != nil || addressesTheRest || parties.allSatisfy({ codes.contains($0) || actingAlone.contains($0) })
        {
            return Decision(actor: .someParties, rule: "\(codes.count) of the \(parties.count) parties in the subject: not one actor", cue: subject)
        }
        if codes.count >= 2 { return Decision(actor: .joint, rule: "two parties in the subject: joint", cue: subject) }
        if codes.isEmpty, joint == nil || groupingsPeople, let someGrouping { return Decision(actor: .someParties, rule: someGrouping.rule, cue: someGrouping.cue) }
        if let joint {
            let isList = tokens[subject].contains { $0.lower == "and" }
            if codes.count == 1, !isList, let only = codes.first, hasAdjective(of: only, mentions: mentions, in: subject) {
                return Decision(actor: .party(only), rule: "\(only)'s adjective before \(joint.rule): that party", cue: subject)
            }
            if parties.count > 1 || speakerIsBody { return Decision(actor: .joint, rule: joint.rule + ": joint", cue: joint.cue) }
            return Decision(actor: parties.first.map { .party($0) } ?? .joint, rule: joint.rule + " with one party: that party", cue: joint.cue)
        }
        if let code = codes.first, let first { return Decision(actor: .party(code), rule: first.rule, cue: first.cue) }
        if let pronoun {
            let cue = pronoun.index..<(pronoun.index + 1)
            switch pronoun.word {
            case "we", "they", "our":
                // "We held consultations with the United Arab Emirates": the meeting itself is both sides'.
                if pronoun.word != "they", let weParty, !Self.meetsSomeone(tokens, mentions: mentions, after: subject) {
                    return Decision(actor: .party(weParty), rule: "\"\(pronoun.word)\" of a statement whose opening's \"We\" met the other side: \(weParty)", cue: cue)
                }
                if parties.count > 1 { return Decision(actor: .joint, rule: "\"\(pronoun.word)\" with \(parties.count) parties: joint", cue: cue) }
                if speakerIsBody {
                    return Decision(actor: .joint, rule: "\"\(pronoun.word)\" of a body's own statement: its members, joint", cue: cue)
                }
                if let party = parties.first { return Decision(actor: .party(party), rule: "\"\(pronoun.word)\" with one party: that party", cue: cue) }
                // "We, Heads of State and Government ... assembled at the United Nations": signatories the reader cannot name.
                if pronoun.word == "we" { return Decision(actor: .joint, rule: "\"we\" with no party named: the signatories, joint", cue: cue) }
            case "it":
                // "It demanded that ...": the party the clause before was about, and only that.
                if isSpeechAct, case .party(let party) = previous {
                    return Decision(actor: .party(party), rule: "\"it\": the party of the clause before", cue: cue)
                }
                // "The Authority expressed deep concern ... It condemned": the body of its own statement.
                if isSpeechAct, memberBody != nil, previous == .joint {
                    return Decision(actor: .joint, rule: "\"it\" after a joint clause of a body's own statement: the body, joint", cue: cue)
                }
            default:
                if let referent {
                    return Decision(actor: .party(referent.code), rule: "\"\(pronoun.word)\": \(referent.why)", cue: cue)
                }
                if let party = parties.count == 1 ? parties.first : host {
                    return Decision(actor: .party(party), rule: "\"\(pronoun.word)\": the \(parties.count == 1 ? "only party" : "issuing party")", cue: cue)
                }
            }
            return Decision(actor: .unknown, rule: "\"\(pronoun.word)\" with no party to refer to", cue: cue)
        }
        // "The ministry called on ...", "The presidency added that ...": a party's body named before,
        // opening the sentence.
        if subject.lowerBound == 0, let head = subject.last, head == 1, tokens[0].lower == "the", Self.bodyNouns.contains(tokens[head].lower),
            !covered.contains(head), let referent
        {
            return Decision(actor: .party(referent.code), rule: "\"the \(tokens[head].lower)\" (reader_words.tsv body_nouns): \(referent.why)", cue: head..<(head + 1))
        }
        if people >= 2, parties.count > 1 { return Decision(actor: .joint, rule: "two people of the parties: joint", cue: subject) }
        if others > 0 { return Decision(actor: .thirdParty, rule: "the subject names someone who is not a party", cue: subject) }
        return Decision(actor: .unknown, rule: "the subject names no party", cue: subject)
    }

    /// Whether words before a grouping name the parties' people of it ("The Ministers of the",
    /// "Leaders of"): a plural of `joint_nouns` and "of", with "the" around them.
    private static func namesMembersOf(_ words: ArraySlice<Token>) -> Bool {
        let lower = words.map(\.lower).filter { $0 != "the" }
        return lower.count == 2 && jointNouns.contains(lower[0]) && lower[1] == "of"
    }

    /// Whether a clause meets someone it names after "with" ("with the United Arab Emirates"),
    /// before a comma ends its main clause after `subject` ("We hosted the Hungarian delegation,
    /// where our Minister held talks with Minister Szijjártó" is the host's act).
    private static func meetsSomeone(_ tokens: [Token], mentions: [SentenceMention], after subject: Range<Int>) -> Bool {
        tokens[subject.upperBound...].prefix { $0.text != "," }.indices.contains { index in
            tokens[index].lower == "with" && mentions.contains { $0.tokens.lowerBound == index + 1 || $0.tokens.lowerBound == index + 2 }
        }
    }

    /// The party of the first person or country named after the subject ("assured Mr Albanese",
    /// "welcomed the Saudi Foreign Minister"): a bare title does not name the office of whom it addresses.
    private func firstPartyAfter(_ subject: Range<Int>, mentions: [SentenceMention]) -> String? {
        mentions.first { mention in
            mention.tokens.lowerBound >= subject.upperBound && [.person, .country].contains(mention.reference.type)
                && mention.reference.code.map(parties.contains) == true
        }?.reference.code
    }

    /// Who a bare title or "he" refers back to: the person of the last clause one party
    /// performed, unless the clause addresses that party ("The Minister thanked the German
    /// side") or turns to the other side ("The Minister, for his part, underlined"): then,
    /// between two parties, the other one's.
    private func referredParty(last: String, addressed: String?, turnsToOther: Bool) -> (code: String, why: String) {
        if addressed == last || turnsToOther, parties.count == 2, let other = parties.first(where: { $0 != last }) {
            return (other, turnsToOther ? "the other party than \(last), \"for his part\"" : "the other party than \(last), which the clause addresses")
        }
        return (last, "the person of the last clause one party performed")
    }

    /// Whether the words before the verb turn from the last speaker to the other side: "for
    /// his part", "for her part", "for its part", "for their part".
    private static func turnsToTheOtherSide(_ words: ArraySlice<Token>) -> Bool {
        words.indices.dropLast(2).contains { index in
            words[index].lower == "for" && ["his", "her", "its", "their"].contains(words[index + 1].lower) && words[index + 2].lower == "part"
        }
    }

    /// The tokens of a phrase of a preposition that commas set off inside the subject
    /// ("Araghchi, on his first visit to Pakistan since taking office in August, met").
    private static func aside(in subject: Range<Int>, tokens: [Token]) -> Range<Int> {
        guard let comma = subject.dropLast().first(where: { tokens[$0].text == "," && asidePrepositions.contains(tokens[$0 + 1].lower) }) else {
            return subject.lowerBound..<subject.lowerBound
        }
        let end = subject[(comma + 1)...].first { tokens[$0].text == "," } ?? subject.upperBound
        return comma..<end
    }

    /// Prepositions that open an aside (`Lexicon/reader_words.tsv`).
    private static let asidePrepositions = Set(WordClasses.readerWords.list("aside_prepositions"))

    /// Whether a country or body that is not a party only qualifies what the subject is about
    /// ("Russia's war of aggression against Ukraine has changed", "The return of Syrian refugees
    /// ... is a priority"): a possessive or an adjective before a head that is no person, title
    /// or party's noun, or a name after a preposition; then it does not act.
    private static func modifiesTheHead(_ mention: SentenceMention, tokens: [Token], subject: Range<Int>) -> Bool {
        guard mention.reference.type != .person else { return false }
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        let afterPreposition = start > subject.lowerBound && prepositions.contains(tokens[start - 1].lower)
        let head = end < tokens.count && tokens[end].isPossessive ? end + 1 : end
        let isModifier = mention.reference.isAdjective || (end < tokens.count && tokens[end].isPossessive)
        guard afterPreposition || isModifier, head < subject.upperBound else { return afterPreposition }
        let word = tokens[head].lower
        return tokens[head].isWord && !tokens[head].isCapitalized && !partyNouns.contains(word) && !jointNouns.contains(word)
            && !bodyNouns.contains(word) && !actorHeads.contains(word)
    }

    /// Prepositions after which a name qualifies the subject (`Lexicon/reader_words.tsv`).
    private static let prepositions = Set(WordClasses.readerWords.list("modifier_prepositions"))
    /// Nouns a country's possessive or adjective makes an actor of, with the joint and body nouns
    /// (`party_nouns` and `actor_heads` of `Lexicon/reader_words.tsv`).
    private static let partyNouns = Set(WordClasses.readerWords.list("party_nouns"))
    private static let actorHeads = Set(WordClasses.readerWords.list("actor_heads"))

    /// Whether the chain of titles from `index` ends at a name the mentions cover (the titles
    /// are that person's), reusing `chain` when `index` is inside it.
    private static func namesSomeone(_ tokens: [Token], chainFrom index: Int, covered: Set<Int>, chain: inout (end: Int, isNamed: Bool)?) -> Bool {
        if let chain, index < chain.end { return chain.isNamed }
        let end = titleChainEnd(tokens, from: index)
        // A portfolio may stand between the titles and the name ("Minister of Foreign Affairs and
        // Serbs Abroad Ivan Mrkić").
        var cursor = end
        // "The Vice Minister of Foreign Affairs and the Spanish Secretary of State": "and the" opens another person.
        while cursor < tokens.count, cursor < end + 5, !covered.contains(cursor), PersonTitles.match(tokens, at: cursor) == nil,
            tokens[cursor].isCapitalized || ["and", "of", "for", "the"].contains(tokens[cursor].lower),
            !(tokens[cursor].lower == "and" && cursor + 1 < tokens.count && tokens[cursor + 1].lower == "the")
        {
            cursor += 1
        }
        let isNamed = covered.contains(cursor)
        // After "the" the chain stops at "and", where a title inside it would not: not reused.
        chain = index > 0 && tokens[index - 1].lower == "the" ? nil : (end, isNamed)
        return isNamed
    }

    /// Where a chain of titles starting at `index` ends ("His Excellency Prime Minister and
    /// Minister of Foreign Affairs"): a title there belongs to the name after the chain. After
    /// "the", "and" ends the chain ("The Vice President and President Castro" are two people).
    private static func titleChainEnd(_ tokens: [Token], from index: Int) -> Int {
        let isOffice = index > 0 && tokens[index - 1].lower == "the"
        var cursor = index
        while let length = PersonTitles.match(tokens, at: cursor) {
            cursor += length
            if cursor + 1 < tokens.count, tokens[cursor].text == "/" || (!isOffice && tokens[cursor].lower == "and"),
                PersonTitles.match(tokens, at: cursor + 1) != nil
            {
                cursor += 1
            }
        }
        return cursor
    }

    /// Whether a subject is only names the mentions cover, joined by "and" and commas.
    private static func isOnlyNames(_ subject: Range<Int>, tokens: [Token], mentions: [SentenceMention]) -> Bool {
        var index = subject.lowerBound
        while index < subject.upperBound {
            if let mention = mentions.first(where: { $0.tokens.lowerBound == index }) {
                index = mention.tokens.upperBound
            } else if ["and", ","].contains(tokens[index].lower) {
                index += 1
            } else {
                return false
            }
        }
        return !subject.isEmpty
    }

    private func hasAdjective(of code: String, mentions: [SentenceMention], in subject: Range<Int>) -> Bool {
        mentions.contains { subject.contains($0.tokens.lowerBound) && $0.reference.isAdjective && $0.reference.code == code }
    }
}
