import Glibc

/// The temporary files a cache file is written through, `model-HASH.cache.tmp-PID.RANDOM`, and
/// the removal of those a killed cq left behind.
enum CacheTemporary {
    /// A new temporary name for the cache file `name`: this process's id and eight random hex
    /// digits, so that two loads in one process never share one.
    static func name(for name: String) -> String {
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return name + ".tmp-\(getpid())." + String(repeating: "0", count: 8 - random.count) + random
    }

    /// The process id in the name of a cache's temporary file (`model-HASH.cache.tmp-PID.RANDOM`,
    /// or `model-HASH.cache.tmp-PID` as format 2 named them); nil for any other name.
    static func processID(inName name: String) -> pid_t? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 || parts.count == 4, parts[0].hasPrefix("model-"), isHex(parts[0].dropFirst(6), length: 16),
            parts[1] == "cache", parts[2].hasPrefix("tmp-"), parts.count == 3 || isHex(parts[3], length: 8)
        else { return nil }
        let digits = parts[2].dropFirst(4)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let id = pid_t(digits), id > 0 else {
            return nil
        }
        return id
    }

    /// Removes from `directory` the temporaries whose writer is gone: entries named as cq names
    /// its temporaries, regular files owned by the user, whose process id is no live process.
    static func removeStale(in directory: CacheDirectory) {
        for name in directory.names() {
            guard let id = processID(inName: name), kill(id, 0) == -1, errno == ESRCH else { continue }
            var status = stat()
            guard fstatat(directory.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0, status.st_mode & S_IFMT == S_IFREG,
                status.st_uid == geteuid()
            else { continue }
            unlinkat(directory.descriptor, name, 0)
        }
    }

    /// Whether `text` is `length` lowercase hex digits.
    private static func isHex(_ text: Substring, length: Int) -> Bool {
        text.utf8.count == length && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
