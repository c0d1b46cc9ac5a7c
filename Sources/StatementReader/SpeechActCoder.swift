import StatementModel

/// Finds the main verbs of a sentence and codes them in CAMEO with the verb lexicon,
/// following `shared/reference/speech-acts.md`: the first main verb decides `cameo`,
/// every main verb goes into `acts`, negation and modality come from the auxiliaries
/// before the verb.
struct SpeechActCoder: Sendable {
    private let lexicon = VerbLexicon.shared

    private static let adverbs = WordClasses.functionWords.words("adverbs")
    private static let auxiliaries = WordClasses.functionWords.words("auxiliaries")
    private static let beForms = WordClasses.functionWords.words("be_forms")
    private static let futureModals = WordClasses.functionWords.words("future_modals")
    private static let conditionalModals = WordClasses.functionWords.words("conditional_modals")
    private static let observationVerbs = Set(WordClasses.functionWords.list("observation_verbs"))
    private static let preambleAdjectives = Set(WordClasses.functionWords.list("preamble_adjectives"))
    private static let blockers = WordClasses.functionWords.words("blockers")
    private static let subordinators = WordClasses.functionWords.words("subordinators")
    private static let subjectNouns = WordClasses.functionWords.words("subject_nouns")
    private static let actorHeads = WordClasses.readerWords.words("actor_heads")
    private static let nounsAfterTo = WordClasses.functionWords.words("nouns_after_to")
    private static let ruleOnlyVerbs = WordClasses.functionWords.words("rule_only_verbs")
    private static let invertedConditionals = WordClasses.functionWords.words("inverted_conditionals")

    /// Codes the sentence given as tokens; `personStarts` are the tokens where the recogniser
    /// found a person's name ("received Erdogan at the palace"), `dates` the days the sentence names.
    func code(_ tokens: [Token], personStarts: Set<Int>, dates: [Range<Int>] = []) -> SpeechAct {
        let marks = Layout.Marks(personStarts: personStarts, dates: dates)
        guard let attribution = trailingAttribution(tokens) else {
            var act = codeClause(tokens, marks: marks)
            if let first = tokens.first, Self.quoteMarks.contains(first.text) { act.quotation = .unattributed }
            return act
        }
        // '"We will work with our brothers in Tehran," Faisal said.': the quotation is the act,
        // its speaker the actor; a quotation with no act of its own is the speaker's statement.
        var act = codeClause(Array(tokens[..<attribution.close]), marks: marks)
        act.isPast = Self.isPast(tokens)
        act.subject = .tokens(attribution.speaker)
        act.quotation = .attributed
        if act.cameo == nil {
            let reporting = attribution.verb
            act.verb = reporting.match.verb.lemma
            act.verbIsListed = true
            act.verbIndex = reporting.index
            act.verbTokens = reporting.index..<(reporting.index + reporting.match.length)
            act.cameo = reporting.code
            act.cameoRule = "a quotation with no act of its own, attributed after it: the speaker's \"\(reporting.match.verb.lemma)\" (\(reporting.code))"
            act.cameoCue = act.verbTokens
            act.acts = [reporting.code]
        } else {
            act.cameoRule = (act.cameoRule ?? "") + "; the quotation's speaker follows it"
        }
        return act
    }

    /// Where a quotation that opens the sentence is attributed after its closing mark
    /// ('"...," Wang said.', '"...," said a senior official.'): the closing mark, the speaker's
    /// words and the reporting verb, a statement verb of the lexicon within eight words of it.
    private func trailingAttribution(_ tokens: [Token]) -> (close: Int, speaker: Range<Int>, verb: (index: Int, match: VerbLexicon.Match, code: String))? {
        guard let first = tokens.first, Self.quoteMarks.contains(first.text),
            let close = tokens.indices.dropFirst().last(where: { Self.quoteMarks.contains(tokens[$0].text) }),
            close > 1, tokens[close - 1].text == "," || (close + 1 < tokens.count && tokens[close + 1].text == ",")
        else { return nil }
        let start = close + 1 < tokens.count && tokens[close + 1].text == "," ? close + 2 : close + 1
        let end = min(tokens.count, start + 8)
        guard let (index, match) = (start..<end).lazy.compactMap({ index in self.lexicon.match(tokens, at: index).map { (index, $0) } }).first,
            let code = match.verb.code, code.hasPrefix("01")
        else { return nil }
        // "Wang said" or "said Wang": the speaker before the verb, else after it up to a comma or the end.
        var speaker = start..<index
        if speaker.isEmpty {
            let after = index + match.length
            let stop = tokens[after...].firstIndex { !$0.isWord && $0.text != "." && $0.text != "-" } ?? tokens.count
            speaker = after..<stop
        }
        guard !speaker.isEmpty else { return nil }
        return (close, speaker, (index, match, code))
    }

    private static let quoteMarks: Set<String> = ["\"", "“", "”"]

    /// Codes one clause given as tokens.
    private func codeClause(_ tokens: [Token], marks: Layout.Marks) -> SpeechAct {
        let boundaries = Layout(tokens, marks: marks)
        var act = SpeechAct()
        act.isPast = Self.isPast(tokens)
        act.normativeModal = tokens.firstIndex { Self.normativeModals.contains(textOf: $0) }
        if let preamble = preamble(tokens, layout: boundaries) { return preamble }
        let found = mainVerb(tokens, boundaries: boundaries)
        // "WE, the Heads of State ..., gathered in Belém": a verb before the gathering word is inside
        // the apposition; so is a participle after it not in capitals ("on the occasion of the Annual
        // Meeting of the Nile Council of Ministers held in Kampala").
        if let opening = declarationOpening(tokens), case let gathering = opening.cameoCue?.lowerBound ?? 0, found.map({ verb in
            verb.0 < gathering || (verb.0 > gathering && verb.2?.isPast == true && !Self.isShouted(tokens[verb.0]))
        }) ?? true {
            return opening
        }
        guard let (verbIndex, auxStart, main) = found else {
            return infinitiveOfPurpose(tokens, layout: boundaries)
                ?? act.normativeModal.map { normativeStatement(tokens, modal: $0) } ?? act
        }
        // "China's foreign ministry said that defence cooperation should not target ...": a modal
        // after a verb of saying belongs to what is reported, not to the sentence's own stance.
        if main?.verb.code?.hasPrefix("01") == true, let modal = act.normativeModal, modal > verbIndex { act.normativeModal = nil }
        let next = verbIndex + (main?.length ?? 1)
        act.verbIndex = verbIndex
        act.verbTokens = verbIndex..<next
        act.verb = main?.verb.lemma ?? tokens[verbIndex].lower
        act.verbIsListed = main != nil
        if Self.narrationVerbs.contains(lowerOf: tokens[verbIndex])
            || (Self.narrationPassives.contains(lowerOf: tokens[verbIndex]) && followsBe(tokens, at: verbIndex, layout: boundaries)
                && boundaries.nextNonAdverb(from: next) < tokens.count
                && tokens[boundaries.nextNonAdverb(from: next)].lower == "by")
        {
            act.isNarration = true
            act.subject = subject(tokens, boundaries: boundaries, before: auxStart)
            return act
        }
        let zone = tokens[auxStart..<verbIndex].map(\.lower)
        let negation = zone.indices.first { index in
            // "not only ... but also" is no negation.
            let word = zone[index]
            return (word == "not" && (index + 1 >= zone.count || zone[index + 1] != "only")) || word == "never" || word.hasSuffix("n't")
                || word == "cannot"
        }
        if let negation, !(verbIndex < tokens.count && tokens[verbIndex].lower == "only") {
            act.negated = true
            act.negationCue = auxStart + negation
        }
        if let future = zone.indices.first(where: { Self.futureModals.contains(zone[$0]) || isFuturePhrase(tokens, at: auxStart + $0) }) {
            act.modality = .future
            act.modalityCue = auxStart + future
            // "The Swiss government is expected to put the text ...": what the writer expects.
            act.isFuturePhrase = isFuturePhrase(tokens, at: auxStart + future)
            act.isPrediction = act.isFuturePhrase && Self.predictionPhrases.contains(zone[future])
        } else if let conditional = zone.firstIndex(where: { Self.conditionalModals.contains($0) }) {
            act.modality = .conditional
            act.modalityCue = auxStart + conditional
        }
        let isBe = zone.contains { Self.beForms.contains($0) }
        // "It was agreed that ...", "It was decided to ...": the parties together did it.
        act.agentIsAllParties = isBe && Self.impersonalPassives.contains(lowerOf: tokens[verbIndex])
            && segmentStart(auxStart, boundaries) + 1 == auxStart && tokens[auxStart - 1].lower == "it"
        // "were discussed" is passive; "are committed to", "are determined" are intents.
        let passive = main?.isPast == true && isBe && !act.agentIsAllParties
            && !(next < tokens.count && tokens[next].lower == "to") && main?.verb.code?.hasPrefix("03") != true
        // "It was co-chaired by U.S. Secretary of State Antony Blinken, ...": a passive with its
        // agent is the agent's act.
        let agent = passive ? passiveAgent(tokens, after: next, layout: boundaries) : nil
        // "Two further agreements were signed", "The declaration was adopted": a signing with no
        // agent is the parties' together (057).
        let patient = segmentStart(auxStart, boundaries)..<auxStart
        let signing = passive && agent == nil ? main.map { passiveCode($0.verb, tokens: tokens, patient: patient, after: next, layout: boundaries) } : nil
        if signing?.code == "057" { act.agentIsAllParties = true }
        // "Signed in Belmopan, Belize, on the fifteenth day of December ...": a declaration's
        // closing signing, with no subject, is the parties' too.
        if verbIndex == 0, main?.isPast == true, main?.verb.code == "057" { act.agentIsAllParties = true }
        act.subjectIsPatient = passive && agent == nil && !act.agentIsAllParties
        if let main, !passive || agent != nil || act.agentIsAllParties {
            // "agreed not to take any unilateral measures": a commitment not to act is the
            // commitment's code, negated.
            let not = boundaries.nextNonAdverb(from: next)
            let negatedInfinitive = !act.negated && not + 1 < tokens.count && ["not", "never"].contains(tokens[not].lower)
                && tokens[not + 1].lower == "to"
            if negatedInfinitive {
                act.negated = true
                act.negationCue = not
                act.negationRule = "\"\(tokens[not].lower) to\" after the main verb: a commitment not to act"
            }
            let coded =
                if let signing, act.agentIsAllParties { signing }
                else if agent == nil { code(main.verb, tokens: tokens, after: negatedInfinitive ? not + 1 : next, layout: boundaries) }
                else { passiveCode(main.verb, tokens: tokens, patient: patient, after: next, layout: boundaries) }
            act.cameo = coded.code
            act.cameoRule = coded.rule
            act.cameoCue = verbIndex..<max(next, (coded.cue ?? verbIndex) + 1)
        }
        if act.modality == .future, let modal = act.modalityCue {
            let code = futureCode(act.cameo, modal: tokens[modal])
            if code != act.cameo, let code {
                act.cameoRule = (act.cameoRule.map { $0 + "; " } ?? "") + "future \"\(tokens[modal].lower)\": \(code)"
                act.cameoCue = modal..<(act.cameoCue?.upperBound ?? next)
            }
            act.cameo = code
        }
        if let cameo = act.cameo { act.acts.append(cameo) }
        act.acts += coordinatedActs(tokens, after: next, pastOnly: main?.isPast ?? false, layout: boundaries)
        act.subject = agent.map { .tokens($0) } ?? subject(tokens, boundaries: boundaries, before: auxStart)
        // "The meeting also addressed the latest developments", "The talks focused on trade": the
        // meeting as the subject of what it covered is the parties' consultation.
        if case .tokens(let subject) = act.subject, act.modality != .future, !act.negated,
            isMeetingSubject(tokens, from: subject.lowerBound, verb: verbIndex)
        {
            act.isMeetingSubject = true
            act.cameo = "040"
            act.cameoRule = "the meeting (reader_words.tsv meeting_nouns) as the subject of \"\(tokens[verbIndex].lower)\" (meeting_content_verbs): a consultation (040)"
            act.cameoCue = verbIndex..<next
            act.acts = ["040"] + act.acts.dropFirst(act.acts.isEmpty ? 0 : 1)
        }
        return act
    }

    /// The code of a passive verb with its agent: a person received or welcomed ("Minister
    /// Bayramov was received by President Erdoğan") is the agent's `obj:person` act, and the
    /// subject is the object of the verb's other `obj:` rules ("The agreement was exchanged in the
    /// presence of ..."); otherwise the verb's code by the words after it.
    private func passiveCode(_ verb: VerbLexicon.Verb, tokens: [Token], patient: Range<Int>, after next: Int, layout: Layout) -> (code: String?, rule: String, cue: Int?) {
        for rule in verb.rules {
            guard case .object(let words, let code) = rule else { continue }
            if words.contains("person"), patient.contains(where: { startsPerson(tokens, at: $0, layout: layout) }) {
                return (code, "verbs.tsv \"\(verb.lemma)\" obj:person=\(code), a person its passive subject", nil)
            }
            // "The agreements were exchanged": the passive's subject is the object.
            if let head = patient.first(where: { words.contains(tokens[$0].lower) }) {
                return (code, "verbs.tsv \"\(verb.lemma)\" obj:\(tokens[head].lower)=\(code), its passive subject", head)
            }
        }
        return code(verb, tokens: tokens, after: next, layout: layout)
    }

    /// The agent of a passive verb ending at `start`: "by" and the words after it up to the next
    /// clause boundary ("co-chaired by A, B and C" takes every name of the list), not "by" and a
    /// gerund ("was marked by rising tensions" is an agent, "was done by imposing" is not).
    private func passiveAgent(_ tokens: [Token], after start: Int, layout: Layout) -> Range<Int>? {
        var by = layout.nextNonAdverb(from: start)
        // "was welcomed at Baghdad airport by ...", "at Jose Marti International Airport by ...":
        // a place of a few words before the agent.
        if by < tokens.count, ["at", "in"].contains(tokens[by].lower),
            let later = ((by + 2)..<min(tokens.count, by + 8)).first(where: { tokens[$0].lower == "by" }),
            tokens[(by + 1)..<later].allSatisfy(\.isWord)
        {
            by = later
        }
        guard by + 1 < tokens.count, tokens[by].lower == "by", !tokens[by + 1].lower.hasSuffix("ing") else {
            return layout.presence
        }
        var end = by + 1
        // "..., where he delivered a message from President ...": a relative clause after a comma
        // is not the agent's; the period of "Hon." does not end it.
        while end < tokens.count, tokens[end].text != ";", end < by + 40,
            tokens[end].text != "." || SentenceSplitter.titles.contains(tokens[end - 1].text),
            !(tokens[end].text == "," && end + 1 < tokens.count && Self.clauseRelatives.contains(lowerOf: tokens[end + 1]))
        {
            end += 1
        }
        return (by + 1)..<end
    }

    /// Who a passive act was done before ("The agreement was exchanged in the presence of Prime
    /// Minister Anwar and his Singaporean counterpart", "In the presence of the two Prime
    /// Ministers, ... were signed"): the words after "in the presence of" up to the next comma or
    /// clause boundary, the act's agent.
    private static func presence(_ tokens: [Token]) -> Range<Int>? {
        guard let at = tokens.indices.dropFirst().first(where: { tokens[$0].lower == "presence" && tokens[$0 - 1].lower == "the" }),
            at + 2 < tokens.count, tokens[at + 1].lower == "of"
        else { return nil }
        let end = tokens[(at + 2)...].firstIndex { [",", ";", ".", ":"].contains($0.text) } ?? tokens.count
        return end > at + 2 ? (at + 2)..<end : nil
    }

    private static let pastAuxiliaries = WordClasses.functionWords.words("past_auxiliaries")
    private static let presentAuxiliaries = WordClasses.functionWords.words("present_auxiliaries")
    private static let normativeModals = WordClasses.functionWords.words("normative_modals")
    private static let pronounSubjects = WordClasses.functionWords.words("pronoun_subjects")

    /// Whether the first finite verb or auxiliary of the sentence is past or perfect.
    private static func isPast(_ tokens: [Token]) -> Bool {
        let past = pastAuxiliaries
        let present = presentAuxiliaries
        for index in tokens.indices {
            let token = tokens[index]
            if past.contains(lowerOf: token) { return true }
            if present.contains(lowerOf: token) { return false }
            // "Iran fired ...", "Israel, with the help of its partners, defeated ...".
            if index > 0, token.lower.hasSuffix("ed"), !token.isCapitalized,
                tokens[index - 1].isCapitalized || tokens[index - 1].text == "," || pronounSubjects.contains(lowerOf: tokens[index - 1])
            {
                return true
            }
        }
        return false
    }

    /// "is expected to", "is scheduled to", "are due to": a future as a modal says it, at the
    /// participle (`future_phrases`).
    private func isFuturePhrase(_ tokens: [Token], at index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index + 1].lower == "to" && Self.futurePhrases.contains(lowerOf: tokens[index])
            && Self.beForms.contains(lowerOf: tokens[index - 1])
    }

    private static let futurePhrases = WordClasses.functionWords.words("future_phrases")
    private static let predictionPhrases = Set(WordClasses.functionWords.list("prediction_phrases"))

    /// A future act is an intent to cooperate (030), or to meet (036) for a consultation verb,
    /// unless it is a statement, appeal, praise or disapproval.
    private func futureCode(_ code: String?, modal: Token) -> String? {
        guard let code else { return "030" }
        // "we will sign a new treaty": an intent to cooperate, not yet a signing (a declaration's
        // "To ADOPT ..." adopts it).
        if code == "057", Self.futureModals.contains(lowerOf: modal) { return "030" }
        switch code.prefix(2) {
        case "01", "02", "05", "10", "11", "12", "13": return code
        case "04": return "036"
        default: return "030"
        }
    }

    /// The first main verb: its index, where its auxiliaries start, and its lexicon entry
    /// (nil for a verb outside the lexicon after a modal, "will hunt down").
    private func mainVerb(_ tokens: [Token], boundaries: Layout) -> (Int, Int, VerbLexicon.Match?)? {
        for index in tokens.indices {
            // "We SHALL NOT authorise": a modal in capitals too, not a name ("Will Smith").
            if !tokens[index].isCapitalized || Self.isShouted(tokens[index]),
                Self.futureModals.contains(lowerOf: tokens[index]) || Self.conditionalModals.contains(lowerOf: tokens[index])
                    || isFuturePhrase(tokens, at: index)
            {
                guard subjectCanEnd(tokens, before: index, boundaries: boundaries) else { continue }
                // The first word after the modal that is not an adverb or auxiliary.
                var verb = boundaries.nextNonAuxiliary[index + 1]
                // "will more closely coordinate", "will (i) modify ...": adverbs and enumerators before the verb.
                while verb < tokens.count {
                    let word = tokens[verb].lower
                    if word == "more" || (word.hasSuffix("ly") && lexicon.match(tokens, at: verb) == nil) {
                        verb = boundaries.nextNonAuxiliary[verb + 1]
                    } else if word == "(", verb + 2 < tokens.count, tokens[verb + 2].text == ")", tokens[verb + 1].text.utf8.count <= 4 {
                        verb = boundaries.nextNonAuxiliary[verb + 3]
                    } else {
                        break
                    }
                }
                guard verb < tokens.count, tokens[verb].isWord, !tokens[verb].isCapitalized || Self.isShouted(tokens[verb]),
                    !Self.blockers.contains(lowerOf: tokens[verb]), tokens[verb].text.first?.isNumber == false
                else { continue }
                return (verb, auxiliaryStart(tokens, before: index, layout: boundaries), lexicon.match(tokens, at: verb))
            }
            // "Doha, State of Qatar": a capitalised word before "of" opens a name, even at a segment's
            // start; so does an adjective of the lexicon before a capitalised word ("Concerned Veterans
            // for America"; not "Expanded ICE enforcement capacity").
            let opensName = index + 1 < tokens.count && tokens[index].isCapitalized && !Self.isShouted(tokens[index])
                && (tokens[index + 1].text == "of"
                    || (tokens[index + 1].isCapitalized && !Self.isShouted(tokens[index + 1])
                        && lexicon.match(tokens, at: index).map { $0.verb.lemma == tokens[index].lower && $0.verb.lemma.hasSuffix("ed") } == true))
            guard let match = lexicon.match(tokens, at: index), !opensName,
                !tokens[index].isCapitalized || isSegmentStart(index, boundaries) || isShoutedAfterSubject(tokens, at: index, layout: boundaries)
                    || isShoutedOpening(tokens, at: index, layout: boundaries)
            else {
                continue
            }
            // "had an in-depth exchange of views": an auxiliary, or a word that is mostly not a
            // verb ("back"), is the main verb only where its object makes it an act ("had agreed",
            // "come back to" are not).
            if Self.ruleOnlyVerbs.contains(lowerOf: tokens[index]),
                startsVerbPhrase(tokens, at: boundaries.nextNonAdverb(from: index + match.length))
                    || code(match.verb, tokens: tokens, after: index + match.length, layout: boundaries).code == nil
            {
                continue
            }
            // "We, the Leaders of the G7, unequivocally condemn": only adverbs between the comma and the verb
            // (auxiliaries other than "to" count with them, as in `previousWord`).
            let opensSegment = (previousWord(tokens, before: index, layout: boundaries) ?? -1) < segmentStart(index, boundaries)
            let before = previousWord(tokens, before: index, layout: boundaries)
            let afterIndex = index + match.length
            if match.isGerund, !followsBe(tokens, at: index, layout: boundaries) { continue }
            if isParticipleAdverbial(tokens, at: index, match: match, layout: boundaries) { continue }
            if let before, Self.blockers.contains(lowerOf: tokens[before]) { continue }
            // "as we inaugurate", "that we have witnessed": a pronoun's clause put inside another.
            if let before, before > 0, Self.personalPronouns.contains(lowerOf: tokens[before]),
                Self.subordinators.contains(lowerOf: tokens[before - 1]) || tokens[before - 1].lower == "that"
            {
                continue
            }
            if afterIndex < tokens.count, tokens[afterIndex].text == "-" { continue }
            // "The meeting was co-chaired by ...": any noun can be the subject of a passive with its
            // agent, and of a signing in the sentence's first clause ("Four cooperation documents were signed").
            let passiveWithAgent = match.isPast && followsBe(tokens, at: index, layout: boundaries)
                && (passiveAgent(tokens, after: afterIndex, layout: boundaries) != nil
                    || (match.verb.code == "057" && isFirstClause(tokens, at: index, boundaries)))
            // "The Philippine military said ...": a party's body before a statement verb ends the subject.
            let afterActorHead = before.map { Self.actorHeads.contains(lowerOf: tokens[$0]) } == true && match.verb.code?.hasPrefix("01") == true
            if !opensSegment, !passiveWithAgent, !afterActorHead, !subjectCanEnd(tokens, before: index, boundaries: boundaries) { continue }
            if startsWithSubordinator(tokens, segmentStart: segmentStart(index, boundaries), verb: index, layout: boundaries) { continue }
            if followsSubordinateAfterVerb(tokens, verb: index, layout: boundaries) { continue }
            if isTrailingAttribution(tokens, verb: index, length: match.length, code: match.verb.code, layout: boundaries) { continue }
            return (index, auxiliaryStart(tokens, before: index, layout: boundaries), match)
        }
        return unlistedVerb(tokens, boundaries: boundaries)
    }

    /// A past participle that opens an adverbial, not the main verb: the question a speaker
    /// answers ("Asked about the summit, Kishida said ..."), or a reduced relative clause set off
    /// by commas after a noun ("The agreement, signed in 2018, entered into force ...").
    private func isParticipleAdverbial(_ tokens: [Token], at index: Int, match: VerbLexicon.Match, layout: Layout) -> Bool {
        let after = index + match.length
        guard match.isPast, after < tokens.count, tokens[(after + 1)...].contains(where: { $0.text == "," }) else { return false }
        if index == 0 { return Self.questionWords.contains(lowerOf: tokens[after]) }
        // "The President of the Council of Ministers, Giorgia Meloni, arrived today in Algiers ...":
        // after a person's name set off by commas the participle is the main verb.
        let afterName = layout.personStarts.contains { start in
            start < index - 1 && start >= index - 6 && tokens[start..<(index - 1)].allSatisfy { $0.isWord && $0.isCapitalized }
        }
        return tokens[index - 1].text == "," && !afterName && Self.prepositions.contains(lowerOf: tokens[after])
            && Self.determiners.contains(lowerOf: tokens[0]) && !tokens[..<index].contains { $0.lower == "and" }
    }

    private static let questionWords = WordClasses.functionWords.words("question_words")
    private static let determiners = WordClasses.functionWords.words("determiners")

    /// Whether the words from `start` to `verb` name the meeting the statement tells of, as the
    /// subject of what it covered: "The talks focused on", "Today's meeting also addressed"; not
    /// "a new dialogue focused on" nor "The meeting was a dialogue focused on".
    private func isMeetingSubject(_ tokens: [Token], from start: Int, verb: Int) -> Bool {
        guard start < verb, verb < tokens.count, Self.definiteOpeners.contains(lowerOf: tokens[start]),
            Self.meetingContentVerbs.contains(lowerOf: tokens[verb]),
            let head = (start..<verb).last(where: { tokens[$0].isWord && !Self.adverbs.contains(lowerOf: tokens[$0]) }),
            Self.meetingNouns.contains(lowerOf: tokens[head])
        else { return false }
        return !tokens[start..<verb].contains { Self.beForms.contains(lowerOf: $0) }
    }

    /// A verb outside the lexicon right after a plain subject ("We remain", "The leaders
    /// announced"): the actor is known even where the act has no code.
    private func unlistedVerb(_ tokens: [Token], boundaries: Layout) -> (Int, Int, VerbLexicon.Match?)? {
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            // A day ("on 26 September") and what the layout steps over as an adverb are no verb.
            guard token.isWord, !token.isCapitalized, !token.startsWithNumber, boundaries.previousNonAdverb[index + 1] == index,
                !Self.blockers.contains(lowerOf: token), !Self.subjectNouns.contains(lowerOf: token),
                !Self.adverbs.contains(lowerOf: token), !Self.conjunctions.contains(lowerOf: token),
                !Self.prepositions.contains(lowerOf: token), !Self.nonVerbs.contains(lowerOf: token), !token.lower.hasSuffix("ing"), !boundaries.contains(index - 1)
            else { continue }
            // "I hereby direct": adverbs may stand between the subject and the verb.
            let beforeIndex = boundaries.previousNonAdverb[index]
            guard beforeIndex >= 0, !boundaries.contains(beforeIndex) else { continue }
            let before = tokens[beforeIndex]
            guard before.isWord, Self.personalPronouns.contains(lowerOf: before) || (Self.subjectNouns.contains(lowerOf: before) && before.lower != "both")
                || (before.isCapitalized && !Self.blockers.contains(lowerOf: before) && looksFinite(tokens, at: index))
                || isMeetingSubject(tokens, from: segmentStart(index, boundaries), verb: index),
                !startsWithSubordinator(tokens, segmentStart: segmentStart(index, boundaries), verb: index, layout: boundaries),
                !followsSubordinateAfterVerb(tokens, verb: index, layout: boundaries)
            else { continue }
            if let match = lexicon.match(tokens, at: index),
                isTrailingAttribution(tokens, verb: index, length: match.length, code: match.verb.code, layout: boundaries)
            {
                continue
            }
            var verb = index
            while verb + 1 < tokens.count,
                Self.auxiliaries.contains(lowerOf: tokens[verb]) || Self.adverbs.contains(lowerOf: tokens[verb]) || tokens[verb].lower.hasSuffix("ly"),
                tokens[verb + 1].isWord, !tokens[verb + 1].isCapitalized, !Self.blockers.contains(lowerOf: tokens[verb + 1])
            {
                verb += 1
            }
            // "We are proud of ...": a word after "be" that is no verb form leaves "be" the verb.
            if verb > index, lexicon.match(tokens, at: verb) == nil, Self.beForms.contains(lowerOf: tokens[verb - 1]),
                !["ed", "en", "ing"].contains(where: { tokens[verb].lower.hasSuffix($0) })
            {
                verb -= 1
            }
            return (verb, index, lexicon.match(tokens, at: verb))
        }
        return nil
    }

    /// Whether a word after a name reads as a finite verb: "-s" or "-ed" and then an object
    /// ("Canada represents an ..."), not a plural noun ("Afghan forces such as ...").
    private func looksFinite(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lower
        guard (word.hasSuffix("s") && !word.hasSuffix("ss")) || word.hasSuffix("ed"), index + 1 < tokens.count else { return false }
        return Self.objectStarters.contains(lowerOf: tokens[index + 1])
    }

    private static let objectStarters = WordClasses.functionWords.words("object_starters")
    private static let conjunctions = WordClasses.functionWords.words("conjunctions")
    private static let personalPronouns = WordClasses.functionWords.words("personal_pronouns")

    /// A verb form right after a form of "be", adverbs between: a progressive ("are taking",
    /// "are also launching") or a passive ("was co-chaired").
    private func followsBe(_ tokens: [Token], at index: Int, layout: Layout) -> Bool {
        let cursor = layout.previousNonAdverb[index]
        return cursor >= 0 && Self.beForms.contains(lowerOf: tokens[cursor])
    }

    /// Whether the words before `index` (skipping auxiliaries and adverbs) can end a subject.
    private func subjectCanEnd(_ tokens: [Token], before index: Int, boundaries: Layout) -> Bool {
        guard let before = previousWord(tokens, before: index, layout: boundaries) else { return false }
        if boundaries.contains(before) { return false }
        let token = tokens[before]
        if startsWithSubordinator(tokens, segmentStart: segmentStart(index, boundaries), verb: index, layout: boundaries) { return false }
        // "Cho Tae-yul held": a hyphenated name's tail in lower case.
        let endsHyphenatedName = before >= 2 && tokens[before - 1].text == "-" && tokens[before - 2].isCapitalized
            && tokens[before - 1].start == tokens[before - 2].end && tokens[before - 2].text.allSatisfy(\.isLetter)
            && !token.lower.hasSuffix("ed") && !token.lower.hasSuffix("ing")
        // "Côte d'Ivoire agreed": an elided particle before a capital ends a name.
        let endsElidedName = token.text.utf8.count > 3 && ["d'", "l'"].contains(String(token.text.prefix(2)))
            && token.text.dropFirst(2).first?.isUppercase == true
        // "The two heads of state discussed": an office's "of state" or "of government" ends it.
        let endsHeadsOf = before >= 2 && ["state", "government"].contains(token.lower) && tokens[before - 1].lower == "of"
            && ["head", "heads"].contains(tokens[before - 2].lower)
        // "Each of us will continue": "us" after "of" ends a subject of some or all of the parties
        // (not before a perfect: "Each of us has visited Ukraine" tells a deed).
        let endsEachOf = before >= 2 && token.lower == "us" && tokens[before - 1].lower == "of"
            && Self.quantifiersOfParties.contains(lowerOf: tokens[before - 2]) && !Self.perfectAuxiliaries.contains(lowerOf: tokens[before + 1])
        return token.isCapitalized || Self.subjectNouns.contains(lowerOf: token) || token.text == ")" || token.text == "."
            || token.text == "Jr" || endsHyphenatedName || endsElidedName || endsHeadsOf || endsEachOf
    }

    private static let quantifiersOfParties = WordClasses.readerWords.words("quantifiers_of_parties")
    private static let perfectAuxiliaries = WordSet(["has", "have", "had"])

    /// Whether a statement verb ends the sentence after a comma with a short speaker before it
    /// (", officials said.", ", the ministry said on Monday."): the guide codes the clause before
    /// such an attribution, not the attribution.
    private func isTrailingAttribution(_ tokens: [Token], verb: Int, length: Int, code: String?, layout: Layout) -> Bool {
        guard code?.hasPrefix("01") == true else { return false }
        let start = segmentStart(verb, layout)
        guard start > 1, tokens[start - 1].text == ",", verb - start <= 5, verb > start,
            !tokens[start..<verb].contains(where: { Self.auxiliaries.contains(lowerOf: $0) })
        else { return false }
        // No object after it: the sentence ends, or an adverbial does ("on Monday", "in a statement").
        let after = verb + length
        if after < tokens.count, tokens[after].isWord, !Self.prepositions.contains(lowerOf: tokens[after]),
            !Self.adverbs.contains(lowerOf: tokens[after]), !Self.weekdays.contains(textOf: tokens[after])
        {
            return false
        }
        let wordsAfter = tokens[after...].lazy.filter(\.isWord).count
        // "To this end, the sides agreed to:" opens a list; no attribution does.
        return wordsAfter <= 4 && !tokens[after...].contains { $0.lower == "that" || $0.text == "," || $0.text == ":" }
    }

    /// Whether the segment from `segmentStart` to the verb opens with a subordinator or holds
    /// a relative pronoun after its first word.
    private func startsWithSubordinator(_ tokens: [Token], segmentStart: Int, verb: Int, layout: Layout) -> Bool {
        guard segmentStart < verb else { return false }
        if Self.subordinators.contains(lowerOf: tokens[segmentStart]) { return true }
        // ", and whatever issues we have will be resolved": a conjunction before the subordinator.
        if segmentStart + 1 < verb, Self.conjunctions.contains(lowerOf: tokens[segmentStart]),
            Self.subordinators.contains(lowerOf: tokens[segmentStart + 1])
        {
            return true
        }
        // "Should Brazil request it, France is ready to ...": a conditional put first by inversion.
        if segmentStart == 0, Self.invertedConditionals.contains(textOf: tokens[0]) { return true }
        return layout.previousRelative[verb] > segmentStart
    }

    /// Whether the verb at `index` stands in a clause that a subordinator opens right after a
    /// verb the lexicon does not list, in the same segment ("The visit comes as both governments
    /// seek ...": "seek" is the subordinate clause's, "comes" the main verb): the word before the
    /// subordinator is a finite form in "-s" or "-ed" after a noun, not a subject's plural.
    private func followsSubordinateAfterVerb(_ tokens: [Token], verb index: Int, layout: Layout) -> Bool {
        layout.previousInnerClause[index] >= segmentStart(index, layout) + 2
    }

    /// Whether the subordinator at `cursor` (the layout has found it one) opens a clause inside
    /// another right after its verb: a word in "-s" or "-ed" the lexicon does not list, after a
    /// word that can end a noun.
    private static func opensInnerClause(_ tokens: [Token], at cursor: Int) -> Bool {
        guard cursor >= 2, tokens[cursor].isWord else { return false }
        let before = tokens[cursor - 1]
        let word = before.lower
        guard before.isWord, !before.isCapitalized, (word.hasSuffix("s") && !word.hasSuffix("ss")) || word.hasSuffix("ed"),
            !subjectNouns.contains(lowerOf: before), VerbLexicon.shared.match(tokens, at: cursor - 1) == nil,
            !auxiliaries.contains(lowerOf: before), !adverbs.contains(lowerOf: before)
        else { return false }
        let subject = tokens[cursor - 2]
        return subject.isWord && !blockers.contains(lowerOf: subject) && !prepositions.contains(lowerOf: subject)
    }

    /// The index of the nearest word before `index` that is not an auxiliary or adverb.
    private func previousWord(_ tokens: [Token], before index: Int, layout: Layout) -> Int? {
        let cursor = layout.previousWord[index]
        return cursor >= 0 ? cursor : nil
    }

    private func auxiliaryStart(_ tokens: [Token], before index: Int, layout: Layout) -> Int {
        (previousWord(tokens, before: index, layout: layout) ?? -1) + 1
    }

    /// The CAMEO code of `verb` given the words that follow it, the rule or lexicon entry that
    /// gave it, and the token that decided it (nil when the verb's own code did).
    private func code(_ verb: VerbLexicon.Verb, tokens: [Token], after start: Int, layout: Layout) -> (code: String?, rule: String, cue: Int?) {
        let immediate = start < tokens.count ? tokens[start].lower : ""
        let next = layout.nextNonAdverb(from: start)
        let following = next < tokens.count ? tokens[next].lower : ""
        let object = objectWords(tokens, from: next)
        let entry = "verbs.tsv \"\(verb.lemma)\""
        // "received in Brasília the Minister of ...": where a person received would start.
        let person = afterPlace(tokens, from: next, layout: layout)
        // "confirmed that they would implement ...": a statement of what the parties will do is their
        // intent ("noted that the two countries would mark ..." is what the speaker observed, unless
        // it is "we" who will act).
        if verb.code == "010", following == "that", let modal = partiesWillAct(tokens, from: next + 1, layout: layout),
            !Self.observationVerbs.contains(verb.lemma) || tokens[next + 1].lower == "we"
        {
            return ("030", entry + " that; the parties \"\(tokens[modal].lower)\" act: an intent (030)", modal)
        }
        for rule in verb.rules {
            switch rule {
            case .that(let code) where following == "that":
                return (code, entry + " that=\(code)", next)
            case .toVerb(let code) where following == "to" && isVerb(tokens, at: next + 1, layout: layout):
                return (code, entry + " to=\(code)", next + 1)
            case .toNoun(let code) where following == "to" && !namesAction(tokens, at: next + 1, layout: layout):
                return (code, entry + " to:noun=\(code)", next)
            case .nextPerson(let word, let code) where following == word && startsPerson(tokens, at: next + 1, layout: layout)
                && !asksToAct(tokens, after: next + 1, layout: layout):
                return (code, entry + " \(word):person=\(code)", next + 1)
            case .next(let word, let code) where following == word || immediate == word:
                return (code, entry + " \(word)=\(code)", following == word ? next : start)
            case .later(let word, let code):
                if let later = tokens.lastIndex(where: { $0.lower == word }), later >= next { return (code, entry + " ~\(word)=\(code)", later) }
            case .object(let words, let code) where words.contains("person") && startsPerson(tokens, at: person, layout: layout)
                && !namesOwner(tokens, from: person):
                return (code, entry + " obj:person=\(code)", person)
            case .object(let words, let code) where words.contains("name") && Self.namesDocument(tokens, object: object):
                // "To ADOPT ASEAN 2045: Our Shared Future", "adopted the EAC Industrialisation Policy": a named document.
                return (code, entry + " obj:name=\(code)", next)
            case .object(let words, let code):
                // "paid a friendship and working visit": the object goes on after "and".
                let joined = object.last.map { $0 + 1 < tokens.count && tokens[$0 + 1].lower == "and" } == true
                    ? object + objectWords(tokens, from: (object.last ?? 0) + 2) : object
                // "welcomed his counterparts' views": a possessive head is not the object.
                if let head = words.contains("*") ? object.first : joined.first(where: { words.contains(tokens[$0].lower) && !isOwned(tokens, at: $0) }) {
                    return (code, entry + " obj:\(tokens[head].lower)=\(code)", head)
                }
            case .position:
                // A position's noun stands among the object's first five words, or after "with"
                // ("noted with satisfaction the signing of").
                let position = following == "with" ? objectWords(tokens, from: layout.nextNonAdverb(from: next + 1)) : object
                for index in position.prefix(5) {
                    guard let noun = lexicon.objectNouns[lowerOf: tokens[index]] else { continue }
                    let nounEntry = entry + " position; object_nouns.tsv \"\(tokens[index].lower)\""
                    if let toVerb = noun.beforeToVerb, let to = Self.toAfterNoun(tokens, at: index) {
                        return namesAction(tokens, at: to + 1, layout: layout)
                            ? (toVerb, nounEntry + " to=\(toVerb)", to + 1) : (noun.code, nounEntry + " \(noun.code)", index)
                    }
                    // "expressed its interest in participating": "in" and a gerund name an action too;
                    // a named party's interest is a position stated ("underlined Thailand's interest in attracting").
                    let namedOwner = index >= 2 && tokens[index - 1].isPossessive && tokens[index - 2].isCapitalized
                    if let toVerb = noun.beforeToVerb, !namedOwner, index + 2 < tokens.count, tokens[index + 1].lower == "in",
                        tokens[index + 2].lower.hasSuffix("ing"), !tokens[index + 2].isCapitalized
                    {
                        return (toVerb, nounEntry + " in+gerund=\(toVerb)", index + 2)
                    }
                    return (noun.code, nounEntry + " \(noun.code)", index)
                }
            default:
                continue
            }
        }
        return (verb.code, entry + " " + (verb.code ?? "-"), nil)
    }

    /// Whether an object is a name: capitalised from its first word, or after "the" for two
    /// words at least ("the EAC Industrialisation Policy", not "the American approach").
    private static func namesDocument(_ tokens: [Token], object: [Int]) -> Bool {
        guard let first = object.first else { return false }
        guard tokens[first].lower == "the" else { return tokens[first].isCapitalized }
        let words = object.dropFirst().prefix(2)
        return words.count == 2 && words.allSatisfy { tokens[$0].isCapitalized }
    }

    /// The "to" after the object noun at `index`: next to it, or after an "of" phrase of a few
    /// words ("the commitment of the new authorities to facilitating").
    private static func toAfterNoun(_ tokens: [Token], at index: Int) -> Int? {
        guard index + 1 < tokens.count else { return nil }
        if tokens[index + 1].lower == "to" { return index + 1 }
        guard tokens[index + 1].lower == "of",
            let to = tokens.indices[(index + 2)..<min(tokens.count, index + 7)].first(where: { tokens[$0].lower == "to" })
        else { return nil }
        return tokens[(index + 2)..<to].allSatisfy(\.isWord) ? to : nil
    }

    /// The future modal of a clause whose subject is the parties together ("they", "we", "both
    /// sides", "the two countries") right after "that" at `start`, with a verb after the modal.
    private func partiesWillAct(_ tokens: [Token], from start: Int, layout: Layout) -> Int? {
        guard start < tokens.count else { return nil }
        var end = start
        if ["they", "we"].contains(tokens[start].lower) {
            end = start + 1
        } else if let head = (start..<min(tokens.count, start + 3)).first(where: { Self.jointHeads.contains(lowerOf: tokens[$0]) }),
            tokens[start..<head].allSatisfy({ ["the", "both", "two"].contains($0.lower) })
        {
            end = head + 1
        }
        let modal = layout.nextNonAdverb(from: end)
        guard end > start, modal + 1 < tokens.count,
            Self.futureModals.contains(lowerOf: tokens[modal]), isVerb(tokens, at: modal + 1, layout: layout)
        else { return nil }
        return modal
    }

    private static let jointHeads = WordClasses.readerWords.words("joint_nouns")

    /// Whether the word at `index` is a verb form ("have organized", "had agreed"): a form of the
    /// lexicon or a word in "-ed".
    private func startsVerbPhrase(_ tokens: [Token], at index: Int) -> Bool {
        index < tokens.count && (lexicon.match(tokens, at: index) != nil || tokens[index].lower.hasSuffix("ed"))
    }

    /// Whether the words after "to" name an action to take rather than a principle: a verb
    /// ("commitment to combating"), or a noun of action with no determiner, before any
    /// preposition ("committed to further coordination", "commitment to systematic and in-depth
    /// consultation"); not "committed to the BRICS spirit", "to inclusive multilateralism" or
    /// "to the complete denuclearization of".
    private func namesAction(_ tokens: [Token], at start: Int, layout: Layout) -> Bool {
        if isVerb(tokens, at: start, layout: layout) { return true }
        guard start < tokens.count, !Self.blockers.contains(lowerOf: tokens[start]) else { return false }
        // A sum pledged ("committed to $122 million") is an intent; a possessive ("to Israel's security") a principle.
        if !tokens[start].isWord || tokens[start].text.first?.isNumber == true { return true }
        if start + 1 < tokens.count, tokens[start + 1].lower == "'s" { return false }
        var index = start
        while index < tokens.count, index < start + 8 {
            let token = tokens[index]
            let opensCompound = index + 1 < tokens.count && tokens[index + 1].text == "-"
            // "to good neighbourly relations, the peaceful resolution of ...": a comma ends the noun phrase.
            if (Self.prepositions.contains(lowerOf: token) && !opensCompound) || token.text == "," { return false }
            if token.isWord, !token.isCapitalized, Self.actionNounEndings.contains(where: { token.lower.hasSuffix($0) }) { return true }
            index += 1
        }
        return false
    }

    private static let actionNounEndings = WordClasses.readerWords.list("action_noun_endings")
    private static let quantityNouns = WordClasses.readerWords.words("quantity_nouns")

    /// Whether "to" and a verb follow within a dozen words ("called on the Secretary-General to
    /// appoint"): an appeal, not a courtesy call.
    private func asksToAct(_ tokens: [Token], after start: Int, layout: Layout) -> Bool {
        let end = min(tokens.count, start + 12)
        return (start..<end).contains { tokens[$0].lower == "to" && isVerb(tokens, at: $0 + 1, layout: layout) }
    }

    /// Whether a person starts at `index`, after an optional "the": a title ("President",
    /// "the Prime Minister") or a name the gazetteer knows as a person's.
    private func startsPerson(_ tokens: [Token], at start: Int, layout: Layout) -> Bool {
        let index = start < tokens.count && tokens[start].lower == "the" ? start + 1 : start
        guard index < tokens.count else { return false }
        if layout.personStarts.contains(index) { return true }
        if PersonTitles.match(tokens, at: index) != nil { return true }
        return Gazetteer.shared.match(tokens, at: index)?.entry.type == .person
    }

    /// Whether the word at `index` is followed by a possessive ("counterparts'", "delegation's").
    private func isOwned(_ tokens: [Token], at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].isPossessive
    }

    /// Where the object starts after a place put before it ("received in Brasília the Minister
    /// of ...", "received today at the Ministry's headquarters His Excellency ..."): the first
    /// person within six words after "in" or "at", no comma between; else `start`.
    private func afterPlace(_ tokens: [Token], from verbEnd: Int, layout: Layout) -> Int {
        // "received on Wednesday, 14 February 2024, at the Ministry headquarters Mr Ahmed Attaf": a day before the place.
        var start = layout.nextNonAdverb(from: verbEnd)
        while start < tokens.count, tokens[start].text == ",", start + 1 < tokens.count, start < verbEnd + 12 {
            start = layout.nextNonAdverb(from: start + 1)
        }
        if start > verbEnd, start < tokens.count, startsPerson(tokens, at: start, layout: layout) { return start }
        guard start < tokens.count, ["in", "at"].contains(tokens[start].lower) else { return verbEnd }
        var index = start + 2
        while index < min(tokens.count, start + 7), tokens[index - 1].text != "," {
            if startsPerson(tokens, at: index, layout: layout) { return index }
            index += 1
        }
        return verbEnd
    }

    /// Whether the capitalised words from `start` ("the Prime Minister's", "President Yoon's")
    /// end in a possessive: the object is what the person has, not the person.
    private func namesOwner(_ tokens: [Token], from start: Int) -> Bool {
        var index = start < tokens.count && tokens[start].lower == "the" ? start + 1 : start
        while index < tokens.count, index < start + 8, tokens[index].isCapitalized || ["-", "."].contains(tokens[index].text) { index += 1 }
        return index < tokens.count && tokens[index].isPossessive
    }

    /// The indices of the object's first words: up to eight words, or twelve while a name goes on
    /// ("held the second Japan-Saudi Arabia Foreign Ministers' Strategic Dialogue"), stopping at a
    /// preposition, a conjunction, a modal or punctuation.
    private func objectWords(_ tokens: [Token], from start: Int) -> [Int] {
        var indices = [Int]()
        var index = start
        while index < tokens.count,
            indices.count < 8 || (indices.count < 12 && tokens[index].isCapitalized && indices.last.map { tokens[$0].isCapitalized } == true)
        {
            let lower = tokens[index].lower
            // "whatever issues we have will be resolved": a modal opens the next clause ("the G7's
            // united will to continue" is a noun).
            if Self.futureModals.contains(lowerOf: tokens[index]) || Self.conditionalModals.contains(lowerOf: tokens[index]),
                index + 1 >= tokens.count || tokens[index + 1].lower != "to"
            {
                break
            }
            if ["of", "for", "to", "in", "on", "with", "that", "and", "over", "about", "at", "regarding", "by"].contains(lower)
                || !tokens[index].isWord
            {
                // A possessive or a hyphen joins; so does a preposition that opens a compound
                // ("in-depth"), and "of" after a word of quantity ("a set of commitments").
                let opensCompound = index + 1 < tokens.count && tokens[index + 1].text == "-"
                let afterQuantity = lower == "of" && indices.last.map { Self.quantityNouns.contains(lowerOf: tokens[$0]) } == true
                if tokens[index].isPossessive || lower == "-" || opensCompound || afterQuantity {
                    index += 1
                    continue
                }
                break
            }
            indices.append(index)
            index += 1
        }
        return indices
    }

    /// Whether the word at `index` (after optional adverbs) is a verb: "combating", "strengthen".
    private func isVerb(_ tokens: [Token], at start: Int, layout: Layout) -> Bool {
        let index = layout.nextNonAdverb(from: start)
        guard index < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized else { return false }
        let word = tokens[index].lower
        if word.hasSuffix("ing") || lexicon.baseForms.contains(lowerOf: tokens[index]) || Self.verbsWithNounEndings.contains(lowerOf: tokens[index]) {
            return true
        }
        if Self.blockers.contains(lowerOf: tokens[index]) || Self.nounsAfterTo.contains(lowerOf: tokens[index]) { return false }
        return !Self.nounEndings.contains { word.hasSuffix($0) } && !Self.adjectiveEndings.contains { word.hasSuffix($0) }
    }

    private static let nounEndings = WordClasses.readerWords.list("noun_endings")
    private static let verbsWithNounEndings = WordClasses.readerWords.words("verbs_with_noun_endings")
    private static let adjectiveEndings = WordClasses.readerWords.list("adjective_endings")

    /// Later main verbs joined to the first by "and" or a comma ("condemned ... and emphasized").
    /// After a verb in the past tense, only verbs in the past tense count ("condemned ... and
    /// emphasized"), so that verbs of embedded clauses ("to maintain ... and promote") do not.
    private func coordinatedActs(_ tokens: [Token], after start: Int, pastOnly: Bool, layout: Layout) -> [String] {
        var acts = [String]()
        var index = start
        while index < tokens.count {
            guard let match = lexicon.match(tokens, at: index), !match.isGerund, !tokens[index].isCapitalized,
                match.isPast || !pastOnly
            else {
                index += 1
                continue
            }
            // The word before the verb, adverbs skipped.
            let before = layout.previousNonAdverb[index]
            if before >= start, tokens[before].lower == "and" || tokens[before].text == ",",
                index + match.length >= tokens.count || tokens[index + match.length].text != "-",
                let code = code(match.verb, tokens: tokens, after: index + match.length, layout: layout).code
            {
                acts.append(code)
            }
            index += match.length
        }
        return acts
    }

    /// A word in capitals, as a declaration writes its operative verbs ("We AGREE to", "We
    /// shall PROMOTE"): more than three letters and no lower-case letter.
    private static func isShouted(_ token: Token) -> Bool {
        token.isCapitalized && token.text.utf8.count > 3 && !token.text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// A verb in capitals right after a personal pronoun ("We AGREE to ..."), a subject not in
    /// capitals that heads one (`Token.headsOperativeVerb`: "The Central Asian States WELCOME ...",
    /// "The Council RECALLED") or a country's name ("Uganda OFFERED"): a declaration's operative
    /// verb, not a name.
    private func isShoutedAfterSubject(_ tokens: [Token], at index: Int, layout: Layout) -> Bool {
        guard Self.isShouted(tokens[index]), let before = previousWord(tokens, before: index, layout: layout) else { return false }
        // "We SHALL NOT authorise ...": a modal in capitals is no verb.
        if Self.personalPronouns.contains(lowerOf: tokens[before]) { return !Self.isModal(tokens[index]) }
        guard tokens[before].isWord, let verb = lexicon.match(tokens, at: index), !verb.isGerund else { return false }
        return tokens[before].headsOperativeVerb(inThePast: verb.isPast) || Self.endsCountryName(tokens, at: before)
    }

    /// Whether a country's name ends at `index` ("Uganda OFFERED to host", "Côte d'Ivoire WELCOMED").
    private static func endsCountryName(_ tokens: [Token], at index: Int) -> Bool {
        (max(0, index - 3)...index).contains { start in
            Gazetteer.shared.match(tokens, at: start).map { $0.entry.type == .country && start + $0.length == index + 1 } ?? false
        }
    }

    /// Whether a word is a modal of the future, of a condition or of an obligation ("SHALL", "may", "must").
    private static func isModal(_ token: Token) -> Bool {
        futureModals.contains(lowerOf: token) || conditionalModals.contains(lowerOf: token) || normativeModals.contains(lowerOf: token)
    }

    /// A verb in capitals with only adverbs before it in its segment ("HEREBY DECLARE as follows:").
    private func isShoutedOpening(_ tokens: [Token], at index: Int, layout: Layout) -> Bool {
        Self.isShouted(tokens[index]) && (previousWord(tokens, before: index, layout: layout) ?? -1) < segmentStart(index, layout)
    }

    /// What gathers the signatories in a declaration's opening ("WE, the Leaders of ..., meeting
    /// in ...", "... on the occasion of ...") (`Lexicon/function_words.tsv`).
    private static let gatheringWords = WordClasses.functionWords.words("gathering_words")

    /// "WE, the Heads of State ..., on the occasion of the 43rd Summit ...": a declaration's
    /// opening has no main verb; it is the signatories' meeting, a consultation (040) by "We".
    private func declarationOpening(_ tokens: [Token]) -> SpeechAct? {
        guard tokens.count > 2, tokens[0].lower == "we", tokens[1].text == ",",
            let cue = tokens.indices.first(where: { Self.gatheringWords.contains(lowerOf: tokens[$0]) })
        else {
            return nil
        }
        var act = SpeechAct()
        act.verb = tokens[cue].lower
        act.verbIndex = cue
        act.cameo = "040"
        act.cameoRule = "a declaration's opening \"We, ...\" with \"\(tokens[cue].lower)\" and no main verb: the signatories meet (040)"
        act.cameoCue = cue..<(cue + 1)
        act.acts = ["040"]
        act.subject = .tokens(0..<1)
        return act
    }

    /// "REAFFIRMING our commitment to ...", "DETERMINED to ...": a preamble clause of a
    /// declaration opens with a participle in capitals; it is the signatories' act, carried by
    /// the surrounding actor.
    private func preamble(_ tokens: [Token], layout: Layout) -> SpeechAct? {
        // "To ADOPT ...", "To STRENGTHEN ...": an operative line under "HEREBY DECLARE:".
        let start = tokens.count > 1 && tokens[0].text == "To" && Self.isShouted(tokens[1]) ? 1 : 0
        if start == 0, let unlisted = unlistedPreamble(tokens) { return unlisted }
        guard start < tokens.count, Self.isShouted(tokens[start]), let match = lexicon.match(tokens, at: start),
            start == 1 || match.isGerund || (match.isPast && match.length < tokens.count && tokens[match.length].lower == "to")
        else {
            return nil
        }
        let end = start + match.length
        var act = SpeechAct()
        act.verb = match.verb.lemma
        act.verbIsListed = true
        let coded = code(match.verb, tokens: tokens, after: end, layout: layout)
        act.cameo = start == 1 ? futureCode(coded.code, modal: tokens[0]) : coded.code
        act.cameoRule = (start == 1 ? "a declaration's operative \"To\" and a verb in capitals, an intent; " : "a declaration's capitalised participle; ") + coded.rule
        act.verbTokens = start..<end
        act.cameoCue = 0..<max(end, (coded.cue ?? 0) + 1)
        act.acts = act.cameo.map { [$0] } ?? []
        act.subject = .continued
        return act
    }

    /// "GUIDED by the Convention ...", "BEARING IN MIND ...": a preamble participle in capitals
    /// that the lexicon does not list, a statement (010) as its finite verb would be; a "-ED" form
    /// only before "by", "to" or "that", an adjective of `preamble_adjectives` ("MINDFUL that")
    /// only before "of", "to" or "that".
    private func unlistedPreamble(_ tokens: [Token]) -> SpeechAct? {
        // "BEIJING, May 15": a dateline's city is no participle; "ENDING GLOBAL FREELOADING: ..." a
        // heading in capitals, not a preamble ("BEARING IN MIND" is one).
        guard tokens.count > 3, Self.isShouted(tokens[0]), tokens[1].isWord, lexicon.match(tokens, at: 0) == nil,
            !tokens[1].isCapitalized || (tokens[1].text == "IN" && tokens[2].text == "MIND")
        else { return nil }
        let word = tokens[0].lower
        guard word.hasSuffix("ing") || (word.hasSuffix("ed") && ["by", "to", "that"].contains(tokens[1].lower))
            || (Self.preambleAdjectives.contains(word) && ["of", "to", "that"].contains(tokens[1].lower))
        else { return nil }
        var act = SpeechAct()
        act.verb = word
        act.cameo = "010"
        act.cameoRule = "a declaration's capitalised participle not in verbs.tsv: a statement (010)"
        act.verbTokens = 0..<1
        act.cameoCue = 0..<1
        act.acts = ["010"]
        act.subject = .continued
        return act
    }

    /// "Additionally, to strengthen cooperation ...": no main verb, a purpose that continues the
    /// previous clause's commitment.
    private func infinitiveOfPurpose(_ tokens: [Token], layout: Layout) -> SpeechAct? {
        var index = 0
        while index < tokens.count, Self.adverbs.contains(lowerOf: tokens[index]) || tokens[index].text == "," {
            index += 1
        }
        guard index > 0, index + 1 < tokens.count, tokens[index].lower == "to", isVerb(tokens, at: index + 1, layout: layout) else {
            return nil
        }
        var act = SpeechAct()
        act.verb = lexicon.match(tokens, at: index + 1)?.verb.lemma ?? tokens[index + 1].lower
        act.cameo = "030"
        act.cameoRule = "\"to\" and a verb with no main verb: an intent carried on (030)"
        act.verbTokens = (index + 1)..<(index + 2)
        act.cameoCue = index..<(index + 2)
        act.acts = ["030"]
        act.subject = .continued
        return act
    }

    /// "The resolution ... is legally binding and should be enforced": no act of a party's own,
    /// but a position the parties state (010), carried by the surrounding clauses' actor.
    private func normativeStatement(_ tokens: [Token], modal: Int) -> SpeechAct {
        var act = SpeechAct()
        act.verb = tokens[(modal + 1)...].first { $0.isWord && !Self.auxiliaries.contains(lowerOf: $0) && !Self.adverbs.contains(lowerOf: $0) }?.lower
        act.cameo = "010"
        act.cameoRule = "normative \"\(tokens[modal].lower)\": a position the parties state (010)"
        act.cameoCue = modal..<(modal + 1)
        act.modalityCue = modal
        act.acts = ["010"]
        act.modality = .conditional
        act.subject = .continued
        return act
    }

    /// The subject of a verb whose auxiliaries start at `auxStart`.
    private func subject(_ tokens: [Token], boundaries: Layout, before auxStart: Int) -> SpeechAct.Subject {
        var start = segmentStart(auxStart, boundaries)
        // "Foreign Minister A of Nepal and Minister of Foreign Affairs, Foreign Employment and Tourism
        // B of Sri Lanka co-chaired": a comma inside the list of a title's portfolios does not end the
        // subject. The segment before the comma is names and titles only, ending in a portfolio after
        // "of" with no name in it; the segment after it joins the last portfolio with "and".
        while start > 1, tokens[start - 1].text == ",", tokens[start].isCapitalized, tokens[start - 2].isCapitalized,
            tokens[start..<auxStart].contains(where: { $0.lower == "and" }),
            case let previous = segmentStart(start - 1, boundaries), previous < start - 1,
            tokens[previous..<(start - 1)].allSatisfy({ ($0.isWord && $0.isCapitalized) || Self.officeConnectors.contains(lowerOf: $0) }),
            (previous..<(start - 1)).contains(where: { index in
                guard let length = PersonTitles.match(tokens, at: index), index + length < start else { return false }
                let of = tokens[index..<(index + length)].firstIndex { $0.lower == "of" } ?? (index + length)
                return of + 1 < start - 1 && tokens[of].lower == "of" && !((of + 1)..<(start - 1)).contains(where: boundaries.personStarts.contains)
            })
        {
            start = previous
        }
        // "The Foreign Ministers of France, India and the United Arab Emirates met": a last item
        // joined by "and" without a comma before it, in a list of short items.
        let isShortList = start > 0 && auxStart - start <= 8 && tokens[start - 1].text == ","
            && tokens[start..<auxStart].contains { $0.lower == "and" }
        if start < auxStart, ["and", "or"].contains(tokens[start].lower) || isShortList {
            // A list subject: "President Biden, President Lopez Obrador, and Prime Minister Trudeau condemned".
            while start > 0, boundaries.contains(start - 1) {
                let previous = segmentStart(start - 1, boundaries)
                // "Mr. Prime Minister, Jill and I have had ...": a speaker's address opens no list.
                guard previous < start - 1, !opensAdverbial(tokens[previous]),
                    !(previous == 0 && Self.vocatives.contains(textOf: tokens[previous])),
                    !isShortList || !tokens[previous].startsWithNumber,
                    !isShortList || start - 1 - previous <= 8
                else { break }
                start = previous
            }
            return .tokens(start..<auxStart)
        }
        if tokens[start..<auxStart].contains(where: { $0.isWord && !Self.adverbs.contains(lowerOf: $0) }) {
            return .tokens(start..<auxStart)
        }
        // An empty subject after an apposition: "We, Australia, ..., and the United States, recognize".
        var segment = start
        while segment > 0 {
            segment = segmentStart(segment - 1, boundaries)
            if ["we", "they"].contains(tokens[segment].lower), boundaries.contains(segment + 1) {
                return .tokens(segment..<(segment + 1))
            }
        }
        return appositiveSubject(tokens, boundaries: boundaries, before: start).map { .tokens($0) } ?? .continued
    }

    /// The subject of a verb right after a comma, written with appositions: "The Minister for
    /// Foreign Affairs, European Union and Cooperation, José Manuel Albares, met ...", "At the
    /// invitation of ..., the President of the French Republic, Emmanuel Macron, paid ...". The
    /// segments before the verb back to the first adverbial ("At the invitation of ...", "On July
    /// 8"), relative clauses ("who is visiting the Philippines", "who included A, B, and C") left
    /// out; nil when no such segment stands before it ("Moreover, encourages ...").
    private func appositiveSubject(_ tokens: [Token], boundaries: Layout, before verbSegment: Int) -> Range<Int>? {
        var end: Int?
        // The starts of the segments taken into the subject, the nearest to the verb first.
        var segments = [Int]()
        var boundary = verbSegment - 1
        let opensWithOfficesOf = tokens.count > 2 && tokens[0].lower == "the" && Self.jointNouns.contains(lowerOf: tokens[1]) && tokens[2].lower == "of"
        // Only a comma closes an apposition ("PRESIDENT BIDEN: Thank you" is a speaker's label).
        guard boundary > 0, tokens[boundary].text == "," else { return nil }
        while boundary > 0 {
            // "Suva, Fiji – Minister for Foreign Affairs of ..., Sugiono, paid": places before a dash
            // that opens the sentence are a dateline, not the subject.
            if end != nil, ["—", "–"].contains(tokens[boundary].text), Self.namesPlacesOnly(tokens[..<boundary]) { break }
            let start = segmentStart(boundary - 1, boundaries)
            defer { boundary = start - 1 }
            guard start < boundary else { continue }
            let opener = tokens[start]
            if Self.relativePronouns.contains(lowerOf: opener) {
                // What came after it belonged to the relative clause ("who included A, B, and C").
                (end, segments) = (nil, [])
                continue
            }
            // "The Ministers of Foreign Affairs of Georgia, Ilia Darchiashvili, of the Republic of
            // Azerbaijan, ..., and of Ukraine, Dmytro Kuleba, met": after an opening "The Ministers of",
            // "of" goes on with the subject's office (not "of course").
            let of = opener.lower == "of" ? start : opener.lower == "and" ? start + 1 : boundary
            let continuesOffice = opensWithOfficesOf && (of + 1 < boundary && tokens[of].lower == "of"
                && (tokens[of + 1].isCapitalized || (of + 2 < boundary && tokens[of + 1].lower == "the" && tokens[of + 2].isCapitalized)))
            if !continuesOffice, opensAdverbial(opener) || opener.startsWithNumber {
                // "..., who is visiting Capri, Italy, to attend the G7 meeting, held ...": an adverbial
                // after a relative pronoun belongs to the relative clause; a short one just before
                // the verb (seven words at most, ten for a participle) stands inside the subject ("Lula,
                // for his part, called on", "Mr Ronald Lamola, today, 2 December 2024, co-chaired", "Arce,
                // speaking at a joint news conference, said"); after a bare name that opens the
                // sentence (a title before it), twelve ("Araghchi, on his first visit to Pakistan since taking
                // office in August, met", "Indian Foreign Minister Subrahmanyam Jaishankar, on a two-day visit to
                // Kathmandu, held"), sixteen where a possessive follows the preposition ("Hussein, on his
                // first visit to Kuwait since the formation of the new Kuwaiti cabinet, said").
                let afterName = start >= 2 && start <= 8 && segmentStart(start - 2, boundaries) == 0
                    && tokens[..<(start - 1)].allSatisfy { $0.isWord && $0.isCapitalized }
                let ofVisit = start + 1 < boundary && ["his", "her", "their"].contains(tokens[start + 1].lower)
                let longest = afterName ? (ofVisit ? 16 : 12) : opener.lower.hasSuffix("ing") ? 10 : 7
                if end == nil, boundaries.previousRelative[start] >= 0 || boundary - start <= longest { continue }
                // "The Council of Ministers of the Zambezi Watercourse Commission (ZAMCOM), comprising
                // the Ministers ... of Angola, Botswana, ... and Zimbabwe, met": a participle's list
                // after a name opening the sentence describes the name, the subject.
                if let end, opener.lower.hasSuffix("ing"), !opener.isCapitalized, start >= 2, tokens[start - 1].text == ",",
                    tokens[0].isCapitalized, !opensAdverbial(tokens[0]),
                    tokens[..<(start - 1)].allSatisfy({ ["(", ")"].contains($0.text) || $0.isCapitalized || Self.officeConnectors.contains(lowerOf: $0) })
                {
                    return 0..<end
                }
                // "At the invitation of the President of the French Republic, Emmanuel Macron, the
                // President of ... Nigeria, Bola Ahmed Tinubu, paid": the name after the adverbial's
                // title is the adverbial's.
                // "At the invitation of Srettha Thavisin, Prime Minister of ..., Hun Manet, ... paid": the same with no title.
                if segments.count >= 2, (start..<boundary).contains(where: { PersonTitles.match(tokens, at: $0) != nil || Self.invitationNouns.contains(lowerOf: tokens[$0]) }) {
                    segments.removeLast()
                }
                break
            }
            end = end ?? boundary
            segments.append(start)
        }
        guard let first = segments.last, let end else { return nil }
        return first..<end
    }

    private static let relativePronouns = WordClasses.functionWords.words("relative_pronouns")

    /// Whether tokens are only known places and countries, with commas between them ("Suva, Fiji").
    private static func namesPlacesOnly(_ tokens: ArraySlice<Token>) -> Bool {
        let words = Array(tokens)
        var index = 0
        while index < words.count {
            if words[index].text == "," {
                index += 1
            } else if let match = Gazetteer.shared.match(words, at: index), [.place, .country].contains(match.entry.type) {
                index += match.length
            } else {
                return false
            }
        }
        return !words.isEmpty
    }

    /// Words inside a list of names and offices ("Foreign Minister A of Nepal and Minister of Foreign Affairs").
    private static let officeConnectors = WordClasses.readerWords.words("office_connectors")
    private static let jointNouns = WordClasses.readerWords.words("joint_nouns")
    private static let vocatives = WordClasses.functionWords.words("vocatives")

    /// Whether a segment starting with this word is an adverbial, not part of a subject.
    private func opensAdverbial(_ token: Token) -> Bool {
        let lower = token.lower
        return Self.subordinators.contains(lowerOf: token) || Self.prepositions.contains(lowerOf: token)
            || Self.adverbs.contains(lowerOf: token)
            || lower.hasSuffix("ing")
    }

    private static let prepositions = WordClasses.functionWords.words("prepositions")

    /// Where the segment holding `index` starts: just after the nearest boundary before it.
    private func segmentStart(_ index: Int, _ boundaries: Layout) -> Int {
        boundaries.segmentStart[index]
    }

    private func isSegmentStart(_ index: Int, _ boundaries: Layout) -> Bool {
        segmentStart(index, boundaries) == index
    }

    /// Whether the clause of `index` is the sentence's first, or comes after a phrase of a
    /// preposition only ("During the visit, a number of documents were signed").
    private func isFirstClause(_ tokens: [Token], at index: Int, _ boundaries: Layout) -> Bool {
        let start = segmentStart(index, boundaries)
        return start == 0 || (start > 1 && segmentStart(start - 1, boundaries) == 0 && Self.prepositions.contains(lowerOf: tokens[0]))
    }

    private static let suffixes = WordClasses.functionWords.words("name_suffixes")
    private static let narrationVerbs = WordClasses.readerWords.words("narration_verbs")
    private static let narrationPassives = WordClasses.readerWords.words("narration_passives")
    private static let nonVerbs = WordClasses.functionWords.words("non_verbs")
    private static let clauseRelatives = WordClasses.readerWords.words("clause_openers")
    private static let meetingNouns = WordClasses.readerWords.words("meeting_nouns")
    private static let definiteOpeners = WordClasses.readerWords.words("definite_openers")
    private static let meetingContentVerbs = WordClasses.readerWords.words("meeting_content_verbs")
    private static let invitationNouns = WordClasses.functionWords.words("invitation_nouns")
    private static let impersonalPassives = WordClasses.readerWords.words("impersonal_passives")
    private static let weekdays = WordClasses.functionWords.words("weekdays")

    /// The classes the layout asks of every token of a sentence.
    private struct LayoutClasses: OptionSet {
        let rawValue: UInt8
        static let adverb = LayoutClasses(rawValue: 1)
        static let auxiliary = LayoutClasses(rawValue: 2)
        static let relativePronoun = LayoutClasses(rawValue: 4)
        static let boundaryMark = LayoutClasses(rawValue: 8)
        static let weekday = LayoutClasses(rawValue: 16)
        static let subordinator = LayoutClasses(rawValue: 32)
    }

    /// Every class of the layout a word is in, found with one lookup of the token's lower case
    /// (the boundary marks are punctuation, the same in lower case as written).
    private static let layoutClasses: WordTable<LayoutClasses> = {
        var classes = [String: LayoutClasses]()
        let members: [(String, LayoutClasses)] = [
            ("adverbs", .adverb), ("auxiliaries", .auxiliary), ("relative_pronouns", .relativePronoun),
            ("boundary_marks", .boundaryMark), ("subordinators", .subordinator),
        ]
        for (name, kind) in members {
            for word in WordClasses.functionWords.list(name) { classes[word, default: []].insert(kind) }
        }
        for day in WordClasses.functionWords.list("weekdays") { classes[day.lowercased(), default: []].insert(.weekday) }
        return WordTable(classes)
    }()

    /// Indices of the punctuation that separates clauses; a comma before "Jr." does not.
    private static func boundaries(_ tokens: [Token], classes: [LayoutClasses]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        for index in tokens.indices where classes[index].contains(.boundaryMark) {
            let token = tokens[index]
            // "Joseph R. Biden, Jr., spoke": neither comma around "Jr." ends the subject.
            if token.text == ",", index + 1 < tokens.count, suffixes.contains(textOf: tokens[index + 1]) { continue }
            if token.text == ",", index >= 1, suffixes.contains(textOf: tokens[index - 1]) { continue }
            if token.text == ",", index >= 2, tokens[index - 1].text == ".", suffixes.contains(textOf: tokens[index - 2]) {
                continue
            }
            result[index] = true
        }
        return result
    }

    /// A sentence's clause boundaries and, for every token, the nearest tokens of the kinds the
    /// coder looks for before and after it, each worked out in one pass: walking back to a
    /// boundary or over adverbs from every candidate verb took the square of the sentence's
    /// length in a long sentence without commas ("will will will ...").
    private final class Layout {
        /// Whether each token separates clauses.
        private let isBoundary: [Bool]
        /// For each index up to `count`: where its segment starts (just after the nearest boundary before it).
        let segmentStart: SentenceColumns.Column
        /// For each index up to `count`: the nearest token before it that is not an adverb or an
        /// auxiliary other than "to", or -1.
        let previousWord: SentenceColumns.Column
        /// For each index up to `count`: the nearest token before it that is not an adverb, or -1.
        let previousNonAdverb: SentenceColumns.Column
        /// For each index up to `count`: the nearest "which", "who", "whom" or "whose" before it, or -1.
        let previousRelative: SentenceColumns.Column
        /// For each index up to `count`: the first token from it on that is not an adverb or an auxiliary, or `count`.
        let nextNonAuxiliary: SentenceColumns.Column
        /// For each index up to `count`: the first token from it on that is not an adverb, or `count`.
        private let nextNonAdverbs: SentenceColumns.Column
        /// Where the recogniser found a person's name.
        let personStarts: Set<Int>
        /// For each index up to `count`: the nearest subordinator before it that opens a clause
        /// inside another right after an unlisted verb ("comes as"), or -1.
        let previousInnerClause: SentenceColumns.Column
        /// The people a passive act was done before ("in the presence of ..."), found once a
        /// sentence, and only for a sentence that asks.
        private(set) lazy var presence: Range<Int>? = SpeechActCoder.presence(tokens)
        /// The sentence's tokens.
        private let tokens: [Token]

        /// What the other stages found in the sentence: where people's names start, and the days it names.
        struct Marks {
            var personStarts: Set<Int>
            var dates: [Range<Int>]
        }

        init(_ tokens: [Token], marks: Marks) {
            self.personStarts = marks.personStarts
            self.tokens = tokens
            let count = tokens.count
            var classes = tokens.map { SpeechActCoder.layoutClasses[lowerOf: $0] ?? [] }
            // "agreed Saturday to", "agreed on Wednesday to": a day of the week stands where an adverb would.
            for index in tokens.indices where classes[index].contains(.weekday) && tokens[index].isCapitalized {
                classes[index].insert(.adverb)
                if index > 0, tokens[index - 1].lower == "on" { classes[index - 1].insert(.adverb) }
            }
            // "Hon. Botchwey, on Tuesday 21 November 2023 paid": a day after "on" or a weekday is an adverb too.
            for date in marks.dates where date.lowerBound > 0 && date.upperBound <= count
                && (tokens[date.lowerBound - 1].lower == "on" || classes[date.lowerBound - 1].contains(.weekday))
            {
                for index in (date.lowerBound - 1)..<date.upperBound { classes[index].insert(.adverb) }
            }
            // "received on Wednesday, 14 February 2024, at ...": the day after a weekday's comma too.
            for date in marks.dates where date.lowerBound > 1 && date.upperBound <= count && tokens[date.lowerBound - 1].text == ","
                && classes[date.lowerBound - 2].contains(.weekday)
            {
                for index in date { classes[index].insert(.adverb) }
            }
            // "does not and will never recognize": a conjunction between auxiliaries joins them.
            for index in tokens.indices.dropFirst().dropLast() where classes[index - 1].contains(.auxiliary)
                && classes[index + 1].contains(.auxiliary) && ["and", "or"].contains(tokens[index].lower)
            {
                classes[index].insert(.auxiliary)
            }
            isBoundary = SpeechActCoder.boundaries(tokens, classes: classes)
            // The columns, in this order, in one array.
            let (segmentStart, previousWord, previousNonAdverb, previousRelative, nextNonAuxiliary, nextNonAdverbs) = (0, 1, 2, 3, 4, 5)
            let previousInnerClause = 6
            var columns = SentenceColumns(positions: count + 1, initial: [0, -1, -1, -1, count, count, -1])
            var index = 0
            while index < count {
                let isAdverb = classes[index].contains(.adverb), isAuxiliary = classes[index].contains(.auxiliary)
                columns[segmentStart, index + 1] = isBoundary[index] ? index + 1 : columns[segmentStart, index]
                columns[previousWord, index + 1] =
                    isAdverb || (isAuxiliary && tokens[index].lower != "to") ? columns[previousWord, index] : index
                columns[previousNonAdverb, index + 1] = isAdverb ? columns[previousNonAdverb, index] : index
                columns[previousRelative, index + 1] = classes[index].contains(.relativePronoun) ? index : columns[previousRelative, index]
                columns[previousInnerClause, index + 1] = classes[index].contains(.subordinator) && SpeechActCoder.opensInnerClause(tokens, at: index)
                    ? index : columns[previousInnerClause, index]
                index += 1
            }
            index = count - 1
            while index >= 0 {
                // Adverbs and auxiliaries ("be" among them) are stepped over.
                let isAdverb = classes[index].contains(.adverb), isAuxiliary = classes[index].contains(.auxiliary)
                columns[nextNonAuxiliary, index] = isAdverb || isAuxiliary ? columns[nextNonAuxiliary, index + 1] : index
                columns[nextNonAdverbs, index] = isAdverb ? columns[nextNonAdverbs, index + 1] : index
                index -= 1
            }
            self.segmentStart = columns.column(segmentStart)
            self.previousWord = columns.column(previousWord)
            self.previousNonAdverb = columns.column(previousNonAdverb)
            self.previousRelative = columns.column(previousRelative)
            self.nextNonAuxiliary = columns.column(nextNonAuxiliary)
            self.nextNonAdverbs = columns.column(nextNonAdverbs)
            self.previousInnerClause = columns.column(previousInnerClause)
        }

        /// Whether the token at `index` separates clauses.
        func contains(_ index: Int) -> Bool {
            index >= 0 && index < isBoundary.count && isBoundary[index]
        }

        /// The first token at or after `index` that is not an adverb, or `count`.
        func nextNonAdverb(from index: Int) -> Int {
            index < nextNonAdverbs.count ? nextNonAdverbs[index] : index
        }
    }
}
