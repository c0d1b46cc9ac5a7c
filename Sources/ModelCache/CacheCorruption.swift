/// Why a cache file could not be decoded: it is damaged, truncated, or not a cache at all.
struct CacheCorruption: Error, Sendable {
    /// What was wrong, for the warning.
    var reason: String
    /// The byte offset where decoding stopped.
    var offset: Int
}
