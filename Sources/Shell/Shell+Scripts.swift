import Glibc
import LineEditor
import QueryEngine
import QueryLanguage
import TerminalText

/// Scripts: text given whole (`-e`), script files (`-f`, a shebang script, `.read`) and
/// standard input.
///
/// A script whose whole text is at hand (`-e` text, a regular file) is checked before its first
/// statement runs, as a compiler would: every statement is parsed and type-checked with `let`
/// bindings, `_` and `.param set` flowing, every error is reported, and nothing runs when there
/// is one (`--no-bail` runs it anyway, statement by statement). Standard input, pipes and
/// devices run statement by statement as their lines arrive.
extension Shell {
    /// Runs a script (queries and meta-commands) and returns the exit status.
    public func runScript(_ text: String, name: String) -> ExitStatus {
        _ = runWhole(TextLines(text), name: name)
        finishOutput()
        return status
    }

    /// Runs the script read from `descriptor` (standard input, a pipe) as its lines arrive,
    /// and returns the exit status.
    public func runScript(descriptor: Int32, name: String) -> ExitStatus {
        _ = run(DescriptorLineSource(descriptor: descriptor), name: name)
        finishOutput()
        return status
    }

    /// Runs the script in the file at `path` and returns the exit status; a file that cannot
    /// be opened is a usage error.
    public func runScript(file path: String) -> ExitStatus {
        switch ScriptFile.open(path) {
        case .success(let file):
            defer { close(file.descriptor) }
            _ = run(file, name: path)
            finishOutput()
        case .failure(let problem):
            writeError("cq: cannot read the script \(VisibleText.escaped(path)): \(problem.reason)")
            raise(.usage)
        }
        return status
    }

    /// Runs an open script file: checked whole first when it is a regular file.
    func run(_ file: ScriptFile.Opened, name: String) -> Flow {
        let lines = DescriptorLineSource(descriptor: file.descriptor)
        return file.isRegular ? runWhole(lines, name: name) : run(lines, name: name)
    }

    /// Runs a script's pieces as its lines arrive.
    func run(_ lines: ScriptLineSource, name: String) -> Flow {
        // A signal taken while loading stopped the shell: no script waits for input after it.
        guard !stopped else { return .stop }
        var flow = Flow.proceed
        ScriptSplitter(name: name).split(lines) { piece in
            flow = perform(piece, name: name)
            return flow == .proceed && !stopped
        }
        return stopped ? .stop : flow
    }

    /// Reads a whole script, checks it (unless `--no-bail`), then runs it.
    func runWhole(_ lines: ScriptLineSource, name: String) -> Flow {
        guard !stopped else { return .stop }
        let pieces = Self.pieces(of: lines, name: name)
        if settings.bail {
            var check = ScriptCheck(session: session)
            let errors = self.errors(in: pieces, check: &check, depth: readDepth)
            if !errors.isEmpty {
                for (diagnostic, source) in errors { report(diagnostic, in: source) }
                let count = errors.count == 1 ? "an error" : "\(errors.count) errors"
                writeError("cq: \(VisibleText.escaped(name)) has \(count); none of its statements ran")
                return interactive ? .proceed : .stop
            }
        }
        for piece in pieces {
            guard perform(piece, name: name) == .proceed, !stopped else { return .stop }
        }
        return .proceed
    }

    /// Every piece of a script, read to its end.
    static func pieces(of lines: ScriptLineSource, name: String) -> [ScriptPiece] {
        var pieces = [ScriptPiece]()
        ScriptSplitter(name: name).split(lines) { piece in
            pieces.append(piece)
            return true
        }
        return pieces
    }

    /// The errors of a script's statements, each with its text, found without running any;
    /// the meta-commands that change what a query can name (`.param`, `.statements`, `.read`)
    /// are followed.
    private func errors(in pieces: [ScriptPiece], check: inout ScriptCheck, depth: Int) -> [(Diagnostic, SourceText)] {
        var errors = [(Diagnostic, SourceText)]()
        for piece in pieces {
            switch piece {
            case .query(let source):
                errors += check.errors(in: source).map { ($0, source) }
            case .meta(let line):
                let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                switch words.first {
                case ".param":
                    switch ParameterCommand(line: line, words: words) {
                    case .set(let name, let value): check.setParameter(name, to: value)
                    case .unset(let name): check.setParameter(name, to: nil)
                    case .list, nil: continue
                    }
                case ".statements":
                    _ = check.errors(in: SourceText(name: ".statements", text: Self.statementsQuery))
                case ".read" where words.count >= 2 && depth < Self.maximumReadDepth:
                    guard case .success(let file) = ScriptFile.open(words[1]), file.isRegular else { continue }
                    defer { close(file.descriptor) }
                    let nested = Self.pieces(of: DescriptorLineSource(descriptor: file.descriptor), name: words[1])
                    errors += self.errors(in: nested, check: &check, depth: depth + 1)
                default:
                    continue
                }
            case .refused, .signal, .unreadable:
                continue
            }
        }
        return errors
    }

    /// Does what one piece of a script asks.
    private func perform(_ piece: ScriptPiece, name: String) -> Flow {
        switch piece {
        case .meta(let line): return meta(line)
        case .query(let source): return execute(source)
        case .refused(let message): return fail(message, .queryError)
        case .signal(let signal): return stopReading(name, signal: signal)
        case .unreadable(let reason): return fail("cannot read \(name): \(reason)", .runtimeError)
        }
    }

    /// A signal arrived while a script waited for input: at the prompt Ctrl-C only abandons a
    /// `.read`; otherwise the script stops with the signal's status.
    private func stopReading(_ name: String, signal: Int32) -> Flow {
        if signal == SIGINT, interactive {
            writeError("\ncq: reading \(name) interrupted")
            return .proceed
        }
        stopped = true
        raise(signal == SIGINT ? .interrupted : .terminated)
        return .stop
    }
}
