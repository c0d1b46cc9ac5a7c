import Glibc

/// A `pread`- or `pwrite`-like system call repeated until it has moved every byte asked for:
/// an interrupted call is made again, and a short one goes on from where it stopped.
enum WholeTransfer {
    /// Calls `step` with the number of bytes moved so far (it moves more and returns how many,
    /// or -1) until `count` are moved, a call moves none (the end of a file), or one fails
    /// other than by being interrupted, in which case `errno` says why. Returns the bytes moved
    /// and whether a call failed.
    static func move(_ count: Int, _ step: (_ done: Int) -> Int) -> (moved: Int, failed: Bool) {
        var done = 0
        while done < count {
            let result = step(done)
            if result < 0, errno == EINTR { continue }
            if result < 0 { return (done, true) }
            if result == 0 { break }
            done += result
        }
        return (done, false)
    }
}
