import Foundation
import FuzzTargets
import Testing

/// Replays every input that once crashed a fuzz harness (`Tests/FuzzRegressions/TARGET/`),
/// and the harnesses' seeds, through the harness bodies: none may trap.
@Suite("Fuzz regressions and seeds")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func files(_ directory: String) -> [String] {
        let path = root + "/" + directory
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
    }

    static func contents(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map(Array.init) ?? []
    }

    @Test func queryInputs() {
        let inputs = Self.files("Tests/FuzzRegressions/query") + Self.files("Tests/FuzzSeeds/query")
        #expect(inputs.count > 50)
        for path in inputs { FuzzTargets.queryParser(Self.contents(path)) }
    }

    @Test func evaluatorInputs() {
        setenv("CQ_SAMPLES", Self.root + "/samples/statements", 1)
        for path in Self.files("Tests/FuzzRegressions/evaluator") + Self.files("Tests/FuzzSeeds/query") {
            FuzzTargets.queryEvaluator(Self.contents(path))
        }
        #expect(FuzzTargets.samples.statements.count == 4)
    }

    @Test func cacheInputs() {
        setenv("CQ_SAMPLES", Self.root + "/samples/statements", 1)
        let seed = FuzzTargets.cacheSeed()
        #expect(seed.count > 1000)
        for path in Self.files("Tests/FuzzRegressions/cache") { FuzzTargets.cacheFile(Self.contents(path)) }
        FuzzTargets.cacheFile(seed)
        // Mutations of the seed: cut at every 97th byte, and one byte flipped at every 97th.
        for position in stride(from: 0, to: seed.count, by: 97) {
            FuzzTargets.cacheFile(Array(seed.prefix(position)))
            var flipped = seed
            flipped[position] ^= 0xFF
            FuzzTargets.cacheFile(flipped)
        }
    }

    /// The `cli` harness's regressions, each a run of the built `cq` (beside this test bundle)
    /// in a private temporary directory: none may trap, hang or lose a signal.
    @Test func cliInputs() {
        setenv("CQ_SAMPLES", Self.root + "/samples/statements", 1)
        for path in Self.files("Tests/FuzzRegressions/cli") {
            let finding = FuzzTargets.commandLineFinding(Self.contents(path))
            #expect(finding == nil, "\(path):\n\(finding ?? "")")
        }
    }

    @Test func readerInputs() {
        for path in Self.files("Tests/FuzzRegressions/reader") + Self.files("samples/statements") {
            FuzzTargets.statementReader(Self.contents(path))
            // A mutation of a real statement: bytes cut off in the middle of a character.
            FuzzTargets.statementReader(Array(Self.contents(path).prefix(1001)))
        }
    }
}
