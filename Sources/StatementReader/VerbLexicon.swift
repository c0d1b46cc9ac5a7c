import Foundation
/// The speech-act lexicon parsed from `Lexicon/verbs.tsv` and `Lexicon/object_nouns.tsv`, indexed by form.
struct VerbLexicon: Sendable {
    /// The lexicon built from the tables in `Lexicon/`.
    static let shared = VerbLexicon(verbs: LexiconTables.verbs, nouns: LexiconTables.objectNouns)

    /// One verb of the lexicon.
    struct Verb: Sendable {
        var lemma: String
        var code: String?
        var rules: [Rule]
    }

    /// How the words after a verb refine its code.
    enum Rule: Sendable, Equatable {
        /// Look up the object's head noun in the object noun table.
        case position
        /// "that" follows.
        case that(String)
        /// "to" and a verb follow.
        case toVerb(String)
        /// One of these words heads the object.
        case object(Set<String>, String)
        /// This word follows the verb.
        case next(String, String)
        /// This word follows the verb and a person comes after it, named or by title ("called on
        /// President Murmu", "called on the Prime Minister"): `WORD:person=C`.
        case nextPerson(String, String)
        /// "to" follows and no verb after it ("committed to the BRICS spirit"): `to:noun=C`.
        case toNoun(String)
        /// This word stands anywhere after the verb.
        case later(String, String)
    }

    /// A verb form found in a token list.
    struct Match {
        var verb: Verb
        var length: Int
        /// The form is a present participle or gerund ("reaffirming").
        var isGerund: Bool
        /// The form is a past tense or participle ("reaffirmed", "held").
        var isPast: Bool
    }

    /// A verb form of one or more words.
    private struct Form: Sendable {
        var words: [String]
        var verb: Int
        var isGerund: Bool
        var isPast: Bool
    }

    /// The forms by first word, longest first.
    private let formsByFirstWord: WordTable<[Form]>
    private(set) var verbs: [Verb] = []
    /// An object noun's code, and its code when "to" and a verb follow.
    struct ObjectNoun: Sendable {
        var code: String
        var beforeToVerb: String?
    }

    /// The object nouns.
    let objectNouns: WordTable<ObjectNoun>
    /// Every lemma's base form, used to tell a verb after "to".
    let baseForms: WordSet

    init(verbs verbText: String, nouns nounText: String) {
        var formsByFirstWord = [String: [Form]]()
        var baseForms = Set<String>()
        for row in Gazetteer.rows(verbText) where row.count >= 2 {
            let lemma = row[0]
            let code = row[1] == "-" ? nil : row[1]
            let rules = row.count > 3 ? Self.parseRules(row[3]) : []
            let index = verbs.count
            verbs.append(Verb(lemma: lemma, code: code, rules: rules))
            let explicit = row.count > 2 ? Gazetteer.list(row[2]) : []
            let forms = explicit.isEmpty ? Self.regularForms(of: lemma) : explicit
            for form in forms {
                let words = Tokenizer.tokens(of: form).map(\.text)
                guard let first = words.first else { continue }
                // The first word decides: "looking forward" is a gerund, "is willing" is not.
                let isGerund = first.hasSuffix("ing")
                let isPast = !isGerund && form != lemma && !first.hasSuffix("s")
                formsByFirstWord[first, default: []].append(Form(words: words, verb: index, isGerund: isGerund, isPast: isPast))
            }
            if let base = Tokenizer.tokens(of: lemma).first?.text { baseForms.insert(base) }
        }
        for key in formsByFirstWord.keys {
            formsByFirstWord[key]?.sort { $0.words.count > $1.words.count }
        }
        var objectNouns = [String: ObjectNoun]()
        for row in Gazetteer.rows(nounText) where row.count >= 2 {
            let later = row.count > 2 && !row[2].isEmpty ? row[2] : nil
            objectNouns[row[0]] = ObjectNoun(code: row[1], beforeToVerb: later)
        }
        self.formsByFirstWord = WordTable(formsByFirstWord)
        self.objectNouns = WordTable(objectNouns)
        self.baseForms = WordSet(baseForms)
    }

    /// The code a verb's `to=` rule gives when "to" and a verb follow ("agree": "030"), by lemma.
    func infinitiveCode(of lemma: String) -> String? {
        for verb in verbs where verb.lemma == lemma {
            for case .toVerb(let code) in verb.rules { return code }
        }
        return nil
    }

    /// The longest verb form starting at `index` (matched in lower case).
    func match(_ tokens: [Token], at index: Int) -> Match? {
        guard let candidates = formsByFirstWord[lowerOf: tokens[index]] else { return nil }
        for candidate in candidates where Token.spell(candidate.words, in: tokens, at: index, by: \.lower) {
            return Match(
                verb: verbs[candidate.verb], length: candidate.words.count, isGerund: candidate.isGerund,
                isPast: candidate.isPast)
        }
        return nil
    }

    /// The regular forms of a one-word lemma: base, -s, -ed and -ing, with -ise spellings for -ize verbs.
    static func regularForms(of lemma: String) -> [String] {
        var forms = [lemma]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = lemma.last
        let beforeLast = lemma.dropLast().last
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh")
        {
            forms.append(lemma + "es")
        } else if last == "y", let beforeLast, !vowels.contains(beforeLast) {
            forms.append(lemma.dropLast() + "ies")
        } else {
            forms.append(lemma + "s")
        }
        if last == "e" {
            forms.append(lemma + "d")
            forms.append(lemma.dropLast() + "ing")
        } else if last == "y", let beforeLast, !vowels.contains(beforeLast) {
            forms.append(lemma.dropLast() + "ied")
            forms.append(lemma + "ing")
        } else {
            forms.append(lemma + "ed")
            forms.append(lemma + "ing")
        }
        if lemma.contains("ize") {
            forms += forms.map { $0.replacingOccurrences(of: "iz", with: "is") }
        }
        return forms
    }

    private static func parseRules(_ field: String) -> [Rule] {
        field.split(separator: ";").compactMap { part in
            let text = part.trimmingCharacters(in: .whitespaces)
            if text == "position" { return .position }
            let pieces = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { return nil }
            let (key, code) = (pieces[0], pieces[1])
            switch key {
            case "that": return .that(code)
            case "to": return .toVerb(code)
            case "to:noun": return .toNoun(code)
            default:
                if key.hasPrefix("obj:") {
                    return .object(Set(key.dropFirst(4).split(separator: "|").map(String.init)), code)
                }
                if key.hasPrefix("~") { return .later(String(key.dropFirst()), code) }
                if key.hasSuffix(":person") { return .nextPerson(String(key.dropLast(7)), code) }
                return .next(key, code)
            }
        }
    }
}
