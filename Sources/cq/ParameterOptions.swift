import ArgumentParser
import QueryLanguage

/// `--param NAME=VALUE`, for every command that runs or compiles queries: each VALUE read as
/// `ParameterValue` reads it (a number, date, list, quoted string, else text); a `$` before NAME
/// is dropped, as `.param set` drops it.
struct ParameterOptions: ParsableArguments {
    @Option(name: .customLong("param"), help: "Bind $NAME to VALUE (NAME=VALUE). Repeatable.")
    var parameters: [String] = []

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError("--param takes NAME=VALUE, not '\(parameter)'")
        }
    }

    /// The values, by name.
    var values: [String: Value] {
        var bound = [String: Value]()
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].hasPrefix("$") ? String(parts[0].dropFirst()) : parts[0]
            bound[name] = ParameterValue.parse(parts.count > 1 ? parts[1] : "")
        }
        return bound
    }
}
