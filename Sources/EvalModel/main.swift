import Foundation
import ModelEvaluation

// Measures the statement reader against the development gold set and prints the figures
// and every miss. Usage: eval-model GOLD_DIR SOURCE_DIR...

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: eval-model GOLD_DIR SOURCE_DIR...\n".utf8))
    exit(2)
}
do {
    let evaluation = try GoldEvaluation(goldDirectory: arguments[0], sourceDirectories: Array(arguments.dropFirst()))
    print("documents: \(evaluation.documents)")
    print("gold sentences: \(evaluation.sentences)")
    print("found as clauses: \(evaluation.found) (\(evaluation.foundShare) %)")
    print("actor correct: \(evaluation.actorCorrect) (\(evaluation.actorShare) %)")
    print("CAMEO root correct: \(evaluation.rootCorrect) (\(evaluation.rootShare) %)")
    print("CAMEO code correct where gold has one: \(evaluation.cameoCorrect) of \(evaluation.cameoTotal) (\(GoldEvaluation.percent(evaluation.cameoCorrect, evaluation.cameoTotal)) %)")
    print("dates correct: \(evaluation.datesCorrect) of \(evaluation.documents) (\(evaluation.dateShare) %)")
    print("parties correct: \(evaluation.partiesCorrect) of \(evaluation.documents) (\(evaluation.partiesShare) %)")
    print("titles correct: \(evaluation.titlesCorrect) of \(evaluation.documents)")
    if !evaluation.misses.isEmpty {
        print("\nmisses:")
        for miss in evaluation.misses { print("  \(miss)") }
    }
} catch {
    FileHandle.standardError.write(Data("eval-model: \(error)\n".utf8))
    exit(1)
}
