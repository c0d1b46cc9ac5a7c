import Dispatch
import Foundation
import QueryLanguage
import StatementModel

/// The built-in sources of a corpus as tables of values, each built the first time a query
/// reads it, and each statement's row by id for `statement.FIELD`.
final class SourceTables {
    private let corpus: Corpus
    private var built: [String: [[Value]]] = [:]
    private var byId: [String: [Value]]?
    private var textColumns: [String: TextColumn] = [:]
    /// The row of each statement's first clause in `clauses`, and the number of clauses last.
    private lazy var clauseStarts: [Int] = {
        var starts = [Int]()
        starts.reserveCapacity(corpus.statements.count + 1)
        var total = 0
        for statement in corpus.statements {
            starts.append(total)
            total += statement.clauses.count
        }
        starts.append(total)
        return starts
    }()

    init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// The rows of a built-in source.
    func rows(of source: String) -> [[Value]] {
        if let rows = built[source] { return rows }
        let rows: [[Value]]
        switch source {
        case "statements": rows = corpus.statements.map(Self.row)
        case "clauses": rows = clauseRows()
        case "entities": rows = entityRows()
        case "mentions": rows = mentionRows()
        case "topics": rows = topicRows()
        default: rows = []
        }
        built[source] = rows
        return rows
    }

    /// How many rows a built-in source has, counted in the model when its rows are not built.
    func count(of source: String) -> Int {
        if let rows = built[source] { return rows.count }
        let statements = corpus.statements
        switch source {
        case "statements": return statements.count
        case "clauses": return clauseStarts.last ?? 0
        case "entities": return statements.reduce(0) { $0 + $1.entities.count }
        case "mentions": return statements.reduce(0) { $0 + $1.entities.reduce(0) { $0 + $1.mentions.count } }
        case "topics": return statements.reduce(0) { $0 + $1.clauses.reduce(0) { $0 + $1.topics.count } }
        default: return 0
        }
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

    private static func row(_ statement: Statement) -> [Value] {
        [
            .string(statement.id), .string(statement.title), date(statement.date), text(statement.place),
            text(statement.source), .string(statement.path), strings(statement.parties),
            strings(statement.partyCodes), .int(statement.clauses.count), .string(statement.text),
        ]
    }

    /// The position of each statement in the corpus by id; the last of two with one id, as in
    /// `statementsById`.
    private lazy var statementPositions: [String: Int] = {
        var positions = [String: Int]()
        for (position, statement) in corpus.statements.enumerated() { positions[statement.id] = position }
        return positions
    }()

    /// The number and byte range of each clause of the statement `id`, in order (for a
    /// statement-level `kwic`); none unless `text` is that statement's whole text.
    func clauseSpans(ofStatement id: String, text: String) -> [(n: Int, bytes: Range<Int>)] {
        guard let position = statementPositions[id] else { return [] }
        let statement = corpus.statements[position]
        guard statement.text == text else { return [] }
        return statement.clauses.compactMap { clause in clause.start <= clause.end ? (clause.n, clause.start..<clause.end) : nil }
    }

    /// The rows at the given ascending positions of a source; for clauses and statements
    /// without building the others.
    func rows(of source: String, at positions: [Int]) -> [[Value]] {
        if let rows = built[source] { return positions.map { rows[$0] } }
        switch source {
        case "statements":
            return positions.map { Self.row(corpus.statements[$0]) }
        case "clauses":
            var rows = [[Value]]()
            rows.reserveCapacity(positions.count)
            var lists = ListValues()
            let statements = corpus.statements, starts = clauseStarts
            var statementIndex = 0
            for position in positions {
                while statementIndex < statements.count, position >= starts[statementIndex + 1] { statementIndex += 1 }
                guard statementIndex < statements.count else { break }
                let statement = statements[statementIndex]
                rows.append(Self.row(statement.clauses[position - starts[statementIndex]], of: .string(statement.id), lists: &lists))
            }
            return rows
        default:
            let rows = rows(of: source)
            return positions.map { rows[$0] }
        }
    }

    /// A text column of a built-in source laid out for scanning: `clauses.text`,
    /// `statements.text` or `statements.title`; nil for any other column.
    func textColumn(_ source: String, _ column: String) -> TextColumn? {
        let key = source + "." + column
        if let known = textColumns[key] { return known }
        let statements = corpus.statements
        let built: TextColumn
        switch (source, column) {
        case ("clauses", "text"): built = TextColumn(statements.lazy.flatMap { $0.clauses.lazy.map(\.text) })
        case ("statements", "text"): built = TextColumn(statements.lazy.map(\.text))
        case ("statements", "title"): built = TextColumn(statements.lazy.map(\.title))
        default: return nil
        }
        textColumns[key] = built
        return built
    }

    /// Every clause's row, built on all cores: each worker fills the rows of a run of statements
    /// in place.
    private func clauseRows() -> [[Value]] {
        let statements = corpus.statements
        let firstRows = clauseStarts
        let total = firstRows.last ?? 0
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, statements.count / 64))
        return [[Value]](unsafeUninitializedCapacity: total) { buffer, initialized in
            let rows = SendableRows(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var lists = ListValues()
                let range = (statements.count * worker / workers)..<(statements.count * (worker + 1) / workers)
                for index in range {
                    let statement = statements[index]
                    let id = Value.string(statement.id)
                    for (offset, clause) in statement.clauses.enumerated() {
                        rows.initialize(at: firstRows[index] + offset, to: Self.row(clause, of: id, lists: &lists))
                    }
                }
            }
            initialized = total
        }
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

    private static func row(_ clause: Clause, of statement: Value, lists: inout ListValues) -> [Value] {
        [
            statement, .int(clause.n), .int(clause.paragraph), .string(clause.text), .int(clause.start), .int(clause.end),
            text(clause.actor), text(clause.actorCode), text(clause.verb), text(clause.cameo),
            lists.strings(clause.acts), .bool(clause.negated), .string(clause.modality.rawValue),
            lists.strings(clause.topics), lists.strings(clause.entities), lists.dates(clause.dates),
        ]
    }

    private func entityRows() -> [[Value]] {
        var rows = [[Value]]()
        for statement in corpus.statements {
            let id = Value.string(statement.id)
            for entity in statement.entities {
                rows.append([
                    id, .string(entity.name), .string(entity.type.rawValue), Self.text(entity.code),
                    Self.strings(entity.aliases), .int(entity.mentions.count),
                ])
            }
        }
        return rows
    }

    private func mentionRows() -> [[Value]] {
        var rows = [[Value]]()
        for statement in corpus.statements {
            let id = Value.string(statement.id)
            for entity in statement.entities {
                let name = Value.string(entity.name), type = Value.string(entity.type.rawValue)
                for mention in entity.mentions {
                    rows.append([id, name, type, .int(mention.clause), .int(mention.start), .int(mention.end), .string(mention.text)])
                }
            }
        }
        return rows
    }

    private func topicRows() -> [[Value]] {
        var rows = [[Value]]()
        for statement in corpus.statements {
            let id = Value.string(statement.id)
            for clause in statement.clauses {
                for topic in clause.topics { rows.append([id, .int(clause.n), .string(topic)]) }
            }
        }
        return rows
    }

    /// A text field's value: the string, or null when it is missing.
    static func text(_ value: String?) -> Value {
        value.map { .string($0) } ?? .null
    }

    /// A list of strings as a list value.
    static func strings(_ values: [String]) -> Value {
        .list(values.map { .string($0) })
    }

    static func date(_ value: String?) -> Value {
        guard let value, let day = Day(iso: value) else { return .null }
        return .date(day)
    }

    /// Converts the clauses' lists to list values once per distinct list: most clauses share
    /// their acts, topics and dates with many others, so the rows share the values too.
    private struct ListValues {
        private var stringLists: [[String]: Value] = [:]
        private var dateLists: [[String]: Value] = [:]

        mutating func strings(_ list: [String]) -> Value {
            if list.isEmpty { return .list([]) }
            if let value = stringLists[list] { return value }
            let value = SourceTables.strings(list)
            stringLists[list] = value
            return value
        }

        mutating func dates(_ list: [String]) -> Value {
            if list.isEmpty { return .list([]) }
            if let value = dateLists[list] { return value }
            let value = Value.list(list.map(SourceTables.date))
            dateLists[list] = value
            return value
        }
    }
}
