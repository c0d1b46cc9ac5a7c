import Foundation
import ModelCache
import QueryEngine
import ResultRendering
import StatementReader

// Times queries through the library for scripts/bench:
//   cq-bench RUNS QUERIES PATH...
// QUERIES holds one `NAME<TAB>QUERY` a line. The statements are loaded through the model cache
// that cq keeps; each query runs once to warm up, then RUNS times. One JSON object a query
// goes to standard output: its name, the median and every time in milliseconds, and the answer
// as CSV without a header.

let arguments = CommandLine.arguments
guard arguments.count >= 4, let runs = Int(arguments[1]), runs > 0,
    let queryText = try? String(contentsOfFile: arguments[2], encoding: .utf8)
else {
    FileHandle.standardError.write(Data("usage: cq-bench RUNS QUERIES PATH...\n".utf8))
    exit(2)
}
let paths = Array(arguments.dropFirst(3))
// The cache cq itself keeps for these paths: the cq built beside this program writes it.
let cq = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cq").path
let cache = ModelCache.defaultDirectory().map { ModelCache(directory: $0, identity: ModelCache.identity(ofProgram: cq)) }
let session = cache.map { QuerySession(store: $0.read(paths: paths).store) }
    ?? QuerySession(corpus: StatementReader().read(paths: paths).corpus)

for line in queryText.split(separator: "\n") {
    let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { continue }
    var times = [Double]()
    var answer = ""
    for run in 0...runs {
        let start = ContinuousClock.now
        let table: ResultTable
        do {
            table = try session.query(parts[1])
        } catch {
            FileHandle.standardError.write(Data("cq-bench: \(parts[0]): \(error)\n".utf8))
            exit(1)
        }
        let elapsed = ContinuousClock.now - start
        if run > 0 {
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        answer = ResultRenderer.render(table, as: .csv, options: RenderOptions(headers: false))
    }
    let median = times.sorted()[times.count / 2]
    let object: [String: Any] = ["name": parts[0], "median_ms": median, "times_ms": times, "answer": answer]
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
