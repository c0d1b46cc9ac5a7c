import Foundation
import Glibc

// The `cli` harness: the built `cq` binary run as a process, its command line, standard input
// and signals drawn from the fuzz input. The body (`FuzzTargets.commandLine`) decodes one input
// into a run (`CLIRun`), runs `cq` with it in a private temporary directory and checks how it
// ended. Findings: a trap (death by SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGSEGV, SIGFPE), death by
// a signal cq handles or should never get, an exit status docs/shell.md does not list (or 130,
// 143 without SIGINT, SIGTERM, SIGHUP), temporary files left behind after an exit, a SIGINT,
// SIGTERM or SIGHUP that cq outlives by 2.5 s (a lost signal: the harness then sends SIGTERM),
// and a cq that outlives that SIGTERM too (a hang: killed). A run that takes longer than 2.5 s
// gets the harness's SIGTERM and is no finding if it then ends.
//
// Confinement: runs are started from one dedicated thread that Landlock restricts to writing
// under the private temporary directory, so `cq` (started from that thread) cannot write,
// create, remove or truncate anything else, whatever a script asks (`.output`, `.once`,
// `.export`, `cq export`), devices such as /dev/null included; reading stays free. Without
// Landlock the harness removes every meta-command from the texts it hands to `cq` and never
// runs `cq export`, so no text can name a file to write. Either way, raw fuzz strings used as
// paths lose their `/`, and meta-command lines too (they name files in the run's working
// directory, inside the temporary directory).

extension FuzzTargets {
    /// Runs `cq` as the bytes describe and aborts on a finding (see the top of this file).
    /// `CQ_FUZZ_CLI_VERBOSE=1` prints every run and its output.
    public static func commandLine(_ data: [UInt8]) {
        guard commandLineFinding(data) != nil else { return }
        #if FUZZING
        // libFuzzer reports "fuzz target exited" and saves the input, without the backtrace
        // of this process (which is not the one that failed) burying the report.
        exit(1)
        #else
        try? FileManager.default.removeItem(atPath: CLISandbox.shared.root)
        abort()
        #endif
    }

    /// Runs `cq` as the bytes describe; returns the report of a finding (also printed on
    /// standard error), or nil.
    public static func commandLineFinding(_ data: [UInt8]) -> String? {
        let run = CLIRun(decoding: data, confined: CLISandbox.shared.confined)
        let outcome = CLISandbox.shared.perform(run)
        let verdict = outcome.verdict(for: run)
        // The outputs first, the command line and the verdict last (scripts/fuzz shows the tail).
        let report = outcome.description + run.description(in: CLISandbox.shared.work) + (verdict.map { "FINDING: \($0)\n" } ?? "")
        if verdict != nil || CLISandbox.verbose { FileHandle.standardError.write(Data(report.utf8)) }
        return verdict.map { _ in report }
    }
}

// MARK: - The run an input describes

/// A command line, an environment, a standard input and a signal for one run of `cq`.
struct CLIRun {
    /// What standard input is.
    enum Input: Int, CaseIterable {
        /// A pipe: the bytes are written, then it is closed.
        case bytes
        /// Closed (`cq <&-`).
        case closed
        /// A pipe closed at once (`cq </dev/null`, as a pipe).
        case empty
        /// The working directory, opened for reading (`cq <dir`).
        case directory
        /// A pipe fed in chunks with pauses; kept open until `cq` ends when a signal is sent.
        case slow
        /// A regular file holding the bytes (`cq <file`).
        case file
        /// A pipe whose reading end is non-blocking (O_NONBLOCK), written, then closed.
        case nonBlocking
    }

    /// What the harness does to `cq` while it runs.
    enum Action: Equatable {
        case none
        case signal(Int32)
        /// The reading end of standard output is closed: the next write gets EPIPE (SIGPIPE).
        case closeOutput
    }

    var arguments: [String] = []
    var environment: [String: String] = [:]
    var input = Input.bytes
    var inputBytes: [UInt8] = []
    /// The contents of the statement files and script file the run can name.
    var fileBytes: [UInt8] = []
    var action = Action.none
    /// Milliseconds after the start when the action happens.
    var delay = 0
    /// Whether a signal is sent a second time, as long again later.
    var twice = false
    /// Chunks of a slow input and the pause between them (milliseconds).
    var chunks = 1
    var pause = 0
    /// Whether `cq` starts with SIGINT, SIGTERM, SIGHUP and SIGWINCH blocked.
    var blockedSignals = false

    static let delays = [0, 3, 10, 30, 80, 150, 300, 600]
    static let pauses = [1, 10, 30, 60]
    static let signals: [Action] = [.none, .none, .none, .signal(SIGINT), .signal(SIGTERM), .signal(SIGHUP), .signal(SIGWINCH), .closeOutput]
    static let maximumPayload = 32 << 10

    init() {}

    /// Decodes the bytes: six header bytes (input, action, timing, flags, split, argument
    /// count), the arguments (a token byte each, some followed by a choice byte or a string of
    /// a length byte and that many bytes), then the payload, split into standard input and
    /// file contents. Missing bytes read as zero.
    init(decoding data: [UInt8], confined: Bool) {
        var reader = ByteReader(data)
        input = Input(rawValue: Int(reader.byte()) % Input.allCases.count) ?? .bytes
        action = Self.signals[Int(reader.byte()) % Self.signals.count]
        let timing = Int(reader.byte())
        delay = Self.delays[timing & 7]
        pause = Self.pauses[(timing >> 3) & 3]
        chunks = 1 + (timing >> 5)
        let flags = reader.byte()
        blockedSignals = flags & 1 != 0
        twice = flags & 16 != 0
        let split = Int(reader.byte())
        let count = Int(reader.byte()) % 10
        environment = Self.environment(flags)
        let exporting = confined && flags & 128 != 0
        if exporting {
            arguments = ["export", "--to", reader.choice(["json", "jsonl", "csv", "sqlite"], raw: .path), reader.choice(Vocabulary.exportTargets, raw: .path)]
        }
        for _ in 0..<count {
            arguments += Vocabulary.arguments(&reader, confined: confined)
        }
        let payload = Array(reader.rest())
        let cut = payload.count * split / 255
        inputBytes = Array(payload[..<cut].prefix(Self.maximumPayload))
        fileBytes = Array(payload[cut...].prefix(Self.maximumPayload))
        inputBytes = Sanitizer.script(inputBytes, confined: confined)
        fileBytes = Sanitizer.script(fileBytes, confined: confined)
    }

    private static func environment(_ flags: UInt8) -> [String: String] {
        var environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        // A sanitizer build of cq (scripts/check) runs with the options the tests run with.
        for name in ["ASAN_OPTIONS", "TSAN_OPTIONS"] {
            if let value = ProcessInfo.processInfo.environment[name] { environment[name] = value }
        }
        if flags & 2 != 0 { environment["NO_COLOR"] = "1" }
        if flags & 4 != 0 { environment["LC_ALL"] = "C" } else { environment["LANG"] = "C.UTF-8" }
        if flags & 8 != 0 { environment["TERM"] = "dumb" } else if flags & 32 != 0 { environment["TERM"] = "xterm-256color" }
        if flags & 32 != 0 { environment["COLUMNS"] = "12" }
        if flags & 64 != 0 { environment["CQ_FUZZ_NO_XDG"] = "1" }
        return environment
    }

    /// Whether the arguments ask for text that `cq` prints before it ignores SIGPIPE.
    var printsBeforeSetUp: Bool {
        arguments.contains { ["-h", "--help", "--version", "--generate-completion-script", "--experimental-dump-help"].contains($0) || $0.hasPrefix("--generate-completion-script=") }
    }

    /// The run in words: the command line (shell-quoted), standard input, the action, the flags.
    func description(in work: String) -> String {
        var text = "  run (working directory \(work)):\n"
        let environment = self.environment.filter { $0.key != "PATH" && $0.key != "CQ_FUZZ_NO_XDG" }.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
        text += "  command: " + (environment + ["cq"] + arguments.map(Self.quoted)).joined(separator: " ") + "\n"
        text += "  (HOME, TMPDIR" + (self.environment["CQ_FUZZ_NO_XDG"] == nil ? ", XDG_CACHE_HOME, XDG_STATE_HOME" : "") + " in the run directory"
        text += (self.environment["CQ_FUZZ_NO_XDG"] == nil ? "" : "; XDG_CACHE_HOME unset") + "; cq is \(CLISandbox.binary))\n"
        text += "  stdin: \(input)" + (input == .bytes || input == .slow || input == .file || input == .nonBlocking ? " \(Self.quoted(String(decoding: inputBytes, as: UTF8.self)))" : "")
        text += input == .slow ? " (\(chunks) chunks, \(pause) ms apart)\n" : "\n"
        if !fileBytes.isEmpty { text += "  statement.txt/.md/.json, script.cq, dir/a.txt hold: \(Self.quoted(String(decoding: fileBytes, as: UTF8.self)))\n" }
        switch action {
        case .none: break
        case .signal(let signal): text += "  then: \(Self.signalName(signal)) after \(delay) ms\(twice ? ", and again as long later" : "")\n"
        case .closeOutput: text += "  then: standard output closed after \(delay) ms\n"
        }
        if blockedSignals { text += "  started with SIGINT, SIGTERM, SIGHUP, SIGWINCH blocked\n" }
        return text
    }

    static func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./=,:+@%".unicodeScalars.contains($0)) }
        if plain { return text }
        var result = "$'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'": result += "\\'"
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += String(format: "\\x%02x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "'"
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [SIGINT: "SIGINT", SIGTERM: "SIGTERM", SIGHUP: "SIGHUP", SIGWINCH: "SIGWINCH", SIGPIPE: "SIGPIPE",
            SIGKILL: "SIGKILL", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGSEGV: "SIGSEGV", SIGFPE: "SIGFPE"]
        return names[signal] ?? "signal \(signal)"
    }
}

/// Reads an input front to back; past its end every byte is zero.
struct ByteReader {
    private let data: [UInt8]
    private var position = 0

    init(_ data: [UInt8]) { self.data = data }

    mutating func byte() -> UInt8 {
        guard position < data.count else { return 0 }
        defer { position += 1 }
        return data[position]
    }

    /// A length byte (below 64) and that many bytes.
    mutating func string() -> [UInt8] {
        let length = Int(byte()) % 64
        let end = min(data.count, position + length)
        defer { position = end }
        return Array(data[min(position, end)..<end])
    }

    mutating func rest() -> ArraySlice<UInt8> {
        defer { position = data.count }
        return data[min(position, data.count)...]
    }

    /// How a raw string is cleaned for its place on the command line.
    enum Raw { case path, script, value }

    /// One of `choices`, or (for the choice byte just past them) a raw string.
    mutating func choice(_ choices: [String], raw: Raw) -> String {
        let index = Int(byte()) % (choices.count + 1)
        guard index == choices.count else { return choices[index] }
        let bytes = string()
        switch raw {
        case .path: return Sanitizer.path(bytes)
        case .script: return Sanitizer.argument(Sanitizer.script(bytes, confined: CLISandbox.shared.confined))
        case .value: return Sanitizer.argument(bytes)
        }
    }
}

// MARK: - The vocabulary of arguments

enum Vocabulary {
    static let formats = ["table", "json", "jsonl", "csv", "tsv", "markdown", "line"]
    static let parameters = ["actor=Pakistan", "n=3", "d=2024-05-16", "x=", "=x", "noequals", "big=9223372036854775808",
        "min=-9223372036854775808", "s=\"open", "t=true", "$actor=China", "a=b=c", "f=1e309"]
    static let timeouts = ["0.5", "1", "0", "-1", "abc", "1e308", "nan", "inf", "0.000001", "1e-320", "3", ""]
    static let colors = ["auto", "always", "never"]
    static let exportTargets = ["out.json", "out.sqlite", "outdir", ".", "dir", "statement.txt", "nodir/out", "script.cq"]

    /// Queries and scripts that exercise the whole shell.
    static let queries = [
        "statements | count",
        "clauses | summarize count() by actor | sort by count desc",
        "clauses | where actor == $actor | select n, cameo, text",
        "entities | where type == \"project\" | sort by name",
        "clauses | kwic \"corridor\" width 30",
        "statements | select id, text",
        "clauses | take 3\nclauses | take 2",
        ".statements",
        ".schema",
        ".mode json\nclauses | take 2\n.mode csv\nentities",
        "let x = clauses | take 5\nx | count",
        "clauses | where",
        "1/0",
        "clauses | where text contains \"",
        ".param set actor Pakistan\nclauses | where actor == $actor | count\n.param list",
        ".timer on\nstatements | count",
        ".help\n.help sources",
        "clauses | expand topics | summarize count() by topics | chart bar",
        "_ | count",
        ".quit\nstatements | count",
        "clauses\n| where text has \"side\"\n| select text",
    ]

    /// The slow query: catastrophic backtracking on every clause (1 s per text at most).
    static let slow = "clauses | where text matches /(.*.*)*#/ | count"

    /// Meta-commands that read and write files, all named inside the working directory.
    static let fileCommands = [
        ".output out.txt\nstatements | count\n.output\nclauses | count",
        ".once out.txt\nclauses | take 1\nstatements | count",
        ".export json out.json", ".export jsonl outdir", ".export csv .", ".export sqlite out.sqlite",
        ".export json dir", ".export csv statement.txt", ".export json nodir/out",
        ".read script.cq", ".read dir", ".read missing.cq", ".read out.txt",
        ".load statement.txt", ".load dir", ".load missing.txt", ".load .",
        ".output dir", ".output nodir/out.txt", ".once script.cq\nstatements | count\n.read script.cq",
        ".load ..", ".read /dev/stdin",
    ]

    /// Paths `cq` can be given: the samples, files of the fuzz bytes, missing ones, directories.
    static func paths() -> [String] {
        [CLISandbox.samples, CLISandbox.samples + "/2024-05-16-pakistan-china-fifth-strategic-dialogue.txt", "missing.txt",
         "statement.txt", "statement.md", "statement.json", "dir", ".", "nodir/", "./export"]
    }

    /// Scripts `-f` can name.
    static func scripts() -> [String] {
        ["script.cq", "missing.cq", "dir", "statement.md", "/dev/stdin", "-", CLISandbox.queries + "/commitments.cq",
         CLISandbox.queries + "/projects.cq"]
    }

    /// The arguments of one token.
    static func arguments(_ reader: inout ByteReader, confined: Bool) -> [String] {
        switch reader.byte() % 20 {
        case 0: return ["-e", reader.choice([], raw: .script)]
        case 1: return ["-e", reader.choice(queries, raw: .script)]
        case 2: return ["-f", reader.choice(scripts(), raw: .path)]
        case 3: return ["--format", reader.choice(formats, raw: .value)]
        case 4: return ["--param", reader.choice(parameters, raw: .value)]
        case 5: return ["--timeout", reader.choice(timeouts, raw: .value)]
        case 6: return [reader.byte() & 1 == 0 ? "--no-bail" : "--bail"]
        case 7: return ["--no-cache"]
        case 8: return ["--color", reader.choice(colors, raw: .value)]
        case 9, 10, 11: return [reader.choice(paths(), raw: .path)]
        case 12: return [reader.choice([], raw: .path)]
        case 13:
            let choice = reader.choice(["--version", "--help", "-h", "--", "-", "export", "--generate-completion-script", "-e"], raw: .path)
            return choice == "--generate-completion-script" ? [choice, reader.choice(["bash", "zsh", "fish"], raw: .value)] : [choice]
        case 14: return ["-e", confined ? reader.choice(fileCommands, raw: .script) : reader.choice(queries, raw: .script)]
        case 15:
            // Options and values glued together: `--format=csv`, `-eQUERY`, `--file=PATH`.
            let options = ["--execute=", "--format=", "--param=", "--timeout=", "--color=", "-e", "--file=", "-f"]
            let option = options[Int(reader.byte()) % options.count]
            let value = option == "--file=" || option == "-f" ? reader.choice(scripts(), raw: .path) : reader.choice([], raw: .script)
            return [option + value]
        case 16: return ["-e", slow]
        case 17: return [CLISandbox.samples]
        case 18: return ["--no-cache", CLISandbox.samples]
        default: return ["-e", reader.choice(queries, raw: .script), "-e", reader.choice(queries, raw: .script)]
        }
    }
}

// MARK: - Cleaning fuzz bytes

enum Sanitizer {
    /// A command-line argument: no NUL (it would end the C string).
    static func argument(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
    }

    /// A path from raw bytes: no NUL and no `/`, so it names a file in the working directory
    /// (`..` is the run directory, still inside the private temporary directory).
    static func path(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.compactMap { $0 == 0 ? nil : $0 == UInt8(ascii: "/") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }

    /// Script text: in every line that could be a meta-command line (lines split at each `\n`
    /// and `\r`, the first character after blanks a `.`), `/` becomes `_`, so meta-commands
    /// name files in the working directory; unconfined, the `.` itself becomes `_`, so there
    /// are no meta-commands at all. Splitting at `\r` as well as `\n` finds every line start
    /// the shell sees (`\n` for standard input and files, `\n` but not `\r\n` for `-e`).
    static func script(_ bytes: [UInt8], confined: Bool) -> [UInt8] {
        var result = bytes
        var start = 0
        while start <= result.count {
            let end = result[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? result.count
            if let dot = metaCommandDot(result[start..<end]) {
                if confined {
                    for index in dot..<end where result[index] == UInt8(ascii: "/") { result[index] = UInt8(ascii: "_") }
                } else {
                    result[dot] = UInt8(ascii: "_")
                }
            }
            start = end + 1
        }
        return result
    }

    /// The index of the `.` that starts the line when, after the blanks the shell trims
    /// (Unicode space separators and tab), the line starts with one.
    private static func metaCommandDot(_ line: ArraySlice<UInt8>) -> Int? {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: ".") { return index }
            // The blanks' UTF-8 forms: tab, space, and the space separators beyond ASCII.
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= line.endIndex else { return nil }
            let scalars = String(decoding: line[index..<(index + length)], as: UTF8.self).unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first, scalar != "\u{FFFD}", CharacterSet.whitespaces.contains(scalar) else { return nil }
            index += length
        }
        return nil
    }
}

// MARK: - How a run ended

struct CLIOutcome {
    /// The raw wait status, or nil when `cq` could not be started.
    var status: Int32?
    var spawnError: Int32 = 0
    var output: [UInt8] = []
    var error: [UInt8] = []
    var outputBytes = 0
    /// Terminating signals sent, by the input's action or the harness's time limit.
    var sentSignals: [Int32] = []
    /// Set when the harness sent SIGTERM itself because the run took too long.
    var stoppedSlow = false
    /// Set when `cq` outlived a terminating signal (and the harness sent SIGTERM again).
    var lostSignal: String?
    /// Set when `cq` outlived that second SIGTERM too and was killed: a hang.
    var unresponsive: String?
    var closedOutput = false
    var milliseconds = 0
    /// Temporary files of `.output`, exports or the cache left in the run directory.
    var leftovers: [String] = []

    static let allowedStatuses: Set<Int32> = [0, 2, 3, 4, 5, 130, 143]
    static let traps: Set<Int32> = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGSEGV, SIGFPE, SIGSYS]

    var exitCode: Int32? { status.flatMap { $0 & 0x7F == 0 ? ($0 >> 8) & 0xFF : nil } }
    var deathSignal: Int32? { status.flatMap { $0 & 0x7F != 0 && $0 & 0x7F != 0x7F ? $0 & 0x7F : nil } }

    /// What is wrong with the run, or nil.
    func verdict(for run: CLIRun) -> String? {
        if let unresponsive { return unresponsive }
        if let lostSignal, !CLISandbox.known.contains("lost-signal") { return lostSignal + "; a second SIGTERM ended it" }
        if CLISandbox.known.contains("narrow-help"), run.environment["COLUMNS"] != nil, deathSignal == SIGILL,
            String(decoding: error, as: UTF8.self).contains("ArgumentParser/StringExtensions.swift") { return nil }
        guard status != nil else { return "cq could not be started: \(String(cString: strerror(spawnError)))" }
        if let signal = deathSignal {
            if Self.traps.contains(signal) { return "cq crashed: killed by \(CLIRun.signalName(signal))" }
            if sentSignals.contains(signal) { return nil }
            if signal == SIGPIPE, closedOutput, run.printsBeforeSetUp { return nil }
            return "cq was killed by \(CLIRun.signalName(signal)), which it should handle or never get"
        }
        guard let code = exitCode else { return "unexpected wait status \(status ?? 0)" }
        if Self.traps.contains(code - 128) { return "cq exited with status \(code) (a trap)" }
        if !Self.allowedStatuses.contains(code) { return "cq exited with status \(code), not one that docs/shell.md lists" }
        if !leftovers.isEmpty { return "cq exited \(code) and left temporary files behind: " + leftovers.joined(separator: ", ") }
        if code == 130, !sentSignals.contains(SIGINT) { return "cq exited 130 (SIGINT) but no SIGINT was sent" }
        if code == 143, !sentSignals.contains(SIGTERM), !sentSignals.contains(SIGHUP) { return "cq exited 143 (SIGTERM) but no SIGTERM or SIGHUP was sent" }
        return nil
    }

    var description: String {
        var text = "  ended: "
        if let code = exitCode { text += "exit \(code)" } else if let signal = deathSignal { text += "killed by \(CLIRun.signalName(signal))" } else { text += "not started" }
        text += " after \(milliseconds) ms"
        if !sentSignals.isEmpty { text += "; signals sent: " + sentSignals.map(CLIRun.signalName).joined(separator: ", ") }
        if stoppedSlow { text += " (SIGTERM from the harness: slow run)" }
        if let lostSignal { text += " (\(lostSignal))" }
        let shownOutput = output.prefix(1500), shownError = error.prefix(3000)
        var result = "cq fuzz cli: --- stdout (\(outputBytes) bytes, first \(shownOutput.count)) ---\n" + String(decoding: shownOutput, as: UTF8.self)
        result += "\n--- stderr (first \(shownError.count) bytes) ---\n" + String(decoding: shownError, as: UTF8.self) + "\n---\n"
        return result + text + "\n"
    }
}

// MARK: - The sandbox thread and the runner

/// The private temporary directory and the thread every run starts from.
final class CLISandbox: @unchecked Sendable {
    static let shared = CLISandbox()
    static let verbose = ProcessInfo.processInfo.environment["CQ_FUZZ_CLI_VERBOSE"].map { !$0.isEmpty && $0 != "0" } ?? false
    /// `CQ_FUZZ_CLI_KNOWN=lost-signal,narrow-help`: findings already known, to look past while
    /// they are not fixed. `lost-signal`: a signal that `cq` outlives is no finding as long as a
    /// second SIGTERM ends it. `narrow-help`: a trap while printing help with `COLUMNS=12`.
    static let known = Set((ProcessInfo.processInfo.environment["CQ_FUZZ_CLI_KNOWN"] ?? "").split(separator: ",").map(String.init))

    /// The package's sample statements and queries (absolute).
    static let samples: String = {
        let path = ProcessInfo.processInfo.environment["CQ_SAMPLES"] ?? "samples/statements"
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }()
    static let queries = URL(fileURLWithPath: samples).deletingLastPathComponent().appendingPathComponent("queries").path

    /// The `cq` to run: `CQ_FUZZ_CQ`, else a `cq` beside this executable or above it, else
    /// `.build/debug/cq` under the current directory.
    static let binary: String = {
        if let path = ProcessInfo.processInfo.environment["CQ_FUZZ_CQ"], !path.isEmpty { return path }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("cq").path
            if FileManager.default.isExecutableFile(atPath: candidate), !FileManager.default.fileExists(atPath: candidate + "/.") { return candidate }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath + "/.build/debug/cq"
    }()

    /// The private temporary directory, the run directory in it, and the working directory.
    let root: String
    var run: String { root + "/run" }
    var work: String { run + "/work" }
    private(set) var confined = false

    private let condition = NSCondition()
    private var ready = false
    private var job: CLIRun?
    private var result: CLIOutcome?

    private init() {
        root = NSTemporaryDirectory() + "cq-fuzz-cli-\(getpid())"
        mkdir(root, 0o700)
        let thread = Thread { [self] in
            let confined = Landlock.restrictWrites(to: [root] + Self.artifactDirectories())
            condition.lock()
            self.confined = confined
            var warming = CLIRun()
            warming.arguments = ["-e", "statements | count", Self.samples]
            warming.input = .closed
            _ = CLIRunner(run: warming, sandbox: self).execute(warming: true)
            ready = true
            condition.broadcast()
            condition.unlock()
            serve()
        }
        thread.stackSize = 8 << 20
        condition.lock()
        thread.start()
        while !ready { condition.wait() }
        condition.unlock()
        atexit { try? FileManager.default.removeItem(atPath: CLISandbox.shared.root) }
        if !confined {
            FileHandle.standardError.write(Data("cq fuzz cli: Landlock is not available: meta-commands and cq export are left out\n".utf8))
        }
    }

    /// libFuzzer's crash and timeout files go to `-artifact_prefix=`'s directory, written by
    /// whichever thread fails: writes stay allowed there.
    private static func artifactDirectories() -> [String] {
        CommandLine.arguments.compactMap { argument in
            guard argument.hasPrefix("-artifact_prefix=") else { return nil }
            let prefix = String(argument.dropFirst("-artifact_prefix=".count))
            let directory = prefix.hasSuffix("/") ? prefix : URL(fileURLWithPath: prefix).deletingLastPathComponent().path
            return FileManager.default.fileExists(atPath: directory) ? directory : nil
        }
    }

    /// Runs `run` on the sandbox thread and returns how it ended.
    func perform(_ run: CLIRun) -> CLIOutcome {
        condition.lock()
        defer { condition.unlock() }
        job = run
        result = nil
        condition.broadcast()
        while result == nil { condition.wait() }
        defer { result = nil }
        return result!
    }

    private func serve() {
        // Signals meant for libFuzzer (its timer, Ctrl-C) go to the other threads; a closed
        // pipe is an EPIPE here, not a SIGPIPE for the process.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGALRM, SIGINT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGPIPE, SIGCHLD] { sigaddset(&blocked, signal) }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        while true {
            condition.lock()
            while job == nil { condition.wait() }
            let run = job!
            job = nil
            condition.unlock()
            let outcome = CLIRunner(run: run, sandbox: self).execute()
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
    }
}

/// Starts `cq` for one run and drives it: feeds standard input, sends the signal, reads the
/// output, enforces the time limits.
struct CLIRunner {
    let run: CLIRun
    let sandbox: CLISandbox

    /// After this long the harness sends SIGTERM itself (a slow run is not a finding).
    static let slowMilliseconds = 2500
    /// After a terminating signal `cq` has this long to end; else the harness sends SIGTERM
    /// (a lost signal), and after as long again SIGKILL (a hang). Either is a finding. Replays
    /// run among the parallel tests on a loaded machine, so they allow longer.
    #if FUZZING
    static let graceMilliseconds = 2500
    #else
    static let graceMilliseconds = 10_000
    #endif
    /// A kept-open input is closed this long after a SIGINT (which a load only interrupts).
    static let interruptCloseMilliseconds = 1000
    static let keptBytes = 8 << 10

    /// Runs `cq` once; `warming` keeps the model cache it wrote as the one every later run
    /// starts with (a load of the samples from their text takes a second in a debug build).
    func execute(warming: Bool = false) -> CLIOutcome {
        var outcome = CLIOutcome()
        prepareFiles()
        defer {
            if warming { rename(sandbox.run + "/cache/cq", sandbox.root + "/warm-cache") }
            try? FileManager.default.removeItem(atPath: sandbox.run)
        }

        var output: [Int32] = [-1, -1], error: [Int32] = [-1, -1], input: [Int32] = [-1, -1]
        guard Self.pipe(&output), Self.pipe(&error) else {
            outcome.spawnError = errno
            return outcome
        }
        var inputFile: Int32 = -1
        switch run.input {
        case .bytes, .empty, .slow, .nonBlocking:
            guard Self.pipe(&input) else {
                outcome.spawnError = errno
                return outcome
            }
            _ = fcntl(input[1], F_SETFL, O_NONBLOCK)
            if run.input == .nonBlocking { _ = fcntl(input[0], F_SETFL, O_NONBLOCK) }
        case .directory:
            inputFile = open(sandbox.work, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        case .file:
            inputFile = open(sandbox.run + "/stdin.txt", O_RDONLY | O_CLOEXEC)
        case .closed:
            break
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input[0] >= 0 {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        } else if inputFile >= 0 {
            posix_spawn_file_actions_adddup2(&actions, inputFile, 0)
        } else {
            posix_spawn_file_actions_addclose(&actions, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, error[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSID: default
        // dispositions, the mask the input asks for, a session of its own (no terminal).
        posix_spawnattr_setflags(&attributes, Int16(0x08 | 0x04 | 0x80))
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        if run.blockedSignals { for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] { sigaddset(&mask, signal) } }
        posix_spawnattr_setsigmask(&attributes, &mask)

        var environment = run.environment
        environment["HOME"] = sandbox.run + "/home"
        environment["TMPDIR"] = sandbox.run + "/tmp"
        if environment.removeValue(forKey: "CQ_FUZZ_NO_XDG") == nil {
            environment["XDG_CACHE_HOME"] = sandbox.run + "/cache"
            environment["XDG_STATE_HOME"] = sandbox.run + "/state"
        }
        // The working directory is the process's, shared by all threads: the child changes it,
        // with glibc's posix_spawn_file_actions_addchdir_np, else through a shell.
        var command = [CLISandbox.binary] + run.arguments
        if let addChdir = Self.addChdir {
            _ = addChdir(&actions, sandbox.work)
        } else {
            command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", sandbox.work] + command
        }
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let started = ContinuousClock.now
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        for descriptor in [output[1], error[1], input[0], inputFile] where descriptor >= 0 { close(descriptor) }
        guard spawned == 0 else {
            for descriptor in [output[0], error[0], input[1]] where descriptor >= 0 { close(descriptor) }
            outcome.spawnError = spawned
            return outcome
        }
        drive(pid: pid, output: output[0], error: error[0], input: input[1], started: started, outcome: &outcome)
        outcome.leftovers = leftovers()
        return outcome
    }

    /// The temporary files in the run directory: `FILE.cq-PID.tmp` (`.output`),
    /// `.NAME.cq-tmp-ID` (exports), `model-HASH.cache.tmp-PID.ID` (the cache), SQLite journals.
    private func leftovers() -> [String] {
        guard let walk = FileManager.default.enumerator(atPath: sandbox.run) else { return [] }
        var found: [String] = []
        while let path = walk.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            let output = name.hasSuffix(".tmp") && name.contains(".cq-")
            if output || name.contains(".cq-tmp-") || name.contains(".cache.tmp-") || name.hasSuffix("-journal") || name.hasSuffix("-wal") {
                found.append(path)
            }
        }
        return found
    }

    /// Writes the files a run can name: the fuzz bytes as statements and as a script, a
    /// directory holding them, standard input as a file.
    private func prepareFiles() {
        try? FileManager.default.removeItem(atPath: sandbox.run)
        for directory in [sandbox.run, sandbox.work, sandbox.work + "/dir", sandbox.run + "/home", sandbox.run + "/tmp", sandbox.run + "/cache", sandbox.run + "/state"] {
            mkdir(directory, 0o700)
        }
        for name in ["statement.txt", "statement.md", "statement.json", "script.cq", "dir/a.txt"] {
            Self.write(run.fileBytes, to: sandbox.work + "/" + name)
        }
        Self.write(run.inputBytes, to: sandbox.run + "/stdin.txt")
        try? FileManager.default.copyItem(atPath: sandbox.root + "/warm-cache", toPath: sandbox.run + "/cache/cq")
    }

    /// A pipe whose two descriptors are closed on exec (the child gets its copies by dup2).
    private static func pipe(_ descriptors: inout [Int32]) -> Bool {
        guard Glibc.pipe(&descriptors) == 0 else { return false }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return true
    }

    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    /// glibc's `posix_spawn_file_actions_addchdir_np` (2.29 and later), which Swift's Glibc
    /// module does not declare.
    private static let addChdir: AddChdir? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    private static func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    private func drive(pid: pid_t, output: Int32, error: Int32, input: Int32, started: ContinuousClock.Instant, outcome: inout CLIOutcome) {
        func now() -> Int {
            let elapsed = ContinuousClock.now - started
            return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        }
        var output = output, error = error, input = input
        // What standard input still gets: the chunks, when each is due.
        var chunks: [(due: Int, bytes: ArraySlice<UInt8>)] = []
        switch run.input {
        case .bytes, .nonBlocking:
            chunks = [(0, run.inputBytes[...])]
        case .slow:
            let size = max(1, (run.inputBytes.count + run.chunks - 1) / run.chunks)
            chunks = stride(from: 0, to: run.inputBytes.count, by: size).enumerated().map { index, start in
                (index * run.pause, run.inputBytes[start..<min(run.inputBytes.count, start + size)])
            }
        default:
            break
        }
        let terminating: Bool = {
            if case .signal(let signal) = run.action { return signal != SIGWINCH }
            return false
        }()
        // A slow input with a terminating signal stays open until cq ends (or a SIGINT's grace).
        let keepInputOpen = run.input == .slow && terminating
        var actionsDue: [Int] = run.action == .none ? [] : (run.twice ? [run.delay, 2 * run.delay + 1] : [run.delay])
        var closeInputAt: Int?
        var deadline: Int?
        var deadlineReason = ""
        var deadlineSignal: Int32 = 0
        var slowAt = Self.slowMilliseconds
        var exited = false
        var exitedAt = 0
        var status: Int32 = 0

        func send(_ signal: Int32, reason: String) {
            kill(pid, signal)
            outcome.sentSignals.append(signal)
            if signal != SIGWINCH, deadline == nil || deadlineSignal == SIGINT {
                deadline = now() + Self.graceMilliseconds
                deadlineSignal = signal
                deadlineReason = "cq did not end within \(Self.graceMilliseconds) ms of \(reason)"
            }
        }
        func closeInput() {
            if input >= 0 { close(input) }
            input = -1
            chunks = []
        }
        func keep(_ bytes: ArraySlice<UInt8>, in kept: inout [UInt8]) {
            if kept.count < Self.keptBytes { kept += bytes.prefix(Self.keptBytes - kept.count) }
        }

        while true {
            let time = now()
            if !exited {
                var waitStatus: Int32 = 0
                let waited = waitpid(pid, &waitStatus, WNOHANG)
                if waited == pid {
                    exited = true
                    exitedAt = time
                    status = waitStatus
                    closeInput()
                }
            }
            if !exited {
                while let due = actionsDue.first, due <= time {
                    actionsDue.removeFirst()
                    switch run.action {
                    case .signal(let signal):
                        send(signal, reason: "\(CLIRun.signalName(signal)) (sent at \(time) ms)")
                        if signal == SIGINT, keepInputOpen { closeInputAt = time + Self.interruptCloseMilliseconds }
                    case .closeOutput:
                        if output >= 0 { close(output) }
                        output = -1
                        outcome.closedOutput = true
                    case .none:
                        break
                    }
                }
                if let at = closeInputAt, at <= time {
                    closeInput()
                    closeInputAt = nil
                }
                // A SIGTERM or SIGHUP of the input has its own deadline: a second SIGTERM
                // would hide a first one that was lost.
                if time >= slowAt, !outcome.stoppedSlow, deadline == nil || deadlineSignal == SIGINT {
                    outcome.stoppedSlow = true
                    slowAt = .max
                    send(SIGTERM, reason: "the harness's SIGTERM after \(Self.slowMilliseconds) ms (a slow run)")
                }
                if let current = deadline, time >= current, outcome.lostSignal == nil {
                    outcome.lostSignal = deadlineReason
                    slowAt = .max
                    kill(pid, SIGTERM)
                    outcome.sentSignals.append(SIGTERM)
                    deadline = time + Self.graceMilliseconds
                    deadlineSignal = SIGTERM
                } else if let current = deadline, time >= current {
                    kill(pid, SIGKILL)
                    var waitStatus: Int32 = 0
                    waitpid(pid, &waitStatus, 0)
                    outcome.unresponsive = deadlineReason + ", nor within \(Self.graceMilliseconds) ms of a second SIGTERM: a hang (killed after \(time) ms)"
                    exited = true
                    status = waitStatus
                }
            }
            // Feed standard input: due chunks, as much as the pipe takes.
            while input >= 0, let chunk = chunks.first, chunk.due <= time, !chunk.bytes.isEmpty {
                let written = chunk.bytes.withUnsafeBytes { Glibc.write(input, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EAGAIN || errno == EINTR { break }
                    closeInput()
                    break
                }
                chunks[0].bytes = chunk.bytes.dropFirst(written)
                if chunks[0].bytes.isEmpty { chunks.removeFirst() }
            }
            if input >= 0, let first = chunks.first, first.bytes.isEmpty { chunks.removeFirst() }
            if input >= 0, chunks.isEmpty, !keepInputOpen { closeInput() }

            if exited, output < 0, error < 0 { break }
            // After the exit, whatever is left in the pipes is read; nothing else holds them
            // (cq starts no process), but a second is the most it gets.
            if exited, now() - exitedAt > 1000 { break }

            var pollers: [pollfd] = []
            if output >= 0 { pollers.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
            if error >= 0 { pollers.append(pollfd(fd: error, events: Int16(POLLIN), revents: 0)) }
            if input >= 0, let chunk = chunks.first, chunk.due <= time { pollers.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
            var wait = exited ? 50 : 5
            if let due = actionsDue.first { wait = min(wait, max(0, due - time)) }
            if let chunk = chunks.first, chunk.due > time { wait = min(wait, chunk.due - time) }
            _ = poll(&pollers, nfds_t(pollers.count), Int32(wait))
            for poller in pollers where poller.revents != 0 && poller.fd != input {
                var buffer = [UInt8](repeating: 0, count: 65536)
                let count = read(poller.fd, &buffer, buffer.count)
                if count > 0 {
                    if poller.fd == output {
                        outcome.outputBytes += count
                        keep(buffer[..<count], in: &outcome.output)
                    } else {
                        keep(buffer[..<count], in: &outcome.error)
                        // A SIGINT during a load only skips the files not yet read; the
                        // script goes on (and the slow-run limit still applies).
                        if deadlineSignal == SIGINT, String(decoding: outcome.error, as: UTF8.self).contains("cq: loading interrupted") {
                            deadline = nil
                            deadlineSignal = 0
                        }
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(poller.fd)
                    if poller.fd == output { output = -1 } else { error = -1 }
                }
            }
        }
        closeInput()
        if output >= 0 { close(output) }
        if error >= 0 { close(error) }
        outcome.status = status
        outcome.milliseconds = now()
    }
}

// MARK: - Landlock

/// Confines writes with Landlock (Linux 5.13 and later), through `syscall(2)`, which Swift
/// cannot call directly (it is variadic): its address is called as a six-argument C function.
enum Landlock {
    private typealias Syscall = @convention(c) (Int, Int, Int, Int, Int, Int) -> Int

    private static let call: Syscall? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "syscall") else { return nil }
        return unsafeBitCast(symbol, to: Syscall.self)
    }()

    private static let createRuleset = 444, addRule = 445, restrictSelf = 446
    #if arch(x86_64)
    private static let prctl = 157
    #else
    private static let prctl = 167
    #endif

    /// Restricts the calling thread, and the processes it starts from now on, to writing,
    /// creating, removing, renaming and truncating files only under `directories`; false (and
    /// nothing restricted) when the kernel has no Landlock.
    static func restrictWrites(to directories: [String]) -> Bool {
        guard let call else { return false }
        let abi = call(createRuleset, 0, 0, 1, 0, 0)  // LANDLOCK_CREATE_RULESET_VERSION
        guard abi >= 1 else { return false }
        // WRITE_FILE, REMOVE_DIR, REMOVE_FILE, MAKE_CHAR, MAKE_DIR, MAKE_REG, MAKE_SOCK,
        // MAKE_FIFO, MAKE_BLOCK, MAKE_SYM; REFER (ABI 2); TRUNCATE (ABI 3).
        var handled: UInt64 = (1 << 1) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12)
        if abi >= 2 { handled |= 1 << 13 }
        if abi >= 3 { handled |= 1 << 14 }
        let ruleset = withUnsafePointer(to: &handled) { call(createRuleset, Int(bitPattern: $0), 8, 0, 0, 0) }
        guard ruleset >= 0 else { return false }
        defer { close(Int32(ruleset)) }
        for directory in directories {
            let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            // struct landlock_path_beneath_attr { __u64 allowed_access; __s32 parent_fd; } (packed)
            var attribute = [UInt8](repeating: 0, count: 12)
            withUnsafeBytes(of: handled) { attribute.replaceSubrange(0..<8, with: $0) }
            withUnsafeBytes(of: descriptor) { attribute.replaceSubrange(8..<12, with: $0) }
            let added = attribute.withUnsafeBytes { call(addRule, ruleset, 1, Int(bitPattern: $0.baseAddress), 0, 0) }
            guard added == 0 else { return false }
        }
        guard call(prctl, 38, 1, 0, 0, 0) == 0 else { return false }  // PR_SET_NO_NEW_PRIVS
        return call(restrictSelf, ruleset, 0, 0, 0, 0) == 0
    }
}
