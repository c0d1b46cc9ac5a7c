import Foundation
import QueryLanguage

/// What a `.param` line asks for, read once for the shell that runs it and for the check of a
/// whole script that follows it.
enum ParameterCommand {
    /// `.param set NAME VALUE`: the value is the rest of the line, spaces inside it kept.
    case set(name: String, value: Value)
    /// `.param unset NAME`.
    case unset(name: String)
    /// `.param list`.
    case list

    /// The command of a `.param` line split into `words` (`.param` first), or nil when the line
    /// does not follow the usage.
    init?(line: String, words: [String]) {
        switch words.dropFirst().first {
        case "set" where words.count >= 4:
            self = .set(name: Self.name(words[2]), value: ParameterValue.parse(Self.rest(of: line, after: 3)))
        case "unset" where words.count == 3:
            self = .unset(name: Self.name(words[2]))
        case "list":
            self = .list
        default:
            return nil
        }
    }

    /// A parameter's name without the `$` it may be written with.
    static func name(_ word: String) -> String {
        word.hasPrefix("$") ? String(word.dropFirst()) : word
    }

    /// The rest of `line` after its first `words` words, trimmed.
    private static func rest(of line: String, after words: Int) -> String {
        var rest = Substring(line)
        for _ in 0..<words {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            rest = rest.drop { $0 != " " && $0 != "\t" }
        }
        return rest.trimmingCharacters(in: .whitespaces)
    }
}
