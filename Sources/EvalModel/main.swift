import Foundation
import ModelEvaluation

// Measures the statement reader against the development gold set and prints the figures
// and every miss; with --coverage, prints per document style how many clauses get an actor
// and a CAMEO code; with --digests, prints the digest of the model each file under a folder
// reads to (`ModelDigests`). Usage: eval-model GOLD_DIR SOURCE_DIR...  |  eval-model --coverage
// PATH...  |  eval-model --digests FOLDER

let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("eval-model: \(message)\n".utf8))
    exit(status)
}

if arguments.first == "--coverage" {
    let coverage = CorpusCoverage(paths: Array(arguments.dropFirst()))
    print("| style | statements | clauses | with actor | with CAMEO code |")
    print("|---|---:|---:|---:|---:|")
    for row in coverage.rows {
        let actor = GoldEvaluation.percent(row.withActor, row.clauses)
        let cameo = GoldEvaluation.percent(row.withCameo, row.clauses)
        print("| \(row.style) | \(row.statements) | \(row.clauses) | \(actor) % | \(cameo) % |")
    }
    print("\nfiles with warnings: \(coverage.warnings.count)")
    for warning in coverage.warnings { print("  \(warning)") }
    print("statements without a title, date or party: \(coverage.incomplete.count)")
    for id in coverage.incomplete { print("  \(id)") }
    exit(0)
}

if arguments.first == "--digests" {
    guard arguments.count == 2 else { fail("usage: eval-model --digests FOLDER", status: 2) }
    for line in ModelDigests.lines(under: arguments[1]) { print(line) }
    exit(0)
}

guard arguments.count >= 2 else {
    fail("usage: eval-model GOLD_DIR SOURCE_DIR...  |  eval-model --coverage PATH...  |  eval-model --digests FOLDER", status: 2)
}
do {
    let evaluation = try GoldEvaluation(goldDirectory: arguments[0], sourceDirectories: Array(arguments.dropFirst()))
    print("documents: \(evaluation.documents)")
    print("gold sentences: \(evaluation.sentences)")
    print("found as clauses: \(evaluation.found) (\(evaluation.foundShare) %)")
    print("actor correct: \(evaluation.actorCorrect) (\(evaluation.actorShare) %)")
    print("CAMEO root correct: \(evaluation.rootCorrect) (\(evaluation.rootShare) %)")
    print("CAMEO code correct where gold has one: \(evaluation.cameoCorrect) of \(evaluation.cameoTotal) (\(GoldEvaluation.percent(evaluation.cameoCorrect, evaluation.cameoTotal)) %)")
    print("dates correct: \(evaluation.datesCorrect) of \(evaluation.codedDocuments) (\(evaluation.dateShare) %)")
    print("parties correct: \(evaluation.partiesCorrect) of \(evaluation.codedDocuments) (\(evaluation.partiesShare) %)")
    print("titles correct: \(evaluation.titlesCorrect) of \(evaluation.codedDocuments)")
    print("\n| genre | documents | sentences | found | actor | CAMEO root |")
    print("|---|---:|---:|---:|---:|---:|")
    for genre in evaluation.genres {
        let found = GoldEvaluation.percent(genre.found, genre.sentences)
        let actor = GoldEvaluation.percent(genre.actorCorrect, genre.found)
        let root = GoldEvaluation.percent(genre.rootCorrect, genre.found)
        print("| \(genre.genre) | \(genre.documents) | \(genre.sentences) | \(found) % | \(actor) % | \(root) % |")
    }
    if !evaluation.misses.isEmpty {
        print("\nmisses:")
        for miss in evaluation.misses { print("  \(miss)") }
    }
} catch {
    fail("\(error)", status: 1)
}
