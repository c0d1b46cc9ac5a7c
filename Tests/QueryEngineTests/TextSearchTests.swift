import Foundation
@testable import QueryEngine
import StatementReader
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
        return StatementReader().read(paths: paths).corpus.clauses.map(\.text)
    }()

    static let tricky = [
        "Terrorism, TERROR and counter-terrorism", "éterror", "terroré", "terror\u{301}s", "x terror", "terror",
        "ter ror", "TeRrOr!", "sanctions\u{301}", "«sanctions»", "１sanctions", "sanctions２", "ΣΑΝΚsanctions",
        "the U.S.-China talks on u.s. trade", "", "t", "co-operation and cooperation", "\r\nterror\r\n",
        "🇺🇸terror🇨🇳", "Kashmir-Kashmiri kashmir",
    ]

    static let needles = ["terror", "sanctions", "Kashmir", "the", "u.s.", "a", "co-operation", "t", "TERROR", "S"]

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
}
