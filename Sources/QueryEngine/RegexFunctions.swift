import Foundation
import QueryLanguage

/// `extract(/regex/, group, text)` and `replace(text, find, with)`: the functions that run a
/// regex, compiled here because matching needs the query's limits. A pattern given as a
/// literal compiles once; one computed per row compiles per row.
extension ExpressionCompiler {
    func regexFunction(_ name: String, _ arguments: [TypedExpression], range: Range<Int>) throws(Diagnostic) -> CompiledExpression {
        let context = self.context
        if name == "extract" {
            let pattern = try matcher(arguments[0])
            let group = try compile(arguments[1]), text = try compile(arguments[2])
            return { row throws(Diagnostic) in
                guard case .string(let subject) = try text(row), case .int(let number) = try group(row) else { return .null }
                guard let found = try pattern(row)?.firstMatch(in: subject, context: context) else { return .null }
                guard number >= 0, number < found.numberOfRanges else {
                    throw Diagnostic(.runtime, "the regex has no group \(number) (it has \(found.numberOfRanges - 1))", at: arguments[1].range)
                }
                let place = found.range(at: number)
                guard place.location != NSNotFound, let bounds = Range(place, in: subject) else { return .null }
                return .string(String(subject[bounds]))
            }
        }
        let text = try compile(arguments[0]), replacement = try compile(arguments[2])
        if case .regex = arguments[1].kind {
            let pattern = try matcher(arguments[1])
            return { row throws(Diagnostic) in
                guard case .string(let subject) = try text(row), case .string(let template) = try replacement(row),
                    let regex = try pattern(row)
                else { return .null }
                return .string(try regex.replacingMatches(in: subject, with: template, context: context))
            }
        }
        let find = try compile(arguments[1])
        return { row throws(Diagnostic) in
            guard case .string(let subject) = try text(row), case .string(let target) = try find(row),
                case .string(let with) = try replacement(row)
            else { return .null }
            guard !target.isEmpty else { throw Diagnostic(.runtime, "replace needs a non-empty text to find", at: arguments[1].range) }
            return .string(subject.replacingOccurrences(of: target, with: with))
        }
    }

    /// The regex an argument gives: compiled now when it is a literal, else per row (nil for null).
    private func matcher(_ argument: TypedExpression) throws(Diagnostic) -> ([Value]) throws(Diagnostic) -> RegexMatcher? {
        switch argument.kind {
        case .regex(let pattern, let flags):
            let compiled = try RegexMatcher(pattern: pattern, flags: flags, range: argument.range)
            return { _ in compiled }
        case .literal(.string(let pattern)):
            let compiled = try RegexMatcher(pattern: pattern, flags: "", range: argument.range)
            return { _ in compiled }
        default:
            let pattern = try compile(argument)
            return { row throws(Diagnostic) in
                guard case .string(let text) = try pattern(row) else { return nil }
                return try RegexMatcher(pattern: text, flags: "", range: argument.range)
            }
        }
    }
}
