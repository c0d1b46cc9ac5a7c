import Dispatch
import StatementReader

/// Files read on other threads while the caller works on what was read before: reading
/// starts when this is made and `outcomes()` waits for it to end.
final class ReadAhead: Sendable {
    private let done = DispatchGroup()
    private let slot = ResultSlots<[StatementReader.FileOutcome?]>(count: 1)

    /// Starts reading `files` on all cores (see `StatementReader.readFiles`).
    init(_ files: [String], reader: StatementReader, progress: (@Sendable (Int, Int) -> Void)?, isCancelled: (@Sendable () -> Bool)?) {
        done.enter()
        DispatchQueue.global().async { [slot, done] in
            slot.set(0, reader.readFiles(files, progress: progress, isCancelled: isCancelled))
            done.leave()
        }
    }

    /// Each file's outcome, in order, once every file is read.
    func outcomes() -> [StatementReader.FileOutcome?] {
        done.wait()
        return slot.values.first.flatMap { $0 } ?? []
    }
}
