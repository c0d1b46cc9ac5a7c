/// A clause ending in a colon whose list's items go on its act: who acts, the act the items
/// take, and which items take it.
struct ListLeadIn {
    /// Which items of the list take the lead-in's actor and act.
    enum Items {
        /// Items without a verb are the documents signed ("The following instruments were signed:",
        /// "The leaders welcomed the signing of the following instruments:").
        case documents
        /// Items that open with "to" and a verb ("Both sides agreed on the following:"), and, after
        /// a lead-in of intent, items in lower case without a verb ("agreed to deepen cooperation in
        /// the following areas:").
        case infinitives
        /// Items that open with a verb, known or not, after a lead-in of intent or appeal ending in
        /// "to" ("Both countries committed to:"), or in "will" ("the two Governments will:").
        case verbs
    }

    var actor: ResolvedActor
    var cameo: String
    var items: Items
    /// Whether the lead-in ends in "will:", not in "to:" ("the two Governments will:").
    var endsInWill = false

    /// The lead-in a clause of `tokens` with `actor` and `act` opens, when it ends in a colon.
    static func opened(by tokens: [Token], actor: ResolvedActor?, act: SpeechAct) -> ListLeadIn? {
        guard tokens.last?.text == ":", let actor, let cameo = act.cameo else { return nil }
        if cameo == "057" || tokens.contains(where: { signingNouns.contains($0.lower) }) {
            return ListLeadIn(actor: actor, cameo: "057", items: .documents)
        }
        // "Both countries committed to:", "The plan calls on Congress to:", "the sides agreed to:" (the
        // code of "agreed to"; not "is taking new actions to:").
        if tokens.count >= 2, tokens[tokens.count - 2].lower == "to" {
            let code = act.verb.flatMap { VerbLexicon.shared.infinitiveCode(of: $0) } ?? cameo
            if code.hasPrefix("02") || code.hasPrefix("03") { return ListLeadIn(actor: actor, cameo: code, items: .verbs) }
        }
        // "Under the Action Plan, the two Governments will:": what the parties will do is their intent.
        if tokens.count >= 2, tokens[tokens.count - 2].lower == "will" {
            return ListLeadIn(actor: actor, cameo: "030", items: .verbs, endsInWill: true)
        }
        if let verb = act.verb, let code = VerbLexicon.shared.infinitiveCode(of: verb) {
            return ListLeadIn(actor: actor, cameo: code, items: .infinitives)
        }
        // "They instructed the High-Level Group to present a work plan ..., with emphasis on:".
        return cameo.hasPrefix("03") ? ListLeadIn(actor: actor, cameo: cameo, items: .infinitives) : nil
    }

    /// Whether an item with no main verb, of `tokens`, takes the lead-in's act.
    func takesVerbless(_ tokens: [Token]) -> Bool {
        switch items {
        case .documents: true
        // After a lead-in of intent, a lower-case fragment ("- water management and coastal protection;"),
        // not a name ("- Jeff Binkley, Atlanta") nor a clause of an order ("(ii) commercial aircraft;").
        case .infinitives: Self.opensWithInfinitive(tokens) || (cameo.hasPrefix("03") && Self.opensLowerCase(tokens))
        // "refrain from granting subsidies ...;": a verb the lexicon does not know.
        case .verbs: Self.opensLowerCase(tokens)
        }
    }

    /// Whether an item whose subject is the clause before's, of `tokens` with `act`, takes the
    /// lead-in's act: a verb opening it after a lead-in ending in "to" or "will".
    func takesVerbOpening(_ tokens: [Token], act: SpeechAct) -> Bool {
        items == .verbs && act.verbIndex == 0
    }

    /// Gives an item of the list the lead-in's act, and returns why it has the lead-in's actor;
    /// `opensWithVerb` for an item that opens with a verb after a lead-in ending in "to" or "will".
    func give(to act: inout SpeechAct, opensWithVerb: Bool = false) -> String {
        act.cameo = cameo
        act.acts = [cameo]
        act.cameoRule = "an item of the list a colon opened\(opensWithVerb ? " after \"to\" or \"will\"" : ""): the act of the clause before the list"
        act.cameoCue = nil
        return "an item of the list a colon opened: the actor of the clause before the list"
    }

    /// Makes the word opening an item in lower case, after a lead-in ending in "to" or "will", the
    /// item's main verb where the coder took a later word for it (a word the lexicon does not know
    /// too: "- maintain regular exchanges of delegations through party, state, government and
    /// parliamentary channels;": "maintain", not "state") or found none (a verb of the lexicon only:
    /// "- open a trade house in Bishkek;").
    func takeOpeningVerb(of tokens: [Token], into act: inout SpeechAct) {
        guard items == .verbs, act.verbIndex != 0, Self.opensLowerCase(tokens), tokens[0].text.allSatisfy(\.isLetter) else { return }
        let opening = VerbLexicon.shared.match(tokens, at: 0)
        let takesUnknown = act.verbIndex != nil && !tokens[0].lower.hasSuffix("ing") && !Self.determiners.contains(lowerOf: tokens[0])
        guard opening.map({ !$0.isGerund && !$0.isPast }) ?? takesUnknown else { return }
        act.verb = opening?.verb.lemma ?? tokens[0].lower
        act.verbIndex = 0
        act.verbTokens = 0..<(opening?.length ?? 1)
        act.verbIsListed = opening != nil
        act.subject = .continued
        (act.negated, act.negationCue, act.negationRule) = (false, nil, nil)
    }

    /// Whether an item opens with a word in lower case.
    static func opensLowerCase(_ tokens: [Token]) -> Bool {
        tokens.first.map { $0.isWord && !$0.isCapitalized } ?? false
    }

    /// Whether an item opens with "to" and a verb ("to establish a joint committee ...", not "to
    /// the Ministry of ...").
    private static func opensWithInfinitive(_ tokens: [Token]) -> Bool {
        tokens.count > 1 && tokens[0].lower == "to" && tokens[1].isWord && !tokens[1].isCapitalized
            && !determiners.contains(lowerOf: tokens[1])
    }

    private static let determiners = WordClasses.functionWords.words("determiners")
    /// Nouns of a signing ("welcomed the signing of the following": `signing_nouns`).
    private static let signingNouns = Set(WordClasses.readerWords.list("signing_nouns"))
}
