import ColumnStore
import QueryLanguage
import StatementModel

/// The built-in sources (`statements`, `clauses`, `entities`, `mentions`, `topics`) as columns
/// of a statement store: how many rows each has, each column's values, and the row of the
/// statement (or entity, or clause) each row belongs to. A damaged section of the store is
/// kept as `damage` and its column read as missing; the session then fails the query.
final class StoreSources {
    /// The store the columns are read from.
    let store: StatementStore
    /// The first damaged section found, if any.
    private(set) var damage: StoreDamage?
    private var columns: [String: StoredColumn] = [:]
    private var links: [String: [UInt32]] = [:]
    private var positionsById: [String: Int]?

    /// The sources of `store`.
    init(store: StatementStore) {
        self.store = store
    }

    /// Runs `body` over the store; on damage keeps it and returns nil.
    func reading<Result>(_ body: (StatementStore) throws(StoreDamage) -> Result) -> Result? {
        do throws(StoreDamage) {
            return try body(store)
        } catch {
            if damage == nil {
                damage = error
                store.file.reportDamage(error)
            }
            return nil
        }
    }

    /// How many rows a built-in source has; 0 for another name.
    func count(of source: String) -> Int {
        switch source {
        case "topics": reading { (store) throws(StoreDamage) in try store.lists("clauses.topics").items.count } ?? 0
        case "cameo_codes": Self.assignableCodes.count
        case "evidence": store.rowCount("evidence")
        default: store.rowCount(source)
        }
    }

    /// Column `name` of `source`, or nil when the source has no such column (or it is damaged).
    func column(_ source: String, _ name: String) -> StoredColumn? {
        let key = source + "." + name
        if let known = columns[key] { return known }
        guard let built = reading({ (store) throws(StoreDamage) in try self.build(source, name, store) }) ?? nil else { return nil }
        columns[key] = built
        return built
    }

    /// The values of every column of `source`, in `Schema` order; nil when one is damaged.
    func columns(of source: String) -> [StoredColumn]? {
        var all = [StoredColumn]()
        for column in Schema.sources[source] ?? [] {
            guard let stored = self.column(source, column.name) else { return nil }
            all.append(stored)
        }
        return all
    }

    private func build(_ source: String, _ name: String, _ store: StatementStore) throws(StoreDamage) -> StoredColumn? {
        switch (source, name) {
        case ("statements", "clauses"): return try counts("statements.clause_end", of: "clauses")
        case ("statements", "text"): return StoredColumn(storage: .texts(try store.texts("statements.text")), link: nil)
        case ("statements", _): return try statementColumn(name, link: nil)
        case ("clauses", "statement"): return try statementColumn("id", link: try link("clauses"))
        case ("clauses", "n"), ("clauses", "paragraph"), ("clauses", "start"), ("clauses", "end"):
            return StoredColumn(storage: .integers(try store.integers("clauses." + name).values), link: nil)
        case ("clauses", "text"): return StoredColumn(storage: .texts(try store.texts("clauses.text")), link: nil)
        case ("clauses", "negated"): return StoredColumn(storage: .booleans(try store.integers("clauses.negated").values), link: nil)
        case ("clauses", "acts"), ("clauses", "topics"), ("clauses", "entities"): return try list("clauses." + name, link: nil)
        case ("clauses", "dates"):
            let dates = try store.lists("clauses.dates")
            return StoredColumn(storage: .lists(dates, items: dates.dictionary.strings.map(Self.date)), link: nil)
        case ("clauses", "actor"), ("clauses", "actor_code"), ("clauses", "verb"), ("clauses", "cameo"), ("clauses", "modality"):
            return try codes("clauses." + name, link: nil)
        case ("clauses", "cameo_name"): return try codes("clauses.cameo", link: nil, as: Self.cameoName)
        case ("clauses", "cameo_root"): return try codes("clauses.cameo", link: nil) { .string(String($0.prefix(2))) }
        case ("clauses", "cameo_root_name"): return try codes("clauses.cameo", link: nil) { Self.cameoName(String($0.prefix(2))) }
        case ("evidence", "statement"): return try statementColumn("id", link: try link("evidence"))
        case ("evidence", "n"):
            return StoredColumn(storage: .integers(try store.integers("clauses.n").values), link: try link("evidence.clause"))
        case ("evidence", "field"), ("evidence", "value"), ("evidence", "rule"): return try codes("evidence." + name, link: nil)
        case ("evidence", "start"), ("evidence", "end"):
            return StoredColumn(storage: .offsets(try store.integers("evidence." + name).values), link: nil)
        case ("evidence", "cue"):
            let cues = EvidenceCues(
                texts: try store.texts("statements.text"), starts: try store.integers("evidence.start").values,
                ends: try store.integers("evidence.end").values, statements: try link("evidence"))
            return StoredColumn(storage: .cues(cues), link: nil)
        case ("cameo_codes", "code"): return StoredColumn(storage: .values(Self.assignableCodes.map { .string($0.code) }), link: nil)
        case ("cameo_codes", "name"): return StoredColumn(storage: .values(Self.assignableCodes.map { .string($0.name) }), link: nil)
        case ("cameo_codes", "root"): return StoredColumn(storage: .values(Self.assignableCodes.map { .string($0.root) }), link: nil)
        case ("cameo_codes", "root_name"): return StoredColumn(storage: .values(Self.assignableCodes.map { Self.cameoName($0.root) }), link: nil)
        case ("entities", "statement"): return try statementColumn("id", link: try link("entities"))
        case ("entities", "name"), ("entities", "type"), ("entities", "code"): return try codes("entities." + name, link: nil)
        case ("entities", "aliases"): return try list("entities.aliases", link: nil)
        case ("entities", "mentions"): return try counts("entities.mention_end", of: "mentions")
        case ("mentions", "statement"): return try statementColumn("id", link: try link("mentions"))
        case ("mentions", "entity"): return try codes("entities.name", link: try link("mentions.entity"))
        case ("mentions", "type"): return try codes("entities.type", link: try link("mentions.entity"))
        case ("mentions", "clause"), ("mentions", "start"), ("mentions", "end"):
            return StoredColumn(storage: .integers(try store.integers("mentions." + name).values), link: nil)
        case ("mentions", "text"): return try codes("mentions.text", link: nil)
        case ("topics", "statement"): return try statementColumn("id", link: try link("topics"))
        case ("topics", "clause"): return StoredColumn(storage: .integers(try store.integers("clauses.n").values), link: try link("topics.clause"))
        case ("topics", "topic"):
            // A topic row is an item of a clause's list: its code is the item.
            let topics = try store.lists("clauses.topics")
            return StoredColumn(storage: .codes(topics.items, values: topics.dictionary.strings.map { .string($0) }), link: nil)
        default: return nil
        }
    }

    /// The codes the reader can assign, the rows of `cameo_codes`.
    private static let assignableCodes = CAMEOCodebook.entries.filter(\.isAssignedByReader)

    /// A CAMEO code's name from the codebook; null for a code it does not have.
    static func cameoName(_ code: String) -> Value {
        CAMEOCodebook.name(of: code).map { .string($0) } ?? .null
    }

    /// Statement column `name` (`id`, `title`, `date`, ...) for rows that reach the statement through `link`.
    private func statementColumn(_ name: String, link: [UInt32]?) throws(StoreDamage) -> StoredColumn? {
        switch name {
        case "date": return try codes("statements.date", link: link, as: Self.date)
        case "id", "title", "place", "source", "kind", "path": return try codes("statements." + name, link: link)
        case "parties", "party_codes": return try list("statements." + name, link: link)
        default:
            guard let column = try build("statements", name, store) else { return nil }
            return StoredColumn(storage: column.storage, link: link)
        }
    }

    private func codes(_ name: String, link: [UInt32]?, as value: (String) -> Value = { .string($0) }) throws(StoreDamage) -> StoredColumn {
        let column = try store.strings(name)
        return StoredColumn(storage: .codes(column.codes, values: column.dictionary.strings.map(value)), link: link)
    }

    private func list(_ name: String, link: [UInt32]?) throws(StoreDamage) -> StoredColumn {
        let column = try store.lists(name)
        return StoredColumn(storage: .lists(column, items: column.dictionary.strings.map { .string($0) }), link: link)
    }

    /// The number of child rows in `table` of each row, from an `*_end` column.
    private func counts(_ name: String, of table: String) throws(StoreDamage) -> StoredColumn {
        let ends = try store.rowEnds(name, of: table).values
        var previous: Int64 = 0
        var counts = [Value]()
        counts.reserveCapacity(ends.count)
        for end in ends {
            counts.append(.int(Int(end - previous)))
            previous = end
        }
        return StoredColumn(storage: .values(counts), link: nil)
    }

    /// For each row of a source, the row of the table it belongs to: `clauses`, `entities`,
    /// `mentions`, `topics` and `evidence` to their statement, `mentions.entity` to its entity,
    /// `topics.clause` and `evidence.clause` to their clause.
    func link(_ name: String) throws(StoreDamage) -> [UInt32] {
        if let known = links[name] { return known }
        let built: [UInt32]
        switch name {
        case "clauses": built = try Self.expand(try store.rowEnds("statements.clause_end", of: "clauses").values)
        case "entities": built = try Self.expand(try store.rowEnds("statements.entity_end", of: "entities").values)
        case "mentions.entity": built = try Self.expand(try store.rowEnds("entities.mention_end", of: "mentions").values)
        case "mentions":
            let entities = try link("entities")
            built = try link("mentions.entity").map { entities[Int($0)] }
        case "topics.clause":
            let topics = try store.lists("clauses.topics")
            built = try Self.expand(topics.offsets.dropFirst().lazy.map { Int64(truncatingIfNeeded: $0) })
        case "evidence.clause": built = try Self.expand(try store.rowEnds("clauses.evidence_end", of: "evidence").values)
        case "evidence":
            let clauses = try link("clauses")
            built = try link("evidence.clause").map { clauses[Int($0)] }
        default:
            let clauses = try link("clauses")
            built = try link("topics.clause").map { clauses[Int($0)] }
        }
        links[name] = built
        return built
    }

    /// The position of each statement by id; the last of two with one id, as `statement.FIELD`
    /// finds a statement (none when the ids are damaged).
    var statementPositions: [String: Int] {
        if let positionsById { return positionsById }
        var positions = [String: Int]()
        if let ids = reading({ (store) throws(StoreDamage) in try store.strings("statements.id") }) {
            for position in 0..<ids.codes.count { positions[ids.value(position) ?? ""] = position }
        }
        positionsById = positions
        return positions
    }

    /// Row `i` repeated as often as its range (up to `ends[i]`) holds rows.
    private static func expand<Ends: Sequence<Int64>>(_ ends: Ends) throws(StoreDamage) -> [UInt32] {
        var rows = [UInt32]()
        var previous: Int64 = 0
        for (row, end) in ends.enumerated() {
            guard end >= previous else { throw StoreDamage(section: "links", reason: "row ranges out of order") }
            rows.append(contentsOf: repeatElement(UInt32(truncatingIfNeeded: row), count: Int(end - previous)))
            previous = end
        }
        return rows
    }

    /// A date as the model writes it made a date value; null when it is not one.
    static func date(_ text: String) -> Value {
        guard let day = Day(iso: text) else { return .null }
        return .date(day)
    }
}
