import Synchronization

/// A handle a caller uses to stop a running query; the query checks it as it goes.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)
    private let external: (@Sendable () -> Bool)?

    /// A handle cancelled by `cancel()`, or also whenever `isRequested` returns true (a
    /// flag a signal handler sets, say).
    public init(isRequested: (@Sendable () -> Bool)? = nil) {
        external = isRequested
    }

    /// Asks the running query to stop.
    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether the query should stop.
    public var isCancelled: Bool {
        flag.load(ordering: .relaxed) || (external?() ?? false)
    }
}
