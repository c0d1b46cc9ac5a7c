import TerminalText
import Yams

/// YAML front matter at the top of a Markdown statement (`---` ... `---`).
struct FrontMatter {
    /// The fields the reader uses; each nil when absent.
    var title: String?
    var date: String?
    var source: String?

    /// Splits `text` into front matter and body. Text without front matter gives nil and the whole text.
    /// Throws a warning naming the line when the YAML is malformed.
    static func split(_ text: String, path: String) throws(ReadWarning) -> (FrontMatter?, body: Substring) {
        // Only the front matter is split into lines here; the body is split where it is read.
        var lines = TextLines(text)
        guard let first = lines.next(), first.trimmingTrailingWhitespace() == "---" else {
            return (nil, text[...])
        }
        var yamlLines = [String]()
        var isClosed = false
        while let line = lines.next() {
            if line.trimmingTrailingWhitespace() == "---" {
                isClosed = true
                break
            }
            // Control characters are dropped before parsing (YAML refuses them) and again from
            // the values, where escapes such as "\e" put them back.
            yamlLines.append(ControlSequenceFilter.removingControls(from: line))
        }
        guard isClosed else {
            throw ReadWarning(path: path, message: "front matter opened with --- on line 1 is never closed")
        }
        let body = lines.rest
        let node: Node?
        do {
            // The encoding is named: Yams's default reads the environment on every parse (and prints when
            // YAMS_DEFAULT_ENCODING is set).
            node = try Yams.compose(yaml: yamlLines.joined(separator: "\n"), resolver, .default, .utf8)
        } catch {
            throw ReadWarning(path: path, message: "malformed YAML front matter: " + problem(error, in: yamlLines))
        }
        let fields = FrontMatter(
            title: node?["title"]?.string.map(TextCleaner.clean),
            date: node?["date"]?.string.flatMap { DateNormalizer.isoDay(fromISO: $0) },
            source: (node?["source_url"]?.string ?? node?["source"]?.string).map(TextCleaner.clean))
        return (fields, body)
    }

    /// How plain scalars are tagged. The reader takes every field as text, so only the two tags
    /// that change what a mapping gives are resolved: merge keys (`<<`) and value keys (`=`,
    /// which `Node.string` follows). Yams's default also tries booleans, numbers, nulls and
    /// timestamps, one regular expression each for every key and value, and every key is
    /// resolved again when duplicates are checked and fields looked up (as Yams's own decoder
    /// does, which resolves merge keys only).
    private static let resolver = Resolver.basic.appending(.merge).appending(.value)

    /// The most characters of a front matter line a warning quotes.
    private static let excerptLength = 80

    /// What Yams found wrong, with the file line and column and an excerpt of at most
    /// `excerptLength` characters around the column, escaped for the terminal.
    private static func problem(_ error: any Error, in yamlLines: [String]) -> String {
        let found: (problem: String, context: String?, mark: Mark)
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            found = (problem, context?.text, mark)
        default:
            return VisibleText.escaped(excerpt(of: String(describing: error), aroundColumn: 1))
        }
        let during = found.context.map { " (\($0))" } ?? ""
        let line = yamlLines.indices.contains(found.mark.line - 1) ? yamlLines[found.mark.line - 1] : ""
        // The front matter starts on the file's second line.
        return "line \(found.mark.line + 1), column \(found.mark.column): \(VisibleText.escaped(found.problem))\(during): "
            + VisibleText.escaped(excerpt(of: line, aroundColumn: found.mark.column))
    }

    /// At most `excerptLength` characters of `line` around the 1-based column (counted in
    /// Unicode scalars, as libYAML counts), with `…` where the line goes on.
    private static func excerpt(of line: String, aroundColumn column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > excerptLength else { return line }
        let position = min(max(0, column - 1), scalars.count)
        let end = min(scalars.count, max(position, excerptLength / 2) + excerptLength / 2)
        let start = max(0, end - excerptLength)
        let shown = String(String.UnicodeScalarView(scalars[start..<end]))
        return (start > 0 ? "…" : "") + shown + (end < scalars.count ? "…" : "")
    }
}

extension Substring {
    /// The text without trailing spaces, tabs and carriage returns.
    func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
