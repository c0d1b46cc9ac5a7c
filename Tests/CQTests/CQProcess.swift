import Foundation
import Glibc

/// Runs the built `cq` binary for end-to-end tests, as swift-argument-parser's test helpers do.
enum CQProcess {
    /// The directory holding the built products (`cq` beside the test bundle).
    static let productsDirectory: String = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("cq").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.path
    }()

    static let binary = productsDirectory + "/cq"
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let samples = packageRoot + "/samples/statements"

    /// What a finished run printed and returned.
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// Runs `cq` with the arguments, writing `input` to its standard input (pipes, no terminal).
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:], directory: String? = nil) throws -> Result {
        try runProgram(binary, arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs any program the same way.
    static func runProgram(_ path: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        directory: String? = nil) throws -> Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        // Model caches go to a directory of this test run, never the user's.
        env["XDG_CACHE_HOME"] = cacheHome
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    /// The `XDG_CACHE_HOME` of every run unless a test gives its own.
    static let cacheHome = NSTemporaryDirectory() + "cq-e2e-cache-" + UUID().uuidString

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "cq-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
