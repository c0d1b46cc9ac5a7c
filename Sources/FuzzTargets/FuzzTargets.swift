import Foundation
@_spi(Fuzzing) import ColumnStore
import ModelCache
import QueryEngine
import QueryLanguage
import SQLCompiler
import StatementModel
import StatementReader

/// The bodies of the fuzz harnesses: each takes arbitrary bytes and must return without
/// trapping. The libFuzzer executables (`scripts/fuzz`) and the regression tests call them.
public enum FuzzTargets {
    /// Lexes and parses the bytes as a query script.
    public static func queryParser(_ data: [UInt8]) {
        let source = SourceText(name: "fuzz", text: String(decoding: data, as: UTF8.self))
        for result in Parser.parseStatements(source) {
            if case .failure(let diagnostic) = result {
                _ = DiagnosticRenderer.render(diagnostic, in: source)
            }
        }
        _ = Parser.isIncomplete(source)
    }

    /// Parses, checks and runs the bytes as a script over the samples, with limits on time and
    /// rows, and compiles them to SQL for every dialect.
    public static func queryEvaluator(_ data: [UInt8]) {
        let session = QuerySession(corpus: samples, limits: QueryLimits(maximumRows: 100_000, timeLimit: 0.5))
        session.parameters["actor"] = .string("Pakistan")
        session.parameters["n"] = .int(3)
        let source = SourceText(name: "fuzz", text: String(decoding: data, as: UTF8.self))
        session.run(source, bail: false) { output in
            if case .failure(let diagnostic) = output { _ = DiagnosticRenderer.render(diagnostic, in: source) }
        }
        let environment = Checker.Environment(parameters: session.parameters.mapValues(\.type), parameterValues: session.parameters)
        for dialect in SQLDialect.allCases {
            _ = try? SQLCompiler(dialect: dialect, parameters: session.parameters).compile(source, environment: environment)
        }
    }

    /// Reads the bytes as a statement file of each kind (plain text, Markdown, JSON model).
    public static func statementReader(_ data: [UInt8]) {
        let directory = NSTemporaryDirectory() + "cq-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for ext in ["txt", "md", "json"] {
            let path = directory + "/input." + ext
            guard FileManager.default.createFile(atPath: path, contents: Data(data)) else { continue }
            _ = try? StatementReader().readFile(path)
        }
    }

    /// Stores the bytes as the cache file of a load of the samples and reads it back as a load
    /// does (directory check, header, mapping, the cache's sections), then builds every
    /// statement from its columns, without reading the statement files. Inputs of an even
    /// length (the seed's, a whole number of pages) have their checksums recomputed first, so
    /// that they reach the checks of the sections' contents; odd ones test the checksums.
    public static func cacheFile(_ input: [UInt8]) {
        var data = input
        if data.count % 2 == 0 { StoreSigning.resign(&data) }
        let cache = fuzzCache
        // Plain stdio: Foundation's writes would sync the file to disk every time.
        guard let file = fopen(cache.file(for: [samplesPath]), "wb") else { return }
        let written = fwrite(data, 1, data.count, file)
        guard fclose(file) == 0, written == data.count else { return }
        _ = cache.cachedFileCount(for: [samplesPath])
    }

    /// The bytes of a real cache file of the samples, as a load writes it: the seed of `cacheFile`.
    public static func cacheSeed() -> [UInt8] {
        let cache = fuzzCache
        let path = cache.file(for: [samplesPath])
        try? FileManager.default.removeItem(atPath: path)
        _ = cache.read(paths: [samplesPath])
        return FileManager.default.contents(atPath: path).map(Array.init) ?? []
    }

    /// The cache `cacheFile` writes and reads, in a private directory of this process.
    private static let fuzzCache: ModelCache = {
        let directory = NSTemporaryDirectory() + "cq-fuzz-cache-\(getpid())"
        mkdir(directory, 0o700)
        return ModelCache(directory: directory, identity: "fuzz")
    }()

    /// The bundled sample statements, read once (the fuzz harnesses run from the package root).
    public static let samples: Corpus = StatementReader().read(paths: [samplesPath]).corpus

    /// Where the samples are: `CQ_SAMPLES`, else `samples/statements` under the current directory.
    private static let samplesPath = ProcessInfo.processInfo.environment["CQ_SAMPLES"] ?? "samples/statements"
}
