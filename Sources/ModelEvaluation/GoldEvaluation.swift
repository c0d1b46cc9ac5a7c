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
    public private(set) var datesCorrect = 0
    public private(set) var partiesCorrect = 0
    public private(set) var titlesCorrect = 0
    public private(set) var misses: [Miss] = []

    /// Evaluates the gold set in `goldDirectory`, reading each document from the first of
    /// `sourceDirectories` that holds a file of its name.
    public init(goldDirectory: String, sourceDirectories: [String]) throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: goldDirectory).sorted()
        let reader = StatementReader()
        for metaFile in files where metaFile.hasSuffix(".meta.json") {
            let doc = String(metaFile.dropLast(".meta.json".count))
            let metaData = try Data(contentsOf: URL(fileURLWithPath: goldDirectory + "/" + metaFile))
            let meta = try JSONDecoder().decode(GoldMetadata.self, from: metaData)
            guard let source = sourceDirectories.map({ $0 + "/" + doc }).first(where: FileManager.default.fileExists)
            else {
                misses.append(Miss(doc: doc, start: "", what: "document", expected: "a source file", found: "none"))
                continue
            }
            let statement = try reader.readFile(source)[0]
            documents += 1
            check(meta, statement)
            let goldFile = goldDirectory + "/" + doc + ".jsonl"
            guard let lines = try? String(contentsOfFile: goldFile, encoding: .utf8) else { continue }
            for line in lines.split(separator: "\n") where !line.isEmpty {
                let gold = try JSONDecoder().decode(GoldSentence.self, from: Data(line.utf8))
                check(gold, statement)
            }
        }
    }

    private mutating func check(_ meta: GoldMetadata, _ statement: Statement) {
        if statement.date == meta.date {
            datesCorrect += 1
        } else {
            misses.append(Miss(doc: meta.doc, start: "", what: "date", expected: meta.date, found: statement.date ?? "nil"))
        }
        if statement.partyCodes.sorted() == meta.parties {
            partiesCorrect += 1
        } else {
            misses.append(Miss(
                doc: meta.doc, start: "", what: "parties", expected: meta.parties.joined(separator: ","),
                found: statement.partyCodes.sorted().joined(separator: ",")))
        }
        if statement.title == meta.title {
            titlesCorrect += 1
        } else {
            misses.append(Miss(doc: meta.doc, start: "", what: "title", expected: meta.title, found: statement.title))
        }
    }

    private mutating func check(_ gold: GoldSentence, _ statement: Statement) {
        sentences += 1
        let start = Self.normalize(gold.start)
        guard let clause = statement.clauses.first(where: { Self.normalize($0.text).hasPrefix(start) }) else {
            misses.append(Miss(doc: gold.doc, start: gold.start, what: "sentence", expected: "a clause", found: "none"))
            return
        }
        found += 1
        let actor = clause.actor == "joint" ? "joint" : clause.actorCode
        if actor == gold.actor {
            actorCorrect += 1
        } else {
            misses.append(Miss(doc: gold.doc, start: gold.start, what: "actor", expected: gold.actor ?? "null", found: actor ?? "null"))
        }
        let root = clause.cameo.map { String($0.prefix(2)) }
        if root == gold.root {
            rootCorrect += 1
        } else {
            misses.append(Miss(
                doc: gold.doc, start: gold.start, what: "root",
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
    public var dateShare: Double { Self.percent(datesCorrect, documents) }
    public var partiesShare: Double { Self.percent(partiesCorrect, documents) }
}
