import StatementModel
import Synchronization

/// The statement model held column by column in a store file (`ModelStoreLayout`): row counts
/// at once, each column checked the first time it is used, statements built only when asked for.
///
/// ```swift
/// let store = StatementStore.build(corpus.statements)
/// let actors = try store.strings("clauses.actor")
/// print(store.rowCount("clauses"), actors.dictionary.count)
/// ```
public final class StatementStore: @unchecked Sendable {
    /// The file the columns are in.
    public let file: StoreFile
    private let counts: [String: Int]
    private let integerColumns = Mutex<[String: IntegerColumn]>([:])
    private let stringColumns = Mutex<[String: StringColumn]>([:])
    private let textColumns = Mutex<[String: StoredTexts]>([:])
    private let listColumns = Mutex<[String: ListColumn]>([:])

    /// The model in `file`; throws when its row counts are missing or damaged.
    public init(file: StoreFile) throws(StoreDamage) {
        self.file = file
        let section = try file.requiredSection(ModelStoreLayout.rowCounts)
        guard section.count == ModelStoreLayout.tables.count * 8 else {
            throw StoreDamage(section: ModelStoreLayout.rowCounts, reason: "not one count a table")
        }
        var counts = [String: Int]()
        for (index, table) in ModelStoreLayout.tables.enumerated() {
            let count = section.loadUnaligned(fromByteOffset: index * 8, as: Int64.self)
            guard count >= 0, count < Int64(Int32.max) else { throw StoreDamage(section: ModelStoreLayout.rowCounts, reason: "a row count out of range") }
            counts[table] = Int(count)
        }
        self.counts = counts
    }

    /// The store in `file`, whose tables' row counts are known (`ModelStoreWriter.add` returns them).
    public init(file: StoreFile, counts: [String: Int]) {
        self.file = file
        self.counts = counts
    }

    /// How many rows `table` (`statements`, `clauses`, `entities` or `mentions`) has; 0 for another name.
    public func rowCount(_ table: String) -> Int {
        counts[table] ?? 0
    }

    /// The integer column `name` (`clauses.n`).
    public func integers(_ name: String) throws(StoreDamage) -> IntegerColumn {
        if let known = integerColumns.withLock({ $0[name] }) { return known }
        let section = try file.requiredSection(name)
        let column = try checked(name) { () throws(SectionFault) in try IntegerColumn(section, of: file, rows: rows(of: name)) }
        integerColumns.withLock { $0[name] = column }
        return column
    }

    /// The `*_end` column `name` (`statements.clause_end`): where the child rows in `table`
    /// of each row end, checked to rise and to end at the row count of `table`.
    public func rowEnds(_ name: String, of table: String) throws(StoreDamage) -> IntegerColumn {
        let column = try integers(name)
        try StoreFile.checkRowEnds(column.values, total: rowCount(table), of: table, section: name)
        return column
    }

    /// The string column `name` (`clauses.actor`).
    public func strings(_ name: String) throws(StoreDamage) -> StringColumn {
        if let known = stringColumns.withLock({ $0[name] }) { return known }
        let codes = try file.requiredSection(name + ".codes")
        let dictionary = try file.stringTable(name + ".dict")
        let column = try checked(name + ".codes") { () throws(SectionFault) in
            try StringColumn(codes: codes, dictionary: dictionary, rows: rows(of: name))
        }
        stringColumns.withLock { $0[name] = column }
        return column
    }

    /// The text column `name`: `statements.text` (one string a row) or `clauses.text` (ranges
    /// of the statements' texts, `ModelStoreLayout.Kind.textRanges`).
    public func texts(_ name: String) throws(StoreDamage) -> StoredTexts {
        if let known = textColumns.withLock({ $0[name] }) { return known }
        let column: StoredTexts
        if let kind = ModelStoreLayout.columns.first(where: { $0.name == name })?.kind, kind == .textRanges {
            let sections = ModelStoreLayout.sections(of: name, kind)
            let statements = try texts("statements.text")
            let ownTexts = try file.stringTable(sections[1])
            column = try StoredTexts(
                ranges: statements, clauseEnds: try rowEnds("statements.clause_end", of: "clauses").values,
                starts: try integers("clauses.start"), ends: try integers("clauses.end"),
                ownRows: try file.integerArray(sections[0]), ownTexts: ownTexts)
        } else {
            let table = try file.stringTable(name)
            guard table.count == rows(of: name) else { throw StoreDamage(section: name, reason: "\(table.count) texts for \(rows(of: name)) rows") }
            column = StoredTexts(strings: table)
        }
        textColumns.withLock { $0[name] = column }
        return column
    }

    /// The list column `name` (`clauses.topics`).
    public func lists(_ name: String) throws(StoreDamage) -> ListColumn {
        if let known = listColumns.withLock({ $0[name] }) { return known }
        let offsets = try file.requiredSection(name + ".offsets")
        let items = try file.requiredSection(name + ".items")
        let dictionary = try file.stringTable(name + ".dict")
        let column = try checked(name + ".offsets") { () throws(SectionFault) in
            try ListColumn(offsets: offsets, items: items, dictionary: dictionary, rows: rows(of: name))
        }
        listColumns.withLock { $0[name] = column }
        return column
    }

    private func rows(of column: String) -> Int {
        rowCount(ModelStoreLayout.table(of: column))
    }

    private func checked<Value>(_ section: String, _ body: () throws(SectionFault) -> Value) throws(StoreDamage) -> Value {
        do throws(SectionFault) {
            return try body()
        } catch {
            throw StoreDamage(section: section, reason: error.reason)
        }
    }
}

extension StatementStore {
    /// A store in memory holding `statements`, known by `ids` (their own ids when nil).
    public static func build(_ statements: [Statement], ids: [String]? = nil) -> StatementStore {
        var builder = StoreBuilder()
        let counts = ModelStoreWriter.add(statements, ids: ids ?? statements.map(\.id), to: &builder)
        return StatementStore(file: (consume builder).file(identity: "memory"), counts: counts)
    }
}
