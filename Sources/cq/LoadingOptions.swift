import ArgumentParser
import ModelCache

/// How statements are loaded: through the model cache unless `--no-cache` is given.
struct LoadingOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Read every statement file from its text; neither use nor update the model cache ($XDG_CACHE_HOME/cq).")
    var noCache = false

    /// The cache directory to use, or nil.
    var cacheDirectory: String? {
        noCache ? nil : ModelCache.defaultDirectory()
    }
}
