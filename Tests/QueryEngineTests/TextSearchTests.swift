import Foundation
@testable import QueryEngine
import StatementReader
import QueryLanguage
import Testing

/// The byte search for ASCII needles must find exactly what the character search finds.
@Suite("Text search: bytes and characters agree")
struct TextSearchTests {
    static let corpusPath = SampleSession.packageRoot + "/../shared/corpus/whitehouse"

    /// Every clause text of the samples and, when it is beside the repository, of a hundred
    /// files of the shared corpus (enough for the slow character path to stay quick).
    static let texts: [String] = {
        var paths = [SampleSession.packageRoot + "/samples/statements"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusPath)) ?? []
        paths += names.sorted().prefix(100).map { corpusPath + "/" + $0 }
        let corpus = StatementReader().read(paths: paths).corpus
        // Whole statement texts too, with their line breaks between paragraphs.
        return corpus.clauses.map(\.text) + corpus.statements.prefix(20).map(\.text)
    }()

    static let tricky = [
        "Terrorism, TERROR and counter-terrorism", "éterror", "terroré", "terror\u{301}s", "x terror", "terror",
        "ter ror", "TeRrOr!", "sanctions\u{301}", "«sanctions»", "１sanctions", "sanctions２", "ΣΑΝΚsanctions",
        "the U.S.-China talks on u.s. trade", "", "t", "co-operation and cooperation", "\r\nterror\r\n",
        "🇺🇸terror🇨🇳", "Kashmir-Kashmiri kashmir",
        // Phrases across whitespace, plurals, possessives, apostrophes and what must not match.
        "in the East and South China Seas.", "East and\nSouth  China\tSeas", "South\r\nChina Sea", "South China Seattle",
        "South China Sea's waters", "South China Sea’s waters", "SOUTH CHINA SEAS", "SouthChina Sea", "South China Seaes",
        "South\u{A0}China Sea", "South\u{2028}China Sea", "South \u{301}China Sea", "South\n\u{301}China Sea",
        "South\u{301} China Sea", "South China Sea\u{200D}", "South China Sea🏻", "South China Seas\u{301}",
        "the parties’ views and the party's line", "third-party, partying, Parties", "USE uses US us U.S.",
        "taxes, tax's, taxs, Taxes", "Xi’s visit, Xi's visit, Xis", "envoys, envoies, envoy", "sanctioned sanction’s SANCTIONS",
        "Pakistan’s and Pakistanis and Pakistan-China", "’s and 's and s", "countries, country’s, countrys",
    ]

    static let needles = [
        "terror", "sanctions", "Kashmir", "the", "u.s.", "a", "co-operation", "t", "TERROR", "S",
        "South China Sea", "south  china\tsea", "Sea", "sanction", "party", "US", "tax", "Xi's", "envoy", "'s", "country",
        "Pakistan", " the ", "East and South China Seas",
    ]

    @Test(arguments: needles)
    func bytesFindWhatCharactersFind(needle: String) {
        let bytes = TextSearch(needle), characters = TextSearch(characterSearchFor: needle)
        for text in Self.texts + Self.tricky {
            for (wholeWord, startOfWord) in [(false, false), (true, false), (false, true)] {
                let fast = bytes.occurrences(in: text, wholeWord: wholeWord, startOfWord: startOfWord)
                let slow = characters.occurrences(in: text, wholeWord: wholeWord, startOfWord: startOfWord)
                #expect(fast == slow, "\(needle) in \(text), wholeWord \(wholeWord), startOfWord \(startOfWord)")
            }
            #expect(bytes.isFound(in: text) == characters.isFound(in: text))
            #expect(bytes.isFoundAsWord(in: text) == characters.isFoundAsWord(in: text))
        }
    }

    @Test func theCorpusHasTheMatchesTheQueriesCount() throws {
        let session = SampleSession.make()
        #expect(try session.query("clauses | where text contains \"TERROR\" | count").rows
            == session.query("clauses | where text matches /terror/i | count").rows)
        #expect(try session.query("clauses | where text has \"kashmir\" | count").rows == [[.int(2)]])
    }

    /// `has` on a term and a text, and what it should say, by the rule of the query language docs.
    static let hasCases: [(term: String, text: String, found: Bool)] = [
        ("South China Sea", "in the East and South China Seas.", true),
        ("South China Sea", "East and\nSouth  China\tSea", true),
        ("south china sea", "the SOUTH CHINA SEA’s islands", true),
        ("South China Sea", "South China Seattle", false),
        ("South China Sea", "SouthChina Sea", false),
        ("Sea", "Seattle", false),
        ("sanction", "new sanctions", true),
        ("sanction", "sanctioned", false),
        ("party", "both parties", true),
        ("party", "third-party talks", true),
        ("party", "partying", false),
        ("envoy", "special envoys", true),
        ("tax", "taxes", true),
        ("Pakistan", "Pakistan’s position", true),
        ("Pakistan", "Pakistan's position", true),
        ("Pakistan", "Pakistanis", false),
        ("Xi's", "President Xi’s visit", true),
        ("US", "the US and us", true),
        ("US", "uses", false),
        ("US", "USE", false),
        ("US", "USs", false),
        ("UN", "the UN's", true),
        ("G7", "G7s", false),
        ("side", "Both sides agreed", true),
        ("sides", "one side", false),
        ("Côte d'Ivoire", "Côte d’Ivoire and Ghana", true),
        ("côte d’ivoire", "CÔTE D'IVOIRE", true),
        ("Côte d'Ivoire", "Côte d'Ivoirean", false),
        ("Türkiye", "Türkiye’s accession", true),
        ("Türkiye", "TÜRKIYE", true),
        ("Türkiye", "Türkiyem", false),
        ("Türkiye", "Turkiye", false),
        ("", "anything", false),
        ("  ", "a  b", false),
    ]

    @Test func hasFollowsTheRuleOnBothPaths() {
        for (term, text, found) in Self.hasCases {
            #expect(TextSearch(term).isFoundAsWord(in: text) == found, "\(term) has in \(text)")
            #expect(TextSearch(characterSearchFor: term).isFoundAsWord(in: text) == found, "\(term) has in \(text), by characters")
        }
    }

    @Test func aWordTermTakesPluralEndingsOnItsLastWordOnly() {
        #expect(WordTerm("South China Sea").words == ["South", "China", "Sea"])
        #expect(WordTerm("South China Sea").endings == ["", "s"])
        #expect(WordTerm(" political\nparty ").words == ["political", "part"])
        #expect(WordTerm("party").endings == ["y", "ys", "ies"])
        #expect(WordTerm("approach").endings == ["", "s", "es"])
        #expect(WordTerm("US").endings == [""])
        #expect(WordTerm("U.S.").endings == [""])
        #expect(WordTerm("G20").endings == [""])
        #expect(WordTerm(" \t").isEmpty)
    }

    /// Corpus statements that name a place in a plural, a possessive or with a typographic apostrophe.
    static let corpusFiles = [
        "2022-05-24-quad-joint-leaders-statement.md", "2022-09-20-joint-statement-on-atlantic-cooperation.md",
        "2023-07-13-readout-of-president-joe-bidens-meeting-with-president-sauli-niinisto-of-finland.md",
        "2023-02-06-readout-of-president-bidens-call-with-president-erdogan-of-turkiye.md",
    ]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpusPath + "/" + corpusFiles[0])))
    func hasFindsWhatARegexForItsFormsFinds() throws {
        let corpus = StatementReader().read(paths: Self.corpusFiles.map { Self.corpusPath + "/" + $0 }).corpus
        let session = QuerySession(corpus: corpus)
        for (term, pattern) in [
            ("South China Sea", "/\\bSouth\\s+China\\s+Seas?\\b/i"), ("Côte d'Ivoire", "/\\bCôte\\s+d['’]Ivoire(s)?\\b/i"),
            ("Türkiye", "/\\bTürkiyes?\\b/i"), ("country", "/\\bcountr(y|ys|ies)\\b/i"), ("ally", "/\\ball(y|ys|ies)\\b/i"),
        ] {
            for source in ["clauses", "statements"] {
                let has = try session.query("\(source) | where text has \"\(term)\" | count").rows
                let regex = try session.query("\(source) | where text matches \(pattern) | count").rows
                #expect(has == regex, "\(source): \(term)")
                #expect(has != [[.int(0)]], "\(source): \(term)")
            }
        }
        // "East and South China Seas" is what `has "South China Sea"` used to miss.
        let seas = try session.query("clauses | where text has \"South China Sea\" | where text contains \"China Seas\" | count")
        #expect(seas.rows == [[.int(1)]])
    }

    static let scanNeedles = ["South China Sea", "side", "country", "party", "Pakistan", "China's", "US", "'s", "Sea"]

    /// The column scan runs `has` and `kwic` in the byte path's other entry: it must keep the same rows.
    @Test(arguments: scanNeedles)
    func theColumnScanKeepsTheRowsOfPhrasesAndPlurals(needle: String) throws {
        let session = SampleSession.make()
        for query in [
            "clauses | where text has \"\(needle)\"", "statements | where text has \"\(needle)\" | select id",
            "statements | where title has \"\(needle)\" | select id", "statements | kwic \"\(needle)\" width 25",
            "clauses | kwic \"\(needle)\"",
        ] {
            let rowByRow = query.replacingOccurrences(of: "| where ", with: "| where true and ")
                .replacingOccurrences(of: "| kwic", with: "| where true | kwic")
            #expect(try session.query(query) == session.query(rowByRow), "\(query)")
        }
    }
}
