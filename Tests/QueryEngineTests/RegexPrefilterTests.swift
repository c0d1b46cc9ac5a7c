import Foundation
import QueryLanguage
import StatementReader
import Testing

@testable import QueryEngine

/// `matches` first searches for the literals every match must contain: the analysis must be
/// sure of them, and the prefilter may only ever let more texts through than match.
@Suite("Regex prefilter: required literals and answers equal to plain ICU")
struct RegexPrefilterTests {
    static let analyses: [(String, [String]?)] = [
        ("terror(ism|ist)s?", ["terror"]),
        ("(sanction|embargo)s", ["embargo", "sanction"]),
        ("Kashmir", ["Kashmir"]),
        ("\\bBelt and Road\\b", ["Belt and Road"]),
        ("^Belt$", ["Belt"]),
        ("U\\.S\\.", ["U.S."]),
        ("\\$[0-9]+ billion", [" billion"]),
        ("\\$\\d", ["$"]),
        ("colou?r", ["colo"]),
        ("abc+d", ["abc"]),
        ("ab{2}c", ["ab"]),
        ("ab{0,2}cde", ["cde"]),
        ("(?:foo|bar)baz", ["baz"]),
        ("(?:foo|bar)z", ["bar", "foo"]),
        ("(?<word>corridor)s?", ["corridor"]),
        ("(foo)+x", ["foo"]),
        ("[a-z]+ment", ["ment"]),
        ("[]a]bcd", nil),
        ("[\\]a]bcd", ["bcd"]),
        ("[[a-z]&&[^aeiou]]xyz", ["xyz"]),
        ("foo|bar", ["bar", "foo"]),
        ("foo|[a-z]", nil),
        ("foo|", nil),
        ("(foo)?", nil),
        ("(foo)*bar", ["bar"]),
        ("(foo){0,3}", nil),
        (".*", nil),
        ("\\d{4}", nil),
        ("(\\w+) \\1", nil),
        ("(?=foo)foo", nil),
        ("(?<=a)b", nil),
        ("(?i)foo", nil),
        ("\\Qa.b\\E", nil),
        ("caf\u{E9}", nil),
        ("\u{212A}elvin", nil),
        ("\\x41bc", nil),
        ("\\p{L}abc", nil),
        ("\\Nabc", nil),
        ("", nil),
        ("a", ["a"]),
        ("(", nil),
        ("foo)", nil),
        ("a{,2}", nil),
        ("\\bterror\\b?", nil),
    ]

    @Test func literalsOfPatterns() {
        for (pattern, expected) in Self.analyses {
            #expect(RegexLiterals.required(in: pattern) == expected, "/\(pattern)/")
        }
    }

    /// Every non-ASCII scalar whose case mappings or folding hold an ASCII letter is one the
    /// prefilter lets through under `i`.
    @Test func foldingPartnersAreAllFound() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            guard properties.changesWhenCaseMapped || properties.changesWhenCaseFolded else { continue }
            let forms = [properties.lowercaseMapping, properties.uppercaseMapping, properties.titlecaseMapping,
                String(scalar).folding(options: .caseInsensitive, locale: nil)]
            guard forms.contains(where: { $0.unicodeScalars.contains { $0.isASCII } }) else { continue }
            var text = "x" + String(scalar) + "x"
            let found = text.withUTF8 { RegexPrefilter.holdsFoldingPartner($0) }
            #expect(found, "U+\(String(value, radix: 16))")
        }
    }

    @Test func prefilterCases() throws {
        let kelvin = try #require(RegexPrefilter(pattern: "kashmir", flags: "i"))
        #expect(kelvin.mayMatch("in \u{212A}ashmir"))
        #expect(kelvin.mayMatch("in KASHMIR"))
        #expect(!kelvin.mayMatch("in Kash mir, caf\u{E9} \u{2019}"))
        let exact = try #require(RegexPrefilter(pattern: "Kashmir", flags: ""))
        #expect(!exact.mayMatch("in KASHMIR"))
        #expect(exact.mayMatch("Kashmir\u{301}"))
        #expect(RegexPrefilter(pattern: ".*", flags: "i") == nil)
    }

    /// Patterns and texts where a prefilter could go wrong.
    static let patterns = [
        "terror(ism|ist)s?", "(sanction|embargo)s", "Kashmir", "\\bBelt and Road\\b", "Belt( and Road)?",
        "U\\.S\\.", "\\$[0-9]+", "\\b(China|Pakistan)\\b", "^The ", "\\.$", "president(ial)?", "(foo)?bar|corridor",
        "[A-Z]{3,}", "\\d{4}", "colou?r", "Secretar(y|ies)", "nuclear|missile", "(?:joint|mutual) statement",
        "cooperat(e|ion)+", "caf\u{E9}", "\u{212A}", "kilo", "\u{17F}", "mass", "stra(ss|\u{DF})e", "fi[a-z]", "it's|it\u{2019}s",
        "\\bU\\.S\\.-", "Kelvin|Kashmir", "ss", "k", "[]a]bc", "(\\w+) \\1", "\\s{2,}", "one-China", "(?i)KASHMIR",
    ]

    static let extraTexts = [
        "\u{212A}ashmir", "KASHMIR in caps", "the stra\u{DF}e", "a \u{FB01}nal word", "\u{17F}an\u{17F}", "Kashmir\u{301}",
        "Belt and Road\u{301}", "U.S.\u{301}", "mi\u{17F}\u{17F}ile", "\u{212A}ILO", "it\u{2019}s", "caf\u{E9}", "cafe\u{301}",
    ]

    /// How many of `texts` plain ICU matches.
    static func plainCount(_ pattern: String, _ flags: String, _ texts: [String]) throws -> Int {
        let regex = try NSRegularExpression(pattern: pattern, options: flags.contains("i") ? [.caseInsensitive] : [])
        return texts.filter { regex.firstMatch(in: $0, range: NSRange(location: 0, length: ($0 as NSString).length)) != nil }.count
    }

    /// How many of `texts` match `pattern`, by plain ICU and by `RegexMatcher` (prefilter first).
    static func counts(_ pattern: String, _ flags: String, _ texts: [String]) throws -> (plain: Int, filtered: Int) {
        let matcher = try RegexMatcher(pattern: pattern, flags: flags, range: 0..<1)
        let context = ExecutionContext(
            tables: SourceTables(sources: StoreSources(corpus: SampleSession.corpus)), parameters: [:], limits: QueryLimits(), cancellation: Cancellation())
        var filtered = 0
        for text in texts where try matcher.matches(text, context: context) { filtered += 1 }
        return (try plainCount(pattern, flags, texts), filtered)
    }

    @Test func samplesAgreeWithPlainICU() throws {
        let session = SampleSession.make()
        let texts = SampleSession.corpus.clauses.map(\.text) + SampleSession.corpus.statements.map(\.title) + Self.extraTexts
        for pattern in Self.patterns {
            for flags in ["", "i"] {
                let (plain, filtered) = try Self.counts(pattern, flags, texts)
                #expect(plain == filtered, "/\(pattern)/\(flags)")
                // The query, which scans the column of the samples' clauses.
                let clausesOnly = try Self.plainCount(pattern, flags, SampleSession.corpus.clauses.map(\.text))
                let escaped = pattern.replacingOccurrences(of: "/", with: "\\/")
                let table = try session.query("clauses | where text matches /\(escaped)/\(flags) | count")
                #expect(table.rows == [[.int(clausesOnly)]], "/\(pattern)/\(flags)")
            }
        }
    }

    static let corpus = URL(fileURLWithPath: SampleSession.packageRoot).deletingLastPathComponent().path + "/shared/corpus/whitehouse"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus), "../shared/corpus is not beside the repository"))
    func corpusAgreesWithPlainICU() throws {
        let loaded = StatementReader().read(paths: [Self.corpus]).corpus
        let session = QuerySession(corpus: loaded)
        let texts = loaded.clauses.map(\.text)
        for pattern in Self.patterns {
            for flags in ["", "i"] {
                // The query runs the column scan, then `RegexMatcher` (prefilter first) on its rows.
                let plain = try Self.plainCount(pattern, flags, texts)
                let escaped = pattern.replacingOccurrences(of: "/", with: "\\/")
                let scanned = try session.query("clauses | where text matches /\(escaped)/\(flags) | count")
                #expect(scanned.rows == [[.int(plain)]], "/\(pattern)/\(flags)")
            }
        }
    }

    @Test func aScanStillStopsForCancellationAndBadPatterns() throws {
        let session = SampleSession.make()
        let cancelled = Cancellation()
        cancelled.cancel()
        #expect(throws: Diagnostic.self) { try session.query("clauses | where text matches /terror/i | count", cancellation: cancelled) }
        #expect(throws: Diagnostic.self) { try session.query("clauses | where text matches /zzz(/ | count") }
        #expect(try session.query("clauses | where text matches \"Kashmir\" | count").rows
            == session.query("clauses | where true and text matches \"Kashmir\" | count").rows)
    }
}
