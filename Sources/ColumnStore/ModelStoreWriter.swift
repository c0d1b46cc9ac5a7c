import StatementModel

/// Writes the statement model into a store's sections (`ModelStoreLayout`), a batch of
/// statements at a time: a load hands each file's statements over as it reads them and keeps
/// only the columns, and the columns' rows go to a temporary file (`SpillFile`) as they fill, so
/// that the memory a load holds does not grow with the archive (only the dictionaries of
/// distinct values stay in memory).
public struct ModelStoreWriter {
    private var columns: Columns
    /// Each statement's id as its file gave it, and the file's path, in order.
    public private(set) var identities = [(id: String, path: String)]()
    private var clauseEnd = 0
    private var entityEnd = 0
    private var mentionEnd = 0
    private var evidenceEnd = 0

    /// A writer with no statements yet, its columns spilled to a temporary file when `spilling`
    /// (and one can be made), else held in memory.
    public init(spilling: Bool = true) {
        columns = Columns(spill: spilling ? SpillFile.make() : nil)
    }

    /// Adds the sections of `statements` to `builder`. `ids` are the ids the statements are known
    /// by in the load (made unique across files); the statements themselves keep the ids and
    /// clause fields their files gave, so that a file's statements can be taken out again as read.
    /// Returns each table's row count, as `StatementStore(file:counts:)` takes them.
    @discardableResult
    public static func add(_ statements: [Statement], ids: [String], to builder: inout StoreBuilder) -> [String: Int] {
        var writer = ModelStoreWriter(spilling: false)
        writer.add(statements)
        return writer.write(ids: ids, to: &builder)
    }

    /// Adds statements after those added before, with the ids and clause fields their files gave.
    public mutating func add(_ statements: [Statement]) {
        for statement in statements {
            identities.append((statement.id, statement.path))
            columns.string("statements.raw_id", statement.id)
            columns.string("statements.title", statement.title)
            columns.string("statements.date", statement.date)
            columns.string("statements.place", statement.place)
            columns.string("statements.source", statement.source)
            columns.string("statements.kind", statement.kind)
            columns.string("statements.path", statement.path)
            columns.list("statements.parties", statement.parties)
            columns.list("statements.party_codes", statement.partyCodes)
            columns.text("statements.text", statement.text)
            let firstClauseRow = clauseEnd
            clauseEnd += statement.clauses.count
            entityEnd += statement.entities.count
            columns.integer("statements.clause_end", clauseEnd)
            columns.integer("statements.entity_end", entityEnd)
            let clauses = statement.clauses
            ExactString.withUTF8(statement.text) { text in
                var rangesEnd = 0
                // By index, like the columns below: `for in` would copy (and retain) every clause.
                for index in clauses.indices {
                    let (start, end) = (clauses[index].start, clauses[index].end)
                    if Self.isRange(clauses[index].textSlice, start: start, end: end, in: text, from: rangesEnd) {
                        rangesEnd = end
                    } else {
                        columns.ownText("clauses.text", row: firstClauseRow + index, clauses[index].text)
                    }
                }
            }
            // Column by column, so that each column is found once a statement, not once a row.
            columns.strings("clauses.statement", clauses) { $0.statement }
            columns.integers("clauses.n", clauses) { $0.n }
            columns.integers("clauses.paragraph", clauses) { $0.paragraph }
            columns.integers("clauses.start", clauses) { $0.start }
            columns.integers("clauses.end", clauses) { $0.end }
            columns.strings("clauses.actor", clauses) { $0.actor }
            columns.strings("clauses.actor_code", clauses) { $0.actorCode }
            columns.strings("clauses.verb", clauses) { $0.verb }
            columns.strings("clauses.cameo", clauses) { $0.cameo }
            columns.lists("clauses.acts", clauses) { $0.acts }
            columns.integers("clauses.negated", clauses) { $0.negated ? 1 : 0 }
            columns.strings("clauses.modality", clauses) { $0.modality.rawValue }
            columns.lists("clauses.topics", clauses) { $0.topics }
            columns.lists("clauses.entities", clauses) { $0.entities }
            columns.lists("clauses.dates", clauses) { $0.dates }
            // Each clause's evidence as it is, not copied out into one array.
            let evidence = clauses.map { $0.evidence }
            columns.rowEnds("clauses.evidence_end", evidence, end: &evidenceEnd)
            columns.strings("evidence.field", nested: evidence) { $0.field.rawValue }
            // An empty value (no actor) is stored as missing, so that queries see null.
            columns.strings("evidence.value", nested: evidence) { $0.value.isEmpty ? nil : $0.value }
            columns.integers("evidence.start", nested: evidence) { $0.start ?? -1 }
            columns.integers("evidence.end", nested: evidence) { $0.end ?? -1 }
            columns.strings("evidence.rule", nested: evidence) { $0.rule }
            let entities = statement.entities
            columns.strings("entities.name", entities) { $0.name }
            columns.strings("entities.type", entities) { $0.type.rawValue }
            columns.strings("entities.code", entities) { $0.code }
            columns.lists("entities.aliases", entities) { $0.aliases }
            let mentions = entities.map { $0.mentions }
            columns.rowEnds("entities.mention_end", mentions, end: &mentionEnd)
            columns.integers("mentions.clause", nested: mentions) { $0.clause }
            columns.integers("mentions.start", nested: mentions) { $0.start }
            columns.integers("mentions.end", nested: mentions) { $0.end }
            columns.strings("mentions.text", nested: mentions) { $0.text }
        }
    }

    /// Whether a clause's text, `clauseText`, is the bytes `start..<end` of its statement's
    /// `text`, starting at or after `earliest`: then the store keeps it as that range
    /// (`ModelStoreLayout.Kind.textRanges`).
    private static func isRange(_ clauseText: Substring, start: Int, end: Int, in text: UnsafeBufferPointer<UInt8>, from earliest: Int) -> Bool {
        guard start >= earliest, end >= start, end <= text.count else { return false }
        var clauseText = clauseText
        return clauseText.withUTF8 { ExactString.sameBytes($0, UnsafeBufferPointer(rebasing: text[start..<end])) }
    }

    /// Adds the sections of every statement added to `builder`, the statements known by `ids`
    /// (in order: the ids made unique across the load; a statement without one keeps the id it
    /// was read with), and returns each table's row count, as `StatementStore(file:counts:)` takes them.
    /// Each column is let go once its sections are added: write once, when every statement is in.
    public mutating func write(ids: [String], to builder: inout StoreBuilder) -> [String: Int] {
        for (index, identity) in identities.enumerated() { columns.string("statements.id", index < ids.count ? ids[index] : identity.id) }
        let counts = [identities.count, clauseEnd, entityEnd, mentionEnd, evidenceEnd]
        builder.addIntegers(ModelStoreLayout.rowCounts, counts.map(Int64.init))
        for (name, kind) in ModelStoreLayout.columns { columns.write(name, kind, to: &builder) }
        return Dictionary(uniqueKeysWithValues: zip(ModelStoreLayout.tables, counts))
    }

    /// The columns being filled, by name.
    private struct Columns {
        let spill: SpillFile?
        var integers: [String: SpillBuffer] = [:]
        var strings: [String: DictionaryEncoder] = [:]
        var texts: [String: StringTableEncoder] = [:]
        var lists: [String: (offsets: SpillBuffer, items: DictionaryEncoder)] = [:]
        var ownTexts: [String: (rows: SpillBuffer, texts: StringTableEncoder)] = [:]

        mutating func integer(_ name: String, _ value: Int) {
            integers[name, default: SpillBuffer(file: spill)].append(number: Int64(value))
        }

        mutating func string(_ name: String, _ value: String?) {
            strings[name, default: DictionaryEncoder(spill: spill)].append(value)
        }

        /// Appends `value` of each of `rows` to the integer column `name`.
        mutating func integers<Row>(_ name: String, _ rows: [Row], _ value: (Row) -> Int) {
            integers(name, nested: CollectionOfOne(rows), value)
        }

        /// Appends `value` of each row of each of `rowLists`, in order, to the integer column `name`.
        mutating func integers<Lists: Collection<[Row]>, Row>(_ name: String, nested rowLists: Lists, _ value: (Row) -> Int) {
            var column = integers.removeValue(forKey: name) ?? SpillBuffer(file: spill)
            // By index: a row taken out of the array by `for in` is a copy that retains its fields.
            for rows in rowLists {
                for index in rows.indices { column.append(number: Int64(value(rows[index]))) }
            }
            integers[name] = column
        }

        /// Appends to the `*_end` column `name` where the child rows of each parent, `children`,
        /// end, counting on from `end` (the children of the rows written before) and leaving it there.
        mutating func rowEnds<Child>(_ name: String, _ children: [[Child]], end: inout Int) {
            var running = end
            integers(name, children) { rows in
                running += rows.count
                return running
            }
            end = running
        }

        /// Appends `value` of each of `rows` to the string column `name`.
        mutating func strings<Row>(_ name: String, _ rows: [Row], _ value: (Row) -> String?) {
            strings(name, nested: CollectionOfOne(rows), value)
        }

        /// Appends `value` of each row of each of `rowLists`, in order, to the string column `name`.
        mutating func strings<Lists: Collection<[Row]>, Row>(_ name: String, nested rowLists: Lists, _ value: (Row) -> String?) {
            var column = strings.removeValue(forKey: name) ?? DictionaryEncoder(spill: spill)
            for rows in rowLists {
                for index in rows.indices { column.append(value(rows[index])) }
            }
            strings[name] = column
        }

        /// Appends `values` of each of `rows` to the list column `name`.
        mutating func lists<Row>(_ name: String, _ rows: [Row], _ values: (Row) -> [String]) {
            var list = lists.removeValue(forKey: name) ?? (Self.startedOffsets(spill), DictionaryEncoder(spill: spill))
            for index in rows.indices {
                let items = values(rows[index])
                for item in items.indices { list.items.append(items[item]) }
                list.offsets.append(number: UInt64(list.items.count))
            }
            lists[name] = list
        }

        mutating func text(_ name: String, _ value: String) {
            texts[name, default: StringTableEncoder(spill: spill)].append(value)
        }

        /// Keeps the text of row `row` of the `textRanges` column `name`, whose text is not its range.
        mutating func ownText(_ name: String, row: Int, _ value: String) {
            var own = ownTexts.removeValue(forKey: name) ?? (SpillBuffer(file: spill), StringTableEncoder(spill: spill))
            own.rows.append(number: Int64(row))
            own.texts.append(value)
            ownTexts[name] = own
        }

        mutating func list(_ name: String, _ values: [String]) {
            lists(name, [values]) { $0 }
        }

        /// The offsets of a list column before its first row: the first row starts at 0.
        private static func startedOffsets(_ spill: SpillFile?) -> SpillBuffer {
            var offsets = SpillBuffer(file: spill)
            offsets.append(number: UInt64(0))
            return offsets
        }

        /// Adds column `name`'s sections to `builder` and lets the column go, so that a column and
        /// its sections are held together only while it is laid out.
        mutating func write(_ name: String, _ kind: ModelStoreLayout.Kind, to builder: inout StoreBuilder) {
            let sections = ModelStoreLayout.sections(of: name, kind)
            switch kind {
            case .integer:
                builder.addSection(sections[0], SectionBytes([.spilled(integers.removeValue(forKey: name) ?? SpillBuffer(file: nil))]))
            case .text:
                builder.addSection(sections[0], (texts.removeValue(forKey: name) ?? StringTableEncoder()).section())
            case .textRanges:
                let own = ownTexts.removeValue(forKey: name) ?? (SpillBuffer(file: nil), StringTableEncoder())
                builder.addSection(sections[0], SectionBytes([.spilled(own.rows)]))
                builder.addSection(sections[1], own.texts.section())
            case .string:
                let encoder = strings.removeValue(forKey: name) ?? DictionaryEncoder(spill: nil)
                builder.addSection(sections[0], SectionBytes([.spilled(encoder.codes)]))
                builder.addSection(sections[1], encoder.dictionarySection())
            case .list:
                let list = lists.removeValue(forKey: name) ?? (Self.startedOffsets(nil), DictionaryEncoder(spill: nil))
                builder.addSection(sections[0], SectionBytes([.spilled(list.offsets)]))
                builder.addSection(sections[1], SectionBytes([.spilled(list.items.codes)]))
                builder.addSection(sections[2], list.items.dictionarySection())
            }
        }
    }
}
