import QueryLanguage

/// What a running query needs besides its rows: the corpus tables, the parameters, and the
/// limits and cancellation it checks as it goes.
final class ExecutionContext {
    let tables: SourceTables
    let parameters: [String: Value]
    let limits: QueryLimits
    let cancellation: Cancellation
    /// Runs a pipeline an operator holds (`join (...)`, `union (...)`) under this context's
    /// limits, in the session the query runs in.
    let runPipeline: (CheckedPipeline, ExecutionContext) throws(Diagnostic) -> ResultTable
    private let deadline: ContinuousClock.Instant?
    private var ticks = 0

    init(tables: SourceTables, parameters: [String: Value], limits: QueryLimits, cancellation: Cancellation,
        runPipeline: @escaping (CheckedPipeline, ExecutionContext) throws(Diagnostic) -> ResultTable = { pipeline, _ throws(Diagnostic) in
            throw Diagnostic(.runtime, "a pipeline inside an operator cannot run here", at: pipeline.sourceRange)
        })
    {
        self.tables = tables
        self.parameters = parameters
        self.limits = limits
        self.cancellation = cancellation
        self.runPipeline = runPipeline
        deadline = limits.timeLimit.map { ContinuousClock.now + QueryLimits.duration($0) }
    }

    /// Called once per row of work: throws when the query was cancelled or ran out of time.
    /// Cheap: the clock and the flag are read every 1,024 calls.
    @inline(__always)
    func checkpoint(_ range: Range<Int>) throws(Diagnostic) {
        ticks &+= 1
        if ticks & 1023 == 0 { try checkNow(range) }
    }

    /// Calls `body` with each selected row position in order (every row below `total` for a
    /// nil selection), with a checkpoint before each.
    func forEachRow(in selection: [Int]?, total: Int, _ range: Range<Int>, _ body: (Int) -> Void) throws(Diagnostic) {
        if let selection {
            for row in selection {
                try checkpoint(range)
                body(row)
            }
        } else {
            for row in 0..<total {
                try checkpoint(range)
                body(row)
            }
        }
    }

    /// Throws now if the query was cancelled or ran out of time.
    func checkNow(_ range: Range<Int>) throws(Diagnostic) {
        if cancellation.isCancelled {
            throw Diagnostic(.runtime, "query cancelled", at: range)
        }
        if let deadline, ContinuousClock.now > deadline, let limit = limits.timeLimit {
            throw Diagnostic(.runtime, "query ran longer than the time limit of \(limit) s", at: range)
        }
    }

    /// Whether the query should stop (for callbacks that cannot throw).
    var shouldStop: Bool {
        if cancellation.isCancelled { return true }
        if let deadline { return ContinuousClock.now > deadline }
        return false
    }

    /// Throws when a step would hold more rows than the limit allows.
    func checkRowCount(_ count: Int, _ range: Range<Int>) throws(Diagnostic) {
        guard count <= limits.maximumRows else {
            throw Diagnostic(.runtime, "the query would hold \(count) rows, more than the limit of \(limits.maximumRows)", at: range)
        }
    }
}
