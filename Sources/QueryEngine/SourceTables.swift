import ColumnStore
import Dispatch
import Foundation
import QueryLanguage
import StatementModel

/// The built-in sources of a statement store as tables of values, each built from the store's
/// columns the first time a query reads all its rows, and each statement's row by id for
/// `statement.FIELD`.
final class SourceTables {
    /// The store's columns.
    let sources: StoreSources
    private var built: [String: [[Value]]] = [:]
    private var byId: [String: [Value]]?
    private var textColumns: [String: TextColumn] = [:]

    init(sources: StoreSources) {
        self.sources = sources
    }

    /// The rows of a built-in source (none when its columns are damaged).
    func rows(of source: String) -> [[Value]] {
        if let rows = built[source] { return rows }
        let count = count(of: source)
        let rows = buildRows(of: source, at: 0..<count)
        built[source] = rows
        return rows
    }

    /// How many rows a built-in source has.
    func count(of source: String) -> Int {
        if let rows = built[source] { return rows.count }
        return sources.count(of: source)
    }

    /// A statement's row (in `Schema.statementColumns` order) by its id; the last of two with one id.
    var statementsById: [String: [Value]] {
        if let byId { return byId }
        var rows = [String: [Value]]()
        for row in self.rows(of: "statements") {
            if case .string(let id) = row[0] { rows[id] = row }
        }
        byId = rows
        return rows
    }

    /// The statement with the id, built from the store (the last of two with one id), or nil.
    func statement(withId id: String) -> Statement? {
        guard let position = sources.statementPositions[id] else { return nil }
        return sources.reading { (store) throws(StoreDamage) in try store.statements(in: position..<position + 1) }?.first
    }

    /// The rows of `evidence` behind clause `n` of statement `id`, and the clause with its cues;
    /// nil when there is no such clause.
    func evidence(ofStatement id: String, clause n: Int) -> (rows: Range<Int>, clause: ExplainedClause)? {
        guard let position = sources.statementPositions[id],
            let columns = sources.reading({ (store) throws(StoreDamage) in
                (try store.rowEnds("statements.clause_end", of: "clauses"), try store.integers("clauses.n"),
                 try store.rowEnds("clauses.evidence_end", of: "evidence"), try store.integers("clauses.start"),
                 try store.texts("clauses.text"), try store.integers("evidence.start"), try store.integers("evidence.end"))
            })
        else { return nil }
        let (clauseEnds, numbers, evidenceEnds, clauseStarts, clauseTexts, starts, ends) = columns
        guard let row = clauseEnds.childRows(of: position).first(where: { numbers.values[$0] == Int64(n) }) else { return nil }
        let rows = evidenceEnds.childRows(of: row)
        let base = Int(clauseStarts.values[row])
        let cues = rows.compactMap { decision -> Range<Int>? in
            let start = Int(starts.values[decision]), end = Int(ends.values[decision])
            return start >= base && end > start ? (start - base)..<(end - base) : nil
        }
        return (rows, ExplainedClause(statement: id, n: n, text: clauseTexts.string(row), cues: cues))
    }

    /// The number and byte range of each clause of the statement `id`, in order (for a
    /// statement-level `kwic`); none unless `text` is that statement's whole text.
    func clauseSpans(ofStatement id: String, text: String) -> [(n: Int, bytes: Range<Int>)] {
        guard let position = sources.statementPositions[id],
            let columns = sources.reading({ (store) throws(StoreDamage) in
                (try store.texts("statements.text"), try store.rowEnds("statements.clause_end", of: "clauses"),
                 try store.integers("clauses.n"), try store.integers("clauses.start"), try store.integers("clauses.end"))
            })
        else { return [] }
        let (texts, ends, numbers, starts, stops) = columns
        guard texts.utf8(position).elementsEqual(text.utf8) else { return [] }
        return ends.childRows(of: position).compactMap { row in
            let start = Int(starts.values[row]), end = Int(stops.values[row])
            return start <= end ? (Int(numbers.values[row]), start..<end) : nil
        }
    }

    /// The rows at the given ascending positions of a source.
    func rows(of source: String, at positions: [Int]) -> [[Value]] {
        if let rows = built[source] { return positions.map { rows[$0] } }
        return buildRows(of: source, at: positions[...])
    }

    /// The rows at `positions` built from the columns, on all cores when there are many.
    private func buildRows<Positions: RandomAccessCollection & Sendable>(of source: String, at positions: Positions) -> [[Value]]
    where Positions.Index == Int, Positions.Element == Int {
        guard let columns = sources.columns(of: source) else { return [] }
        let total = positions.count
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, total / 4096))
        let shared = SendableColumns(columns: columns)
        return [[Value]](unsafeUninitializedCapacity: total) { buffer, initialized in
            let rows = SendableRows(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let start = positions.startIndex
                for offset in (total * worker / workers)..<(total * (worker + 1) / workers) {
                    let row = positions[start + offset]
                    rows.initialize(at: offset, to: shared.columns.map { $0.value(row) })
                }
            }
            initialized = total
        }
    }

    /// A text column of a built-in source laid out for scanning: `clauses.text`,
    /// `statements.text` or `statements.title`; nil for any other column.
    func textColumn(_ source: String, _ column: String) -> TextColumn? {
        let key = source + "." + column
        if let known = textColumns[key] { return known }
        let built: TextColumn?
        switch (source, column) {
        case ("clauses", "text"), ("statements", "text"):
            built = sources.reading { (store) throws(StoreDamage) in try store.texts(key) }.map(TextColumn.init)
        case ("statements", "title"):
            built = sources.reading { (store) throws(StoreDamage) in try store.strings("statements.title") }.map { titles in
                TextColumn((0..<titles.codes.count).lazy.map { titles.value($0) ?? "" })
            }
        default: return nil
        }
        textColumns[key] = built
        return built
    }

    /// The columns handed to the workers: they only read them.
    private struct SendableColumns: @unchecked Sendable {
        let columns: [StoredColumn]
    }

    /// The rows' memory handed to the workers: each initialises only its own disjoint positions.
    private struct SendableRows: @unchecked Sendable {
        let base: UnsafeMutablePointer<[Value]>?

        init(_ base: UnsafeMutablePointer<[Value]>?) {
            self.base = base
        }

        func initialize(at position: Int, to row: [Value]) {
            base?.advanced(by: position).initialize(to: row)
        }
    }
}
