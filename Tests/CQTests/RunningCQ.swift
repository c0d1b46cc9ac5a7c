import Foundation
import Glibc
import Synchronization

/// A `cq` process that a test talks to while it runs: writes to its standard input, reads its
/// output as it comes, sends it signals. Every wait has a deadline, so a hang fails the test
/// instead of stalling the run, and `stop` kills whatever is left.
final class RunningCQ: Sendable {
    /// How long any one wait may take before it counts as a hang.
    static let deadline: Duration = .seconds(60)

    private let process: Process
    private let input: FileHandle
    private let output: FileHandle
    private let received = Mutex("")
    private let feeding = Atomic<Bool>(false)

    init(process: Process, input: FileHandle, output: FileHandle) {
        self.process = process
        self.input = input
        self.output = output
    }

    /// Writes `text` to standard input.
    func write(_ text: String) {
        try? input.write(contentsOf: Data(text.utf8))
    }

    /// Writes `line` to standard input again and again from another thread until the pipe closes.
    func feedForever(_ line: String) {
        feeding.store(true, ordering: .relaxed)
        let descriptor = input.fileDescriptor
        let bytes = Array(String(repeating: line, count: 64).utf8)
        Thread.detachNewThread { [self] in
            while feeding.load(ordering: .relaxed) {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                if written < 0, errno != EINTR { return }
            }
        }
    }

    /// Closes standard input (the end of the script).
    func closeInput() {
        try? input.close()
    }

    /// Reads standard output until everything read so far contains `expected`; false at the
    /// end of the output or after the deadline.
    func readOutput(until expected: String) -> Bool {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < Self.deadline {
            if received.withLock({ $0.contains(expected) }) { return true }
            guard drain() else { return received.withLock { $0.contains(expected) } }
        }
        return false
    }

    /// Reads what output arrives within 100 ms; false at the end of the output.
    private func drain() -> Bool {
        var poller = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 100) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let got = buffer.withUnsafeMutableBytes { read(output.fileDescriptor, $0.baseAddress, $0.count) }
        guard got > 0 else { return got < 0 && errno == EINTR }
        // Keep only the tail: an endless stream of answers must not fill the memory.
        received.withLock { $0 = String(($0 + String(decoding: buffer[..<got], as: UTF8.self)).suffix(4096)) }
        return true
    }

    /// Sends `signal` to the process.
    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the process to exit and returns its status (128 + the signal if one killed
    /// it), or nil after the deadline. Output still coming is drained so the process never
    /// blocks on a full pipe.
    func wait() -> Int32? {
        let start = ContinuousClock.now
        while process.isRunning {
            guard ContinuousClock.now - start < Self.deadline else { return nil }
            if !drain() { usleep(10_000) }
        }
        feeding.store(false, ordering: .relaxed)
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Kills the process if it still runs.
    func stop() {
        feeding.store(false, ordering: .relaxed)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? input.close()
    }
}

extension CQProcess {
    /// Starts `cq` with pipes on its standard input and output; standard error is discarded.
    /// `environment` is added to (and overrides) the test's, as for `run`.
    static func start(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunningCQ {
        // Writing to a cq that has exited must fail with EPIPE, not kill the test run.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cacheHome
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        return RunningCQ(process: process, input: stdin.fileHandleForWriting, output: stdout.fileHandleForReading)
    }

    /// Runs a `/bin/sh` command line (for redirections a test cannot make with pipes), under
    /// `timeout`, with `$CQ` the built binary and `$SAMPLES` the sample statements.
    static func runShell(_ command: String) throws -> Result {
        try runProgram("/usr/bin/timeout", ["60", "/bin/sh", "-c", command], environment: ["CQ": binary, "SAMPLES": samples])
    }
}
