import StatementModel

/// Codes a document taken apart by a layout reader into a `Statement`: sentences,
/// entities, dates, parties, actors, speech acts and topics.
struct StatementAnalyzer {
    private let coder = SpeechActCoder()
    private let topicTagger = TopicTagger.shared
    private let partyResolver = PartyResolver()

    /// The statement for `document`, read from the file at `path`.
    func statement(from document: SourceDocument, id: String, path: String) -> Statement {
        var recognizer = EntityRecognizer()
        let title = document.title ?? id
        let titleTokens = Tokenizer.tokens(of: title)
        let titleMentions = recognizer.mentions(in: titleTokens, text: title)

        var text = ""
        var sentences = [SentenceAnalysis]()
        var paragraphNumber = 0
        let reference = document.date
        // The body's first sentence after a dateline on a line of its own.
        var openingIndex = 0
        for (index, paragraph) in document.paragraphs.enumerated() {
            defer { if index == document.datelineParagraph { openingIndex = sentences.count } }
            if !text.isEmpty { text += "\n\n" }
            let offset = text.utf8.count
            text += paragraph.text
            guard !paragraph.isHeading else { continue }
            paragraphNumber += 1
            for range in SentenceSplitter.sentences(in: paragraph.text) {
                let sentence = String(slice(paragraph.text, range.lowerBound, range.upperBound))
                let tokens = Tokenizer.tokens(of: sentence)
                let mentions = recognizer.mentions(in: tokens, text: sentence)
                let personStarts = Set(mentions.lazy.filter { $0.reference.type == .person }.map(\.tokens.lowerBound))
                let dates = DateNormalizer.days(in: tokens, reference: reference)
                sentences.append(SentenceAnalysis(
                    paragraph: paragraphNumber, range: (offset + range.lowerBound)..<(offset + range.upperBound),
                    text: sentence, tokens: tokens, mentions: mentions,
                    act: coder.code(tokens, personStarts: personStarts, dates: dates.map(\.tokens)), dateMatches: dates))
            }
        }

        // A news agency's dateline names where the report was filed, not who issued a statement.
        let date = document.date ?? sentences.lazy.compactMap(\.dateMatches.first?.day).first
        let host = hostParty(source: document.source, place: document.isNewsReport ? nil : document.place, titleMentions: titleMentions)
        let opening = sentences.indices.contains(openingIndex) ? sentences[openingIndex] : nil
        let (parties, memberBody) = partyResolver.parties(
            title: title, titleTokens: titleTokens, titleMentions: titleMentions, opening: opening?.tokens ?? [],
            openingMentions: opening?.mentions ?? [], openingAct: opening?.act, host: host,
            isNewsReport: document.isNewsReport, date: date, countryMentions: { countryMentions(sentences) },
            attendees: { Self.attendingCountries(sentences, paragraphs: opening.map { $0.paragraph...($0.paragraph + 1) }) })
        // "We held ... consultations with the United Arab Emirates": one side's "we", not the parties'
        // together; so is the first "We" of the body after an opening of another subject ("We hosted
        // the Hungarian delegation ..., where our Minister ... held bilateral talks with Minister Szijjártó").
        let openingSaysWe: Bool = if let opening, case .tokens(let subject) = opening.act.subject {
            opening.tokens[subject].contains { $0.lower == "we" }
        } else { false }
        let firstWe = openingSaysWe ? opening : sentences.dropFirst(openingIndex).first(where: Self.subjectIsWe)
        let weParty = firstWe.flatMap { Self.weParty($0, parties: parties, meetingOnly: !openingSaysWe) }
        let opensWithWe = openingSaysWe && weParty == nil
        let kind = StatementKind.of(
            title: titleTokens, isNewsReport: document.isNewsReport, partyCount: parties.count, opensWithWe: opensWithWe,
            opensWithVisit: opening?.act.cameo == "042" && titleMentions.contains { $0.reference.type == .person })
        // A ministry's readout dated in its capital ("Tbilisi, 12 March 2024") is its own.
        let datelineHost = document.source == nil ? host : nil
        let issuer = kind == "readout" && (host == nil || datelineHost != nil)
            ? Self.readoutIssuer(titleMentions: titleMentions, opening: opening, parties: parties, dateline: datelineHost) : nil
        let resolver = ActorResolver(
            parties: parties, host: host, actingAlone: partiesActingAlone(sentences, parties: parties),
            chair: kind == "chair-statement"
                ? Self.venueParty(titleMentions: titleMentions, opening: opening, parties: parties) ?? Self.chairingParty(sentences, parties: parties)
                : nil,
            issuer: issuer,
            memberBody: memberBody,
            jointBodies: Self.jointBodies(in: [titleTokens, opening?.tokens ?? []]),
            weParty: ["readout", "statement"].contains(kind) ? weParty : nil)
        // A news report or a ministry's readout tells what the parties did; only the parties' own
        // joint statement states their position where a sentence names no party.
        let isJoint = parties.count > 1 && !document.isNewsReport && !["readout", "briefing", "remarks"].contains(kind)

        var clauses = [Clause]()
        var entities = EntityCollector()
        var previous: ResolvedActor?
        var lastParty: String?
        var people = PeopleParties()
        // Whose offices the statement names with their country, and so whose own it names without:
        // the recogniser has read every sentence, so this holds for the whole statement.
        let issuerSides = host == nil ? recognizer.officeHolders.sides(of: parties) : nil
        // The clause ending in a colon while its list's items go on.
        var listIntro: ListLeadIn?
        // The actor of the last quotation attributed to its speaker, while quotations go on.
        var quoted: ResolvedActor?
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let n = clauses.count + 1
            let subject: Range<Int>? = if case .tokens(let range) = sentence.act.subject { range } else { nil }
            var mentions = people.resolve(
                sentence.mentions, tokens: sentence.tokens, parties: parties, subject: subject, visited: Self.visitedParty(sentence))
            if let issuerSides { people.learnIssuersOwn(in: &mentions, sides: issuerSides) }
            if sentenceIndex == openingIndex, let issuer, let subject { people.learnIssuersOfficial(issuer.code, in: &mentions, subject: subject) }
            var evidence = ClauseEvidence(sentence: sentence)
            var actor: ResolvedActor?
            var actorWhy: (rule: String, cue: Range<Int>?) = ("no main verb: no act of a party", nil)
            var act = sentence.act
            var isListItem = false
            listIntro?.takeOpeningVerb(of: sentence.tokens, into: &act)
            // "- closer people-to-people ties.": a lower-case item with no verb of the lexicon is a
            // fragment of the list the colon opened, however its words read.
            let isListFragment = !act.verbIsListed && ListLeadIn.opensLowerCase(sentence.tokens)
            switch act.subject {
            case .tokens where isListFragment && listIntro?.takesVerbless(sentence.tokens) == true, .none:
                actor = nil
                // "The following instruments were signed ...:" and then "- a Memorandum of
                // Understanding on ...;": an item with no verb of a list a signing's colon opens is signed too.
                if let listIntro, listIntro.takesVerbless(sentence.tokens) {
                    (actor, actorWhy) = (listIntro.actor, (listIntro.give(to: &act), nil))
                    isListItem = true
                }
            case .tokens where act.isNarration:
                actor = nil
                actorWhy = ("verb \"\(act.verb ?? "")\" tells who took part (reader_words.tsv narration verbs): no act of a party", act.verbTokens)
            case .tokens where act.isMeetingSubject && parties.count > 1:
                actor = .joint
                actorWhy = ("the meeting as subject (reader_words.tsv meeting_nouns): the parties' consultation, joint", act.verbTokens)
            case .tokens where act.agentIsAllParties && !parties.isEmpty, .continued where act.agentIsAllParties && !parties.isEmpty:
                actor = parties.count == 1 ? parties.first.map { .party($0) } : .joint
                actorWhy = (act.cameo == "057" ? "a signing with no agent: the parties together"
                    : "\"It\" and an impersonal passive of agreement (reader_words.tsv impersonal_passives): the parties together", act.verbTokens)
            case .tokens where (act.isPrediction && !isJoint) || (act.isFuturePhrase && document.isNewsReport):
                // In a joint statement the parties expect it of themselves ("The working group is expected to conduct ...");
                // in a news report "is scheduled to visit", "was due to return" tell a plan, no act.
                actor = nil
                act.cameo = nil
                act.cameoRule = nil
                act.acts = []
                let phrase = "\"\(act.modalityCue.map { sentence.tokens[$0].lower } ?? "") to\""
                actorWhy = (act.isPrediction && !isJoint ? phrase + " (function_words.tsv prediction_phrases): the writer's expectation, no act of a party"
                    : phrase + " in a news report: what the writer knows of a plan, no act of a party", act.modalityCue.map { $0..<($0 + 1) })
            case .tokens(let subject) where sentenceIndex == openingIndex && act.subjectIsPatient && act.verb == "hold" && parties.count > 1
                && Self.namesMeeting(sentence.tokens[subject]):
                // "On 14 June 2023, regular political consultations between the Ministries ... were
                // held in Bishkek": the opening's meeting is the parties', with no agent named (not
                // "The previous meeting ... was held in Colombo" later on).
                actor = .joint
                act.cameo = "040"
                act.acts = ["040"]
                act.cameoRule = "a meeting held (reader_words.tsv meeting_nouns): the parties' consultation (040)"
                act.cameoCue = act.verbTokens
                actorWhy = ("the opening's meeting held, with no agent named: the parties', joint", act.verbTokens)
            case .tokens where act.subjectIsPatient:
                actor = nil
                actorWhy = ("a passive with no agent: its subject did not act", act.verbTokens)
            case .tokens(let subject):
                let offices = people.offices.isEmpty ? recognizer.officeHolders : recognizer.officeHolders.merging(people.offices)
                let decision = resolver.resolve(
                    subject: subject, tokens: sentence.tokens, mentions: mentions,
                    officeHolders: offices, lastParty: lastParty, previous: previous,
                    addressed: addressedParty(sentence.tokens, act: act, mentions: mentions),
                    isSpeechAct: act.verbIsListed && act.cameo != nil)
                actor = decision.actor
                actorWhy = (decision.rule, decision.cue)
            case .continued:
                actor = previous
                actorWhy = ("no subject of its own: the actor of the clause before", nil)
                // "Both countries committed to:" and then "- share information on ...;".
                if let listIntro, listIntro.takesVerbOpening(sentence.tokens, act: act) {
                    (actor, actorWhy) = (listIntro.actor, (listIntro.give(to: &act, opensWithVerb: true), nil))
                    isListItem = true
                }
            }
            // "Japan and Britain signed a Reciprocal Access Agreement in January": in a news report,
            // a past act dated before the report is background; in a readout, only one dated in an
            // earlier year that the period closes ("Nepal and Bhutan established diplomatic relations in 1983.").
            if document.isNewsReport || kind == "readout", act.isPast, actor != nil,
                let period = DateNormalizer.earlierPeriod(in: sentence.tokens, days: sentence.dateMatches, reference: date),
                !sentence.tokens[..<period.lowerBound].contains(where: { Self.clauseOpeners.contains($0.lower) }),
                !Self.datesAParticiple(period, in: sentence.tokens, act: act),
                !sentence.tokens[min(act.verbIndex ?? 0, period.lowerBound)..<period.lowerBound].contains(where: { $0.text == "," }),
                // "thanked Spain for the firefighting aircraft it sent in September": the period dates a clause of its own.
                !sentence.tokens[min((act.verbIndex ?? 0) + 1, period.lowerBound)..<period.lowerBound]
                    .contains(where: { Self.embeddedSubjects.contains($0.lower) }),
                document.isNewsReport || Self.closesWithEarlierYear(period, in: sentence.tokens, act: act, reference: date)
            {
                actor = nil
                actorWhy = ("a past act dated before the \(document.isNewsReport ? "report, in a news report" : "year, in a readout"): background, no act of a party", period)
            }
            // "India has not condemned Russia's invasion", "The UAE has signed more than 20 such trade
            // agreements": in a news report, what a party has never done, or the deeds it has done up
            // to now, and what it has been doing ("Morocco has been courting West African states"), are background;
            // so are the promises it has made up to now, after the report's opening ("Ramgoolam's government has
            // promised to review agreements signed by its predecessor").
            if document.isNewsReport, actor != nil, let perfect = Self.presentPerfect(sentence.tokens, act: act) {
                let isProgressive = sentence.tokens[perfect].last?.lower.hasSuffix("ing") == true
                let root = act.cameo.map { String($0.prefix(2)) } ?? ""
                let isDeed = act.cameo == "057" || ["06", "07"].contains(root) || (root == "03" && sentenceIndex > openingIndex)
                if act.negated || isDeed || isProgressive {
                    let what = act.negated ? "what a party has not done" : isProgressive ? "what a party has been doing"
                        : root == "03" ? "a promise made up to now" : "a deed done up to now"
                    actor = nil
                    actorWhy = ("\"\(sentence.tokens[perfect].map(\.lower).joined(separator: " "))\": \(what), in a news report: background, no act of a party", perfect)
                }
            }
            // "Algeria had offered in August to mediate": in a news report, what a party had done
            // before is background.
            if document.isNewsReport, actor != nil, let had = Self.pastPerfect(sentence.tokens, act: act) {
                actor = nil
                actorWhy = ("\"\(sentence.tokens[had].map(\.lower).joined(separator: " "))\": the past perfect, in a news report: background, no act of a party", had)
            }
            // "Ethiopia hosts more than one million refugees": in a news report, a standing state in
            // the present is background.
            if document.isNewsReport, actor != nil, let verb = act.verbIndex, verb < sentence.tokens.count,
                Self.isStandingState(sentence.tokens[verb], act: act)
            {
                actor = nil
                actorWhy = ("\"\(sentence.tokens[verb].lower)\" (reader_words.tsv standing_verbs) in the present, in a news report: a standing state, background, no act of a party", verb..<(verb + 1))
            }
            // Outside a joint statement, what has gone on since an earlier year ("Since 2022, the
            // Republic of Moldova has received ...") and what an agreement provides ("Under the deal
            // signed on Monday, Ethiopia would lease ...") are background.
            if !isJoint, actor != nil, let opener = Self.backgroundOpener(sentence.tokens, reference: date, act: act) {
                actor = nil
                actorWhy = ("\"\(sentence.tokens[opener].map(\.lower).joined(separator: " "))\" opens background (reader_words.tsv provision_nouns, or an earlier year), outside a joint statement: no act of a party", opener)
            }
            // '"Estonia is ...," Minister Valtonen says. "We will continue to ..."': a quotation
            // with no speaker of its own goes on with the last one's words.
            if act.quotation == .unattributed, let speaker = quoted, actor != nil {
                actor = speaker
                actorWhy = ("a quotation with no speaker named, after one attributed to its speaker: that speaker's", nil)
            }
            quoted = act.quotation == .none ? nil : act.quotation == .attributed ? actor : quoted
            var cameoWhy = act.cameoRule.map { (rule: $0, cue: act.cameoCue) }
            // "Cyprus and Greece reiterated their support": the act stands, with no one actor.
            let isSomeParties = actor == .someParties
            if isSomeParties { actor = nil }
            // "The following is the text of a joint statement ...", "This statement is issued by the
            // Chair ...", "Done at Monrovia, on 15 November 2024.", "Santiago, 28 November 2024.": an
            // editor's note, no one's act ("The following memoranda were signed:" is a signing); so is
            // a line with no verb opening with a kind of statement ("Joint Statement of the Foreign Ministers of ...").
            let isEditorial = sentence.tokens.count > 1 && (Self.editorialOpenings.contains(
                sentence.tokens[0].lower + " " + sentence.tokens[1].lower) || Self.isPlaceAndDay(sentence) || Self.isSignature(sentence)
                || (sentence.act.verb == nil && StatementKind.opensWithKindPhrase(sentence.tokens)))
            if isEditorial, act.cameo != "057", actor != nil, actor != .unknown, actor != .thirdParty {
                actor = nil
                act.cameo = nil
                act.acts = []
                actorWhy = ("\"\(sentence.tokens[0].lower) \(sentence.tokens[1].lower)\" opens an editor's note (reader_words.tsv editorial_openings): no act of a party", 0..<2)
            }
            if !isSomeParties, actor == nil || actor == .thirdParty || actor == .unknown {
                // In a joint statement a normative or present-tense sentence with no party as
                // subject ("Our partnership is based on ...") is still the parties' position;
                // narration of what others did is nobody's act; an editor's note is no position.
                let isPosition = !isEditorial && !act.isNarration && !(act.isPrediction && !isJoint) && !(act.isFuturePhrase && document.isNewsReport) && (act.isNormative || (isJoint && !act.isPast && actor != .thirdParty))
                if isPosition, let speaker = previous ?? (isJoint ? .joint : nil) {
                    actor = speaker
                    actorWhy.rule += "; a position the parties state" + (act.isNormative ? " (normative)" : " in a joint statement")
                        + (previous == nil ? ": joint" : ": the actor of the clause before")
                    // What others should do is the parties' stated position (010); a present-tense
                    // act keeps its own code.
                    let cameo = act.isNormative ? "010" : act.cameo ?? "010"
                    if cameo != act.cameo || act.isNormative {
                        let normative = act.normativeModal
                        cameoWhy = (normative == nil ? "a position the parties state (010)" : "a normative position the parties state (010)",
                            normative.map { $0..<($0 + 1) })
                        if let normative { act.modalityCue = normative }
                    }
                    act.cameo = cameo
                    act.acts = act.isNormative || act.acts.isEmpty ? ["010"] : act.acts
                    if act.isNormative { act.modality = .conditional }
                } else {
                    actor = nil
                    act.cameo = nil
                    act.acts = []
                }
            }
            if actor != nil, act.cameo == nil, act.verb != nil {
                if document.isNewsReport {
                    // "Saudi Arabia cut relations with Iran that year": a deed the report narrates, no speech act.
                    actor = nil
                    actorWhy.rule += "; verb \"\(act.verb ?? "")\" not in verbs.tsv, in a news report: narration, no act of a party"
                    act.acts = []
                } else {
                    // A party acts with a verb the lexicon does not know: a statement, the most general act.
                    act.cameo = "010"
                    act.acts = ["010"] + act.acts
                    cameoWhy = ("verb \"\(act.verb ?? "")\" not in verbs.tsv: a statement (010)", act.verbTokens)
                }
            }
            if case .party(let code) = actor {
                lastParty = code
                people.learnReporter(of: code, in: &mentions, tokens: sentence.tokens, parties: parties)
            }
            // After some of the parties, "it" and a position have no one clause to go back to.
            if actor != nil || isSomeParties { previous = actor }
            // A signing or an intent that ends in a colon opens a list whose items go on its act
            // (other lists' items are headings or claims of their own).
            if let opened = ListLeadIn.opened(by: sentence.tokens, actor: actor, act: act) {
                listIntro = opened
                // "The sides agreed to:" is the intent its items go on.
                if opened.items == .verbs, act.cameo != opened.cameo {
                    act.cameo = opened.cameo
                    act.acts = [opened.cameo] + act.acts.dropFirst()
                    cameoWhy = opened.endsInWill ? ("a lead-in ending in \"will:\": what the parties will do, an intent (030)", act.verbTokens)
                        : ("a lead-in ending in \"to:\": the code of \"\(act.verb ?? "")\" and a verb (\(opened.cameo))", act.verbTokens)
                }
            } else if !isListItem {
                listIntro = nil
            }
            let name = actor.map { actorName($0, parties: parties) }
            evidence.add(.actor, name ?? "", actorWhy.rule, actorWhy.cue)
            if let cameo = act.cameo, let why = cameoWhy { evidence.add(.cameo, cameo, why.rule, why.cue) }
            if act.negated, let cue = act.negationCue {
                evidence.add(.negated, "true", act.negationRule ?? "\"\(sentence.tokens[cue].lower)\" before the main verb", cue..<(cue + 1))
            }
            if act.modality != .asserted, let cue = act.modalityCue {
                evidence.add(.modality, act.modality.rawValue, "\"\(sentence.tokens[cue].lower)\" (function_words.tsv)", cue..<(cue + 1))
            }
            for mention in mentions {
                let base = sentence.range.lowerBound
                entities.add(
                    mention.reference, clause: n,
                    start: base + sentence.tokens[mention.tokens.lowerBound].start,
                    end: base + sentence.tokens[mention.tokens.upperBound - 1].end,
                    text: String(slice(sentence.text, sentence.tokens[mention.tokens.lowerBound].start,
                        sentence.tokens[mention.tokens.upperBound - 1].end)))
                evidence.add(.entity, mention.reference.name, mention.reference.rule, mention.tokens)
            }
            for date in sentence.dateMatches { evidence.add(.date, date.day, date.rule, date.tokens) }
            let names = unique(mentions.map(\.reference.name))
            clauses.append(Clause(
                statement: id, n: n, paragraph: sentence.paragraph,
                text: slice(text, sentence.range.lowerBound, sentence.range.upperBound),
                start: sentence.range.lowerBound, end: sentence.range.upperBound,
                actor: name,
                actorCode: actor.flatMap { if case .party(let code) = $0 { code } else { nil } },
                verb: act.verb, cameo: act.cameo, acts: act.acts, negated: act.negated, modality: act.modality,
                topics: topicTagger.topics(of: sentence.tokens), entities: names, dates: unique(sentence.dateMatches.map(\.day)), evidence: evidence.decisions))
        }

        return Statement(
            id: id, title: title, date: date,
            place: document.place ?? titleMentions.first { $0.reference.type == .place }?.reference.name,
            source: document.source, kind: kind, path: path, parties: parties.map(partyResolver.name(of:)),
            partyCodes: parties, text: text, clauses: clauses, entities: entities.entities)
    }

    /// Where a visit the sentence tells of goes (042): the country of the first country or place
    /// named after its verb ("paid a working visit to Abidjan": CIV).
    private static func visitedParty(_ sentence: SentenceAnalysis) -> String? {
        guard sentence.act.cameo == "042", let after = sentence.act.verbTokens?.upperBound else { return nil }
        return sentence.mentions.first { $0.tokens.lowerBound >= after && [.country, .place].contains($0.reference.type) }?.reference.code
    }

    /// The party where a meeting was held: the first place or country of the parties the title
    /// names ("Chair's Statement of the IORA Council of Ministers, Colombo"), else the first the
    /// opening names after "in" or "at" ("... was held in Colombo on ...").
    private static func venueParty(titleMentions: [SentenceMention], opening: SentenceAnalysis?, parties: [String]) -> String? {
        func isVenue(_ mention: SentenceMention) -> Bool {
            [.place, .country].contains(mention.reference.type) && mention.reference.code.map(parties.contains) == true
        }
        if let venue = titleMentions.first(where: { isVenue($0) && $0.reference.type == .place }) { return venue.reference.code }
        guard let opening else { return nil }
        return opening.mentions.first { mention in
            isVenue(mention) && mention.tokens.lowerBound > 0 && ["in", "at"].contains(opening.tokens[mention.tokens.lowerBound - 1].lower)
        }?.reference.code
    }

    /// The party whose ministry issued a readout of two parties: the one whose capital dates it
    /// (`dateline`, a place and day with no news agency); else by its title, the one the title
    /// does not name ("Foreign Minister holds telephone conversation with the Minister for Foreign
    /// Affairs of Japan": Thailand's) when it names one country and no person of a known country
    /// (its own minister, often); else the one party the opening's subject names ("The Minister
    /// of Foreign Affairs of Malaysia, ..., held a telephone conversation with ..."): a ministry
    /// tells first of its own. The titles of the opening's subject are the issuer's official's
    /// where it names no other party ("The Minister of Foreign Affairs and International
    /// Cooperation, Ambassador Olivier Nduhungirehe, paid a two-day working visit to Cotonou").
    private static func readoutIssuer(titleMentions: [SentenceMention], opening: SentenceAnalysis?, parties: [String], dateline: String?) -> ReadoutIssuer? {
        guard parties.count == 2, dateline.map(parties.contains) != false else { return nil }
        var subject: Range<Int>?
        if case .tokens(let range) = opening?.act.subject { subject = range }
        let inSubject = opening.map { opening in
            partyCodes(opening.mentions.filter { subject?.contains($0.tokens.lowerBound) ?? false }, types: [.country, .person], parties: parties)
        } ?? []
        let inTitle = partyCodes(titleMentions, types: [.country], parties: parties)
        let code: String
        // The issuer's own office before "and the" and the other party's after it.
        var ownOffice: Range<Int>?
        if let dateline, !(inSubject.isEmpty && opening.flatMap(visitedParty) == dateline) {
            code = dateline
        } else if let dateline, let visitor = parties.first(where: { $0 != dateline }) {
            // "PRAGUE, 19 October 2023 — The Secretary of Foreign Affairs arrived in Prague ... for a
            // two-day official visit": an official of no country visiting where the readout is dated
            // is the other party's, whose ministry tells of its own official's visit.
            code = visitor
        } else if inTitle.count == 1, !titleMentions.contains(where: { $0.reference.type == .person && $0.reference.code != nil }),
            let other = parties.first(where: { !inTitle.contains($0) })
        {
            code = other
        } else if inSubject.count == 1, let only = inSubject.first {
            // "The Vice Minister of Foreign Affairs and the Spanish Secretary of State ... co-chaired":
            // the office of no country before "and the" is the issuer's own, the party after it the other.
            ownOffice = opening.flatMap { opening in subject.flatMap { ownOfficeOpening(opening, subject: $0, parties: parties) } }
            code = ownOffice == nil ? only : parties.first { $0 != only } ?? only
        } else if let opening, let subject, inSubject.isEmpty, let other = otherSideIssuer(opening, subject: subject, parties: parties) {
            code = other
        } else {
            return nil
        }
        guard let opening, let subject, let own = ownOffice ?? (inSubject.isSubset(of: [code]) ? subject : nil) else {
            return ReadoutIssuer(code: code, openingTitles: [])
        }
        let titles = own.compactMap { index in
            PersonTitles.match(opening.tokens, at: index).map { opening.tokens[index..<(index + $0)].map(\.lower).joined(separator: " ") }
        }
        return ReadoutIssuer(code: code, openingTitles: titles)
    }

    /// The issuer of a readout whose opening's subject is an office of no country and whose
    /// other words name one party, by its people, else its countries, else its places ("The
    /// Minister of Foreign Affairs and Cooperation, Bendito dos Santos Freitas, received
    /// Singapore's Minister for Foreign Affairs"; "..., paid an official visit to Mexico City"):
    /// the other party, whose ministry tells of its own official.
    private static func otherSideIssuer(_ opening: SentenceAnalysis, subject: Range<Int>, parties: [String]) -> String? {
        guard subject.contains(where: { PersonTitles.match(opening.tokens, at: $0) != nil }) else { return nil }
        // The other side's official first ("hosted Her Excellency Elina Valtonen, Minister for Foreign
        // Affairs of the Republic of Finland, who is on a two-day working visit to Namibia"), then its
        // country, then its place.
        // "... paid a one-day working visit to Abidjan at the head of a Ghanaian delegation": the
        // delegation the subject heads is its own side.
        let outside = opening.mentions.filter { !subject.contains($0.tokens.lowerBound) && !headsDelegation($0, in: opening.tokens) }
        var named = partyCodes(outside, types: [.person], parties: parties)
        if named.isEmpty { named = partyCodes(outside, types: [.country], parties: parties) }
        if named.isEmpty { named = partyCodes(outside, types: [.place], parties: parties) }
        guard named.count == 1 else { return nil }
        return parties.first { !named.contains($0) }
    }

    /// The office of no country a subject opens with, up to the "and the" (or "and" and a country's
    /// title) after which it names its first party ("The Vice Minister of Foreign Affairs and the
    /// Spanish Secretary of State for Foreign and Global Affairs, Diego Martinez Belio"), or nil.
    private static func ownOfficeOpening(_ opening: SentenceAnalysis, subject: Range<Int>, parties: [String]) -> Range<Int>? {
        let tokens = opening.tokens
        let start = tokens[subject.lowerBound].lower == "the" ? subject.lowerBound + 1 : subject.lowerBound
        guard start < subject.upperBound, PersonTitles.match(tokens, at: start) != nil,
            let party = opening.mentions.first(where: { mention in
                subject.contains(mention.tokens.lowerBound) && mention.reference.code.map(parties.contains) == true
            })?.tokens,
            // "... Mantas Adomėnas and Georgian First Deputy Foreign Minister Lasha Darsalia": a
            // country's adjective and a title right after "and" open the other person too (not
            // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates").
            case let titled = (party.upperBound..<min(tokens.count, party.upperBound + 2)).contains(where: { PersonTitles.match(tokens, at: $0) != nil }),
            let and = (start..<party.lowerBound).first(where: { tokens[$0].lower == "and" && (($0 + 1 == party.lowerBound && titled) || tokens[$0 + 1].lower == "the") })
        else { return nil }
        return subject.lowerBound..<and
    }

    /// Whether a country names the delegation the subject heads: "at the head of a Ghanaian
    /// delegation", "leading the Kenyan delegation".
    private static func headsDelegation(_ mention: SentenceMention, in tokens: [Token]) -> Bool {
        let start = mention.tokens.lowerBound, end = mention.tokens.upperBound
        guard end < tokens.count, delegationNouns.contains(tokens[end].lower), start >= 2, ["a", "the"].contains(tokens[start - 1].lower) else {
            return false
        }
        return tokens[start - 2].lower == "leading" || (start >= 3 && tokens[start - 3].lower == "head" && tokens[start - 2].lower == "of")
    }

    private static let delegationNouns = Set(WordClasses.readerWords.list("delegation_nouns"))

    /// Whether a subject is a meeting: its words before a preposition end in a meeting noun
    /// ("regular political consultations between the Ministries ...", "The first meeting of ...").
    private static func namesMeeting(_ subject: ArraySlice<Token>) -> Bool {
        let head = subject.prefix { !["between", "of", "with", "in", "on", "at"].contains($0.lower) }.last { $0.isWord }
        return head.map { meetingNouns.contains($0.lower) } ?? false
    }

    private static let meetingNouns = Set(WordClasses.readerWords.list("meeting_nouns"))

    /// The heads of the parties' joint bodies a title or opening names: a capitalised name opening
    /// with "Joint" or the like ("Bi-National" read whole) and headed, within four more words, by
    /// "Commission" or the like ("The Joint Permanent Commission (JPC) between the Republic of Kenya
    /// and ...": "commission"), and the short name in brackets after it ("jpc").
    private static func jointBodies(in tokenLists: [[Token]]) -> Set<String> {
        var heads = Set<String>()
        for tokens in tokenLists {
            for index in tokens.indices where tokens[index].isCapitalized {
                let isHyphenated = index + 2 < tokens.count && tokens[index + 1].text == "-" && tokens[index + 1].start == tokens[index].end
                    && tokens[index + 2].start == tokens[index + 1].end
                let opener = isHyphenated ? tokens[index].lower + "-" + tokens[index + 2].lower : tokens[index].lower
                guard jointBodyOpeners.contains(opener) else { continue }
                let nameStart = isHyphenated ? index + 3 : index + 1
                for head in tokens.indices.dropFirst(nameStart).prefix(4).prefix(while: { tokens[$0].isCapitalized }) where jointBodyNouns.contains(tokens[head].lower) {
                    heads.insert(tokens[head].lower)
                    if head + 3 < tokens.count, tokens[head + 1].text == "(", tokens[head + 3].text == ")", tokens[head + 2].isCapitalized {
                        heads.insert(tokens[head + 2].lower)
                    }
                }
            }
        }
        return heads
    }

    private static let jointBodyOpeners = Set(WordClasses.readerWords.list("joint_body_openers"))
    private static let jointBodyNouns = Set(WordClasses.readerWords.list("joint_body_nouns"))

    /// The parties that `mentions` of the given types name.
    private static func partyCodes(_ mentions: [SentenceMention], types: [EntityType], parties: [String]) -> Set<String> {
        Set(mentions.compactMap { mention in
            types.contains(mention.reference.type) ? mention.reference.code.flatMap { parties.contains($0) ? $0 : nil } : nil
        })
    }

    /// The one party the subject of "chaired" names in the first sentences, where the meeting was
    /// held outside the parties ("Secretary of Foreign Affairs Alicia Barcena of Mexico, which holds
    /// the MIKTA chairmanship in 2024, chaired the meeting", in New York).
    private static func chairingParty(_ sentences: [SentenceAnalysis], parties: [String]) -> String? {
        for sentence in sentences.prefix(3) {
            guard ["chair", "co-chair"].contains(sentence.act.verb ?? ""), !sentence.act.subjectIsPatient, case .tokens(let subject) = sentence.act.subject else { continue }
            let named = partyCodes(sentence.mentions.filter { subject.contains($0.tokens.lowerBound) }, types: [.person, .country], parties: parties)
            if named.count == 1 { return named.first }
        }
        return nil
    }

    /// How often the sentences name each country, by code.
    private func countryMentions(_ sentences: [SentenceAnalysis]) -> [String: Int] {
        var counts = [String: Int]()
        for sentence in sentences {
            for mention in sentence.mentions where mention.reference.type == .country {
                if let code = mention.reference.code { counts[code, default: 0] += 1 }
            }
        }
        return counts
    }

    /// Whether a sentence's subject is "We" alone.
    private static func subjectIsWe(_ sentence: SentenceAnalysis) -> Bool {
        guard case .tokens(let subject) = sentence.act.subject, subject.count == 1 else { return false }
        return sentence.tokens[subject.lowerBound].lower == "we"
    }

    /// The party a one-sided statement's "we" is: of two parties, the one the first subject "We" meets,
    /// names after "with", is the other ("We held the fourth round of consultations with the United
    /// Arab Emirates": Singapore); after an opening of another subject, only "with" after a meeting's
    /// noun counts ("held bilateral talks with Minister Szijjártó", not "finalized with Ukraine").
    private static func weParty(_ sentence: SentenceAnalysis, parties: [String], meetingOnly: Bool) -> String? {
        let tokens = sentence.tokens
        guard parties.count == 2, subjectIsWe(sentence), case .tokens(let subject) = sentence.act.subject,
            let with = tokens.indices.first(where: { index in
                index > subject.lowerBound && tokens[index].lower == "with" && (!meetingOnly || meetingNouns.contains(tokens[index - 1].lower))
            }),
            let met = sentence.mentions.first(where: { $0.tokens.lowerBound > with && [.country, .person].contains($0.reference.type) })?.reference.code,
            parties.contains(met)
        else { return nil }
        return parties.first { $0 != met }
    }

    /// The countries taking part in a meeting, by the sentences of the opening paragraph and the
    /// next that name who chaired it or, last, who attended it ("... under the chairmanship of the
    /// Minister of Foreign Affairs of the Republic of Kazakhstan. The meeting was attended by the
    /// Foreign Ministers of Japan, the Kyrgyz Republic, ..."; "... participated in the meeting"), in
    /// order; none where no sentence has a phrase of `attendance_phrases`.
    private static func attendingCountries(_ sentences: [SentenceAnalysis], paragraphs: ClosedRange<Int>?) -> [String] {
        var codes = [String]()
        for sentence in sentences where paragraphs?.contains(sentence.paragraph) == true {
            let tokens = sentence.tokens
            let namesAttendees = tokens.indices.contains { index in attendancePhrases.contains { Token.spell($0, in: tokens, at: index, by: \.lower) } }
            // Only the sentences naming who attended or chaired, not the meeting's topics.
            guard namesAttendees || tokens.contains(where: { $0.lower.hasPrefix("chair") }) else { continue }
            for mention in sentence.mentions where mention.reference.type == .country {
                if let code = mention.reference.code, !codes.contains(code) { codes.append(code) }
            }
            if namesAttendees { return codes }
        }
        return []
    }

    /// Phrases naming who attended a meeting, as lower-case words (`Lexicon/reader_words.tsv`).
    private static let attendancePhrases = WordClasses.readerWords.list("attendance_phrases").map { $0.split(separator: " ").map(String.init) }

    /// The parties that are alone the subject of a diplomatic act (roots 01 to 05) of the
    /// lexicon somewhere in the statement, by the mentions in that subject.
    /// Only a statement of three parties or more can name some of them but not all.
    private func partiesActingAlone(_ sentences: [SentenceAnalysis], parties: [String]) -> Set<String> {
        guard parties.count >= 3 else { return [] }
        var acting = Set<String>()
        for sentence in sentences {
            guard case .tokens(let subject) = sentence.act.subject, sentence.act.verbIsListed,
                let root = sentence.act.cameo?.prefix(2), Self.diplomaticRoots.contains(String(root))
            else { continue }
            var only: String?
            var several = false
            for mention in sentence.mentions where subject.contains(mention.tokens.lowerBound) {
                guard let code = mention.reference.code, parties.contains(code) else { continue }
                if only == nil { only = code } else if only != code { several = true }
            }
            if !several, let only { acting.insert(only) }
        }
        return acting
    }

    private static let diplomaticRoots: Set<String> = ["01", "02", "03", "04", "05"]

    /// The party an appeal, consultation or act of cooperation addresses, named by the verb's
    /// object right after it ("thanked the German side", "thanked Seoul", "invited Prime
    /// Minister Han"); not a possession of it ("reiterated Pakistan's resolve", "underscored
    /// U.S. support").
    private func addressedParty(_ tokens: [Token], act: SpeechAct, mentions: [SentenceMention]) -> String? {
        guard let root = act.cameo?.prefix(2), Self.addressingRoots.contains(String(root)), var index = act.verbTokens?.upperBound else {
            return nil
        }
        if index < tokens.count, Self.objectDeterminers.contains(tokens[index].lower) { index += 1 }
        // "thanked the Government of Tanzania": the party a party noun names after "of".
        if index + 1 < tokens.count, Self.partyNouns.contains(tokens[index].lower), tokens[index + 1].lower == "of" {
            index += tokens.count > index + 2 && tokens[index + 2].lower == "the" ? 3 : 2
        }
        guard let mention = mentions.first(where: { $0.tokens.lowerBound == index }),
            [.country, .organization, .person, .place].contains(mention.reference.type)
        else { return nil }
        guard mention.tokens.upperBound < tokens.count else { return mention.reference.code }
        let after = tokens[mention.tokens.upperBound]
        if after.isPossessive || after.text == "-" { return nil }
        // "the U.S. commitment", "U.S. support": a name before a noun qualifies it.
        if after.isWord, !Self.partyNouns.contains(after.lower), !Self.wordsAfterAddressee.contains(after.lower) { return nil }
        return mention.reference.code
    }

    private static let objectDeterminers: Set<String> = ["the", "his", "her", "its", "their"]
    /// Words that open a clause inside the sentence: a period after one dates that clause, not
    /// the main act ("a project that was shelved in 2021", "who took office in May last year"); so
    /// does one after a comma that follows the verb ("thanked India for its support, including the
    /// rollover ... in September").
    private static let clauseOpeners = Set(WordClasses.readerWords.list("clause_openers"))
    /// Whether a period dates a participle just before it inside a clause of its own after the main
    /// verb, not the main act ("said Malawi would lift a ban on maize exports imposed in March").
    private static func datesAParticiple(_ period: Range<Int>, in tokens: [Token], act: SpeechAct) -> Bool {
        let preposition = ["in", "last"].contains(tokens[period.lowerBound].lower) ? period.lowerBound : period.lowerBound - 1
        guard let verb = act.verbIndex, preposition - 1 > verb + 1 else { return false }
        let word = tokens[preposition - 1]
        return word.isWord && !word.isCapitalized && word.lower.hasSuffix("ed")
            && tokens[(verb + 1)..<(preposition - 1)].contains { embeddedModals.contains($0.lower) }
    }

    /// Modals that open a clause of its own inside a reported one ("said Malawi would lift ...").
    private static let embeddedModals = Set(WordClasses.functionWords.list("future_modals") + WordClasses.functionWords.list("conditional_modals"))

    /// Whether a sentence is only a place and a day ("Santiago, 28 November 2024."): every word
    /// is a place's or country's name or the day's.
    private static func isPlaceAndDay(_ sentence: SentenceAnalysis) -> Bool {
        guard let day = sentence.dateMatches.first?.tokens else { return false }
        let places = sentence.mentions.filter { [.place, .country].contains($0.reference.type) }.map(\.tokens)
        guard !places.isEmpty else { return false }
        return sentence.tokens.indices.allSatisfy { index in
            !sentence.tokens[index].isWord || day.contains(index) || places.contains { $0.contains(index) }
        }
    }

    /// Pronouns that open a clause inside an object ("the aircraft it sent in September"): the
    /// personal pronouns and "it".
    private static let embeddedSubjects = Set(WordClasses.functionWords.list("personal_pronouns") + ["it"])
    private static let provisionNouns = Set(WordClasses.readerWords.list("provision_nouns"))
    private static let editorialOpenings = Set(WordClasses.readerWords.list("editorial_openings"))


    /// The "has" or "have" of a main verb in the present perfect, with the adverbs between them
    /// ("has never established", "have signed"), or of a perfect progressive before it ("has been courting").
    private static func presentPerfect(_ tokens: [Token], act: SpeechAct) -> Range<Int>? {
        guard let verb = act.verbIndex, verb < tokens.count else { return nil }
        // "Morocco has been courting West African states": a verb the lexicon does not know, before the one found.
        if let has = tokens[..<verb].indices.first(where: { ["has", "have"].contains(tokens[$0].lower) }), has + 2 < verb,
            tokens[has + 1].lower == "been", tokens[has + 2].isWord, tokens[has + 2].lower.hasSuffix("ing")
        {
            return has..<(has + 3)
        }
        return perfect(tokens, act: act, auxiliaries: ["has", "have"])
    }

    /// The "had" of a main verb in the past perfect, with the adverbs between them ("had offered",
    /// "had already signed").
    private static func pastPerfect(_ tokens: [Token], act: SpeechAct) -> Range<Int>? {
        perfect(tokens, act: act, auxiliaries: ["had"])
    }

    /// One of `auxiliaries` before the main verb, only adverbs between them, up to the verb.
    private static func perfect(_ tokens: [Token], act: SpeechAct, auxiliaries: Set<String>) -> Range<Int>? {
        guard let verb = act.verbIndex, verb < tokens.count else { return nil }
        var index = verb - 1
        while index >= 0, perfectAdverbs.contains(tokens[index].lower) { index -= 1 }
        guard index >= 0, auxiliaries.contains(tokens[index].lower) else { return nil }
        return index..<(verb + 1)
    }

    /// Whether a main verb tells a standing state in the present simple: a verb of
    /// `standing_verbs` in its "-s" form with no modal ("hosts").
    private static func isStandingState(_ verb: Token, act: SpeechAct) -> Bool {
        guard let lemma = act.verb, standingVerbs.contains(lemma), act.modality == .asserted else { return false }
        return verb.lower == lemma + "s" || verb.lower == lemma + "es"
    }

    private static let standingVerbs = Set(WordClasses.readerWords.list("standing_verbs"))

    /// Adverbs between "has" and its participle (`Lexicon/function_words.tsv`).
    private static let perfectAdverbs = Set(WordClasses.functionWords.list("perfect_adverbs"))

    /// The opening that makes a sentence background: "Since" and a year before the statement's,
    /// or "Under the" and an agreement's noun before what it would have a party do ("would
    /// lease"; "Under the agreement, the two countries will expand ..." is their intent) or
    /// before an earlier year ("Under a treaty signed ... in 2023").
    private static func backgroundOpener(_ tokens: [Token], reference: String?, act: SpeechAct) -> Range<Int>? {
        guard tokens.count > 3 else { return nil }
        if tokens[0].lower == "since", DateNormalizer.isYear(tokens[1], before: reference) { return 0..<2 }
        if tokens[0].lower == "under", ["the", "a", "an"].contains(tokens[1].lower), provisionNouns.contains(tokens[2].lower) {
            // "Under a treaty signed by the two countries in 2023, Australia offers ...": what an
            // agreement of an earlier year provides.
            let phrase = tokens[3...].prefix { $0.text != "," }
            if act.modalityCue.map({ tokens[$0].lower == "would" }) == true
                || phrase.contains(where: { DateNormalizer.isYear($0, before: reference) })
            {
                return 0..<3
            }
        }
        return nil
    }

    /// Whether `period` ends in a year before the statement's, within a few words of the main
    /// verb, and closes its clause (a comma or the sentence's end after it): the act's own time,
    /// not that of something the act is about ("reviewed the partnership established during the
    /// State Visit ... in 2023").
    private static func closesWithEarlierYear(_ period: Range<Int>, in tokens: [Token], act: SpeechAct, reference: String?) -> Bool {
        guard let verb = act.verbIndex, period.lowerBound > verb, period.lowerBound - verb <= 6, let last = period.last,
            DateNormalizer.isYear(tokens[last], before: reference)
        else { return false }
        return period.upperBound == tokens.count || [",", ".", ";"].contains(tokens[period.upperBound].text)
    }

    /// Whether a sentence is only people's offices and names, with no verb: signatories ("Prime
    /// Minister Keir Starmer Prime Minister Donald Tusk" under a joint statement) or a list of
    /// participants ("His Excellency Joko Widodo, President of the Republic of Indonesia").
    private static func isSignature(_ sentence: SentenceAnalysis) -> Bool {
        sentence.act.verb == nil && sentence.mentions.contains { $0.reference.type == .person }
            && sentence.tokens.allSatisfy { !$0.isWord || $0.isCapitalized || officeConnectors.contains($0.lower) || nameConnectors.contains(textOf: $0) }
    }

    /// Particles inside a person's name ("von der").
    private static let nameConnectors = WordClasses.readerWords.words("name_connectors")

    /// Words inside a list of names and offices ("President of the Republic of ...").
    private static let officeConnectors = Set(WordClasses.readerWords.list("office_connectors"))

    /// Acts addressed to someone: appeals, consultations, cooperation ("invited", "called on", "thanked Seoul").
    private static let addressingRoots: Set<String> = ["02", "04", "05"]
    /// Nouns after a country's adjective that name the party itself ("the German side").
    private static let partyNouns = Set(WordClasses.readerWords.list("party_nouns"))
    private static let wordsAfterAddressee: Set<String> = ["for", "to", "on", "and", "in", "at", "with", "about", "that", "of", "as"]

    private func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    private func actorName(_ actor: ResolvedActor, parties: [String]) -> String {
        switch actor {
        case .party(let code): partyResolver.name(of: code)
        default: "joint"
        }
    }

    /// The issuing party: the White House's is the United States; a dateline city gives its country.
    private func hostParty(source: String?, place: String?, titleMentions: [SentenceMention]) -> String? {
        if let source, source.contains("whitehouse.") || source.contains("state.gov") {
            return "USA"
        }
        if let place {
            let tokens = Tokenizer.tokens(of: place)
            if !tokens.isEmpty, let match = Gazetteer.shared.match(tokens, at: 0), let code = match.entry.code {
                return code
            }
        }
        return nil
    }
}
