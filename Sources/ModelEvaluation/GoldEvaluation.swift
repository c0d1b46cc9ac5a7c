import Foundation
import StatementModel
import StatementReader

/// Measures the reader against the development gold set: how many gold sentences are found
/// as clauses, and how often actor, CAMEO root and metadata agree.
public struct GoldEvaluation: Sendable {
    /// A gold sentence the reader got wrong, or did not find.
    public struct Miss: Sendable, CustomStringConvertible {
        public var doc: String
        public var start: String
        public var what: String
        public var expected: String
        public var found: String

        public var description: String {
            "\(doc.prefix(60)) | \(start) | \(what): expected \(expected), found \(found)"
        }
    }

    public private(set) var sentences = 0
    public private(set) var found = 0
    public private(set) var actorCorrect = 0
    public private(set) var rootCorrect = 0
    public private(set) var cameoTotal = 0
    public private(set) var cameoCorrect = 0
    public private(set) var documents = 0
    /// The documents whose title, date and parties were coded (`DOC.meta.json`).
    public private(set) var codedDocuments = 0
    public private(set) var datesCorrect = 0
    public private(set) var partiesCorrect = 0
    public private(set) var titlesCorrect = 0
    public private(set) var misses: [Miss] = []

    /// The figures of the documents of one genre.
    public struct GenreFigures: Sendable {
        public var genre: String
        public var documents = 0
        public var sentences = 0
        public var found = 0
        public var actorCorrect = 0
        public var rootCorrect = 0
    }

    /// The figures by genre, in the order the genres first appear.
    public private(set) var genres: [GenreFigures] = []

    /// Evaluates the gold set in `goldDirectory`, reading each document from the first of
    /// `sourceDirectories` that holds a file of its name. A document is coded in `DOC.jsonl`
    /// (sentences) and `DOC.meta.json` (title, date, parties); either may be missing.
    public init(goldDirectory: String, sourceDirectories: [String]) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: goldDirectory).sorted()
        let docs = Set(files.compactMap { file in
            [".meta.json", ".jsonl"].first(where: file.hasSuffix).map { String(file.dropLast($0.count)) }
        }).sorted()
        let reader = StatementReader()
        for doc in docs {
            guard let source = sourceDirectories.map({ $0 + "/" + doc }).first(where: FileManager.default.fileExists)
            else {
                misses.append(Miss(doc: doc, start: "", what: "document", expected: "a source file", found: "none"))
                continue
            }
            let statement = try reader.readFile(source)[0]
            documents += 1
            let genre = Self.genre(ofSource: source, statement: statement)
            if !genres.contains(where: { $0.genre == genre }) { genres.append(GenreFigures(genre: genre)) }
            update(genre) { $0.documents += 1 }
            let metaFile = goldDirectory + "/" + doc + ".meta.json"
            if FileManager.default.fileExists(atPath: metaFile) {
                let meta = try JSONDecoder().decode(GoldMetadata.self, from: Data(contentsOf: URL(fileURLWithPath: metaFile)))
                check(meta, doc: doc, statement)
            }
            let goldFile = goldDirectory + "/" + doc + ".jsonl"
            guard let lines = try? String(contentsOfFile: goldFile, encoding: .utf8) else { continue }
            for line in lines.split(separator: "\n") where !line.isEmpty {
                let gold = try JSONDecoder().decode(GoldSentence.self, from: Data(line.utf8))
                check(gold, doc: doc, genre: genre, statement)
            }
        }
    }

    /// A document's genre: the `genre` field of its front matter, else the kind the reader
    /// gave the statement (`statements.kind`).
    static func genre(ofSource path: String, statement: Statement) -> String {
        if let text = try? String(contentsOfFile: path, encoding: .utf8), text.hasPrefix("---") {
            for line in text.split(separator: "\n").dropFirst() {
                if line.hasPrefix("---") { break }
                if line.hasPrefix("genre:") {
                    return line.dropFirst("genre:".count).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                }
            }
        }
        return statement.kind ?? "statement"
    }

    private mutating func update(_ genre: String, _ change: (inout GenreFigures) -> Void) {
        if let index = genres.firstIndex(where: { $0.genre == genre }) { change(&genres[index]) }
    }

    private mutating func check(_ meta: GoldMetadata, doc: String, _ statement: Statement) {
        codedDocuments += 1
        if statement.date == meta.date {
            datesCorrect += 1
        } else {
            misses.append(Miss(doc: doc, start: "", what: "date", expected: meta.date, found: statement.date ?? "nil"))
        }
        if statement.partyCodes.sorted() == meta.parties {
            partiesCorrect += 1
        } else {
            misses.append(Miss(
                doc: doc, start: "", what: "parties", expected: meta.parties.joined(separator: ","),
                found: statement.partyCodes.sorted().joined(separator: ",")))
        }
        if statement.title == meta.title {
            titlesCorrect += 1
        } else {
            misses.append(Miss(doc: doc, start: "", what: "title", expected: meta.title, found: statement.title))
        }
    }

    private mutating func check(_ gold: GoldSentence, doc: String, genre: String, _ statement: Statement) {
        guard gold.clear != false else { return }
        sentences += 1
        update(genre) { $0.sentences += 1 }
        let start = Self.normalize(gold.start)
        guard let clause = statement.clauses.first(where: { Self.normalize($0.text).hasPrefix(start) }) else {
            misses.append(Miss(doc: doc, start: gold.start, what: "sentence", expected: "a clause", found: "none"))
            return
        }
        found += 1
        update(genre) { $0.found += 1 }
        let actor = clause.actor == "joint" ? "joint" : clause.actorCode
        if actor == gold.actor {
            actorCorrect += 1
            update(genre) { $0.actorCorrect += 1 }
        } else {
            misses.append(Miss(doc: doc, start: gold.start, what: "actor", expected: gold.actor ?? "null", found: actor ?? "null"))
        }
        let root = clause.cameo.map { String($0.prefix(2)) }
        if root == gold.root {
            rootCorrect += 1
            update(genre) { $0.rootCorrect += 1 }
        } else {
            misses.append(Miss(
                doc: doc, start: gold.start, what: "root",
                expected: gold.root ?? "null", found: "\(clause.cameo ?? "null") (\(clause.verb ?? "no verb"))"))
        }
        if let cameo = gold.cameo {
            cameoTotal += 1
            if clause.cameo == cameo { cameoCorrect += 1 }
        }
    }

    /// Folds case, whitespace, quotes and Markdown markers, as the gold set's README says.
    public static func normalize(_ text: String) -> String {
        var result = ""
        var space = false
        for character in text.lowercased() {
            switch character {
            case "*", "_", "#", "\\": continue
            case "’", "‘": result.append("'"); space = false
            case "“", "”": result.append("\""); space = false
            default:
                if character.isWhitespace {
                    space = !result.isEmpty
                } else {
                    if space { result.append(" ") }
                    space = false
                    result.append(character)
                }
            }
        }
        return result
    }

    /// A share as a percentage with one decimal.
    public static func percent(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : (Double(part) * 1000 / Double(whole)).rounded() / 10
    }

    public var foundShare: Double { Self.percent(found, sentences) }
    public var actorShare: Double { Self.percent(actorCorrect, found) }
    public var rootShare: Double { Self.percent(rootCorrect, found) }
    public var dateShare: Double { Self.percent(datesCorrect, codedDocuments) }
    public var partiesShare: Double { Self.percent(partiesCorrect, codedDocuments) }
}
