import Foundation

/// One slot per task of a parallel loop, filled from worker threads under a lock (the reader's
/// files, the cache's chunks).
///
/// An `NSLock` (a pthread mutex) rather than `Synchronization.Mutex`, whose futex-based lock
/// ThreadSanitizer cannot see, so `scripts/check thread` reports real races only.
public final class ResultSlots<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Element?]

    /// `count` empty slots.
    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    /// Fills slot `index`.
    public func set(_ index: Int, _ value: Element) {
        lock.withLock { slots[index] = value }
    }

    /// The slots, in order; nil where a task left none.
    public var values: [Element?] {
        lock.withLock { slots }
    }
}
