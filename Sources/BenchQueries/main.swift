import Foundation
import ModelCache
import QueryEngine
import QueryLanguage
import ResultRendering
import Shell
import StatementModel
import StatementReader

// Times queries through the library for scripts/bench:
//   cq-bench RUNS QUERIES PATH...
// QUERIES holds one `NAME<TAB>QUERY` a line, or `NAME<TAB>complete<TAB>TEXT` (Tab completion of
// TEXT at the prompt) or `NAME<TAB>check<TAB>QUERY` (the checker's warnings, as a script is
// checked before it runs). The statements are loaded through the model cache that cq keeps.
// Each runs first in a session of its own (for a completion, the first Tab, which pays for
// reading the dictionaries), then RUNS times more in that session. One JSON object a line goes
// to standard output: its name, the median and every time in milliseconds, the first time, and
// the answer (a query's as CSV without a header, the candidates or the warnings).

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
let store = cache.map { $0.read(paths: paths).store }
let corpus = store == nil ? StatementReader().read(paths: paths).corpus : nil

/// A session over the loaded statements, new each time.
func newSession() -> QuerySession {
    if let store { return QuerySession(store: store) }
    return QuerySession(corpus: corpus ?? Corpus())
}

/// Milliseconds since `start`.
func milliseconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
}

/// Runs `work` once in a new session, then `runs` times more in it; the first time, the later
/// times and the last answer.
func timed(_ work: (QuerySession) -> String) -> (first: Double, times: [Double], answer: String) {
    let session = newSession()
    var start = ContinuousClock.now
    var answer = work(session)
    let first = milliseconds(since: start)
    var times = [Double]()
    for _ in 0..<runs {
        start = ContinuousClock.now
        answer = work(session)
        times.append(milliseconds(since: start))
    }
    return (first, times, answer)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("cq-bench: \(message)\n".utf8))
    exit(1)
}

for line in queryText.split(separator: "\n") {
    let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
    guard parts.count >= 2 else { continue }
    let name = parts[0]
    let measured: (first: Double, times: [Double], answer: String)
    switch parts.count == 3 ? parts[1] : "query" {
    case "complete":
        measured = timed { session in CompletionEngine(session: session).complete(parts[2]).candidates.joined(separator: "\n") }
    case "check":
        measured = timed { session in
            switch session.check(SourceText(name: name, text: parts[2])) {
            case .success(let warnings): return warnings.map(\.message).joined(separator: "\n")
            case .failure(let error): fail("\(name): \(error)")
            }
        }
    case "query":
        measured = timed { session in
            do {
                return ResultRenderer.render(try session.query(parts[1]), as: .csv, options: RenderOptions(headers: false))
            } catch {
                fail("\(name): \(error)")
            }
        }
    default:
        fail("\(name): unknown kind '\(parts[1])' (complete or check)")
    }
    let median = measured.times.sorted()[measured.times.count / 2]
    let object: [String: Any] = [
        "name": name, "median_ms": median, "first_ms": measured.first, "times_ms": measured.times, "answer": measured.answer,
    ]
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
