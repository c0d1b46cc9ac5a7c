import StatementModel

/// The speech act of one sentence as the coder found it, before actors are assigned.
struct SpeechAct: Sendable {
    /// How the sentence's subject stands.
    enum Subject: Sendable, Equatable {
        /// The subject is these tokens.
        case tokens(Range<Int>)
        /// The main verb has no subject of its own ("Moreover, encourages ..."): the actor carries over.
        case continued
        /// No main verb was found.
        case none
    }

    /// All the parties together are the main verb's agent: an impersonal passive of agreement
    /// ("It was agreed that ...", "It was decided to ...") or a signing with no agent ("Four
    /// cooperation documents were signed").
    var agentIsAllParties = false
    /// Whether a sentence quotes someone, and how its speaker is known.
    enum Quotation: Sendable, Equatable {
        case none
        /// The speaker is named after the quotation.
        case attributed
        /// The sentence is a quotation with no speaker named.
        case unattributed
    }

    /// The token index of the first main verb.
    var verbIndex: Int?
    /// The first main verb's lemma.
    var verb: String?
    /// Whether the first main verb is in the verb lexicon (`Lexicon/verbs.tsv`).
    var verbIsListed = false
    /// The CAMEO code of the first main verb.
    var cameo: String?
    /// Codes of every main verb, in order.
    var acts: [String] = []
    /// Whether the first main verb is negated.
    var negated = false
    /// Asserted, future or conditional.
    var modality: Modality = .asserted
    /// The subject of the first main verb.
    var subject: Subject = .none
    /// The sentence's first finite verb or auxiliary is past or perfect ("attacks have continued").
    var isPast = false
    /// The sentence tells who took part rather than what a party did ("The Indian delegation
    /// comprised ...", "The Singapore side was led by ..."): no act of a party.
    var isNarration = false
    /// The subject is the meeting itself, telling what it covered ("The talks focused on ..."):
    /// the parties' consultation.
    var isMeetingSubject = false
    /// The sentence says what the writer expects ("is expected to put the text to ..."): outside
    /// a joint statement, no act of a party.
    var isPrediction = false
    /// The future is said by a participle ("is scheduled to visit", "was due to return"): in a
    /// news report, what the writer knows of a plan, no act of a party.
    var isFuturePhrase = false
    /// The main verb is a passive with no agent ("had not been held since 2015", "was briefed"):
    /// its subject is what was acted on, not who acted.
    var subjectIsPatient = false
    /// How the sentence stands to a quotation: none, a quotation attributed after it ('"...,"
    /// Wang said.'), or one with no attribution of its own, which goes on with the last speaker's words.
    var quotation: Quotation = .none
    /// The sentence's first modal that says what should or must be ("should be enforced").
    var normativeModal: Int?
    /// The sentence says what should or must be.
    var isNormative: Bool { normativeModal != nil }
    /// The tokens of the first main verb ("look forward" is two).
    var verbTokens: Range<Int>?
    /// What gave `cameo`: the rule or lexicon entry, and the tokens that decided it.
    var cameoRule: String?
    var cameoCue: Range<Int>?
    /// The word that negates the main verb ("not"), and the modal that gives the modality ("will").
    var negationCue: Int?
    /// Why the clause is negated, where it is not the plain word before the main verb.
    var negationRule: String?
    var modalityCue: Int?
}
