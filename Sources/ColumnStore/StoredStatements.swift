import StatementModel

extension StatementStore {
    /// Which ids statements taken out of the store carry.
    public enum Identifiers: Sendable {
        /// The ids of the load (unique across its files), as queries see them.
        case loaded
        /// The ids their files gave, as a reader gives them before a load makes them unique.
        case asRead
    }

    /// The statements at positions `range`, built from the columns.
    public func statements(in range: Range<Int>, identifiers: Identifiers = .loaded) throws(StoreDamage) -> [Statement] {
        guard range.lowerBound >= 0, range.upperBound <= rowCount("statements") else { return [] }
        let columns = try ModelColumns(self)
        var statements = [Statement]()
        statements.reserveCapacity(range.count)
        for index in range { statements.append(try columns.statement(index, identifiers: identifiers)) }
        return statements
    }

    /// Every statement, with the ids of the load.
    public func allStatements() throws(StoreDamage) -> [Statement] {
        try statements(in: 0..<rowCount("statements"))
    }
}

/// The columns a statement is built from, checked, with the row ranges that tie the tables together.
private struct ModelColumns {
    let id, rawId, title, date, place, source, kind, path: StringColumn
    let parties, partyCodes: ListColumn
    let text: StoredTexts
    let clauseEnd, entityEnd: IntegerColumn
    let clauseStatement, actor, actorCode, verb, cameo, modality: StringColumn
    let n, paragraph, start, end, negated: IntegerColumn
    let clauseText: StoredTexts
    let acts, topics, entities, dates: ListColumn
    let entityName, entityType, entityCode: StringColumn
    let aliases: ListColumn
    let mentionEnd: IntegerColumn
    let mentionClause, mentionStart, mentionEndOffset: IntegerColumn
    let mentionText: StringColumn
    let evidenceEnd, evidenceStart, evidenceEndOffset: IntegerColumn
    let evidenceField, evidenceValue, evidenceRule: StringColumn

    init(_ store: StatementStore) throws(StoreDamage) {
        id = try store.strings("statements.id")
        rawId = try store.strings("statements.raw_id")
        title = try store.strings("statements.title")
        date = try store.strings("statements.date")
        place = try store.strings("statements.place")
        source = try store.strings("statements.source")
        kind = try store.strings("statements.kind")
        path = try store.strings("statements.path")
        parties = try store.lists("statements.parties")
        partyCodes = try store.lists("statements.party_codes")
        text = try store.texts("statements.text")
        clauseEnd = try store.rowEnds("statements.clause_end", of: "clauses")
        entityEnd = try store.rowEnds("statements.entity_end", of: "entities")
        clauseStatement = try store.strings("clauses.statement")
        n = try store.integers("clauses.n")
        paragraph = try store.integers("clauses.paragraph")
        clauseText = try store.texts("clauses.text")
        start = try store.integers("clauses.start")
        end = try store.integers("clauses.end")
        actor = try store.strings("clauses.actor")
        actorCode = try store.strings("clauses.actor_code")
        verb = try store.strings("clauses.verb")
        cameo = try store.strings("clauses.cameo")
        acts = try store.lists("clauses.acts")
        negated = try store.integers("clauses.negated")
        modality = try store.strings("clauses.modality")
        topics = try store.lists("clauses.topics")
        entities = try store.lists("clauses.entities")
        dates = try store.lists("clauses.dates")
        entityName = try store.strings("entities.name")
        entityType = try store.strings("entities.type")
        entityCode = try store.strings("entities.code")
        aliases = try store.lists("entities.aliases")
        mentionEnd = try store.rowEnds("entities.mention_end", of: "mentions")
        mentionClause = try store.integers("mentions.clause")
        mentionStart = try store.integers("mentions.start")
        mentionEndOffset = try store.integers("mentions.end")
        mentionText = try store.strings("mentions.text")
        evidenceEnd = try store.rowEnds("clauses.evidence_end", of: "evidence")
        evidenceField = try store.strings("evidence.field")
        evidenceValue = try store.strings("evidence.value")
        evidenceStart = try store.integers("evidence.start")
        evidenceEndOffset = try store.integers("evidence.end")
        evidenceRule = try store.strings("evidence.rule")
    }

    func statement(_ index: Int, identifiers: StatementStore.Identifiers) throws(StoreDamage) -> Statement {
        let loadedId = id.value(index) ?? "", readId = rawId.value(index) ?? ""
        let renamed = identifiers == .loaded && loadedId != readId
        let statementText = text.string(index)
        // A clause's text is a view into its statement's, unless it keeps its own (or the stored
        // bytes were not valid UTF-8, so that the offsets may not fit the repaired text).
        let sharesText = statementText.utf8.count == text.utf8(index).count
        var clauses = [Clause]()
        for row in clauseEnd.childRows(of: index) {
            guard let modalityName = modality.value(row), let modality = Modality(rawValue: modalityName) else {
                throw StoreDamage(section: "clauses.modality.dict", reason: "an unknown modality")
            }
            clauses.append(
                Clause(
                    statement: renamed ? loadedId : clauseStatement.value(row) ?? "", n: Int(n.values[row]),
                    paragraph: Int(paragraph.values[row]),
                    text: sharesText && !clauseText.isOwn(row)
                        ? Self.view(of: statementText, Int(start.values[row]), Int(end.values[row])) : clauseText.string(row)[...],
                    start: Int(start.values[row]),
                    end: Int(end.values[row]), actor: actor.value(row), actorCode: actorCode.value(row), verb: verb.value(row),
                    cameo: cameo.value(row), acts: acts.values(row), negated: negated.values[row] != 0, modality: modality,
                    topics: topics.values(row), entities: entities.values(row), dates: dates.values(row),
                    evidence: try evidence(ofClause: row)))
        }
        var statementEntities = [Entity]()
        for row in entityEnd.childRows(of: index) {
            guard let typeName = entityType.value(row), let type = EntityType(rawValue: typeName) else {
                throw StoreDamage(section: "entities.type.dict", reason: "an unknown entity type")
            }
            let mentions = mentionEnd.childRows(of: row).map { mention in
                Mention(
                    clause: Int(mentionClause.values[mention]), start: Int(mentionStart.values[mention]),
                    end: Int(mentionEndOffset.values[mention]), text: mentionText.value(mention) ?? "")
            }
            statementEntities.append(
                Entity(name: entityName.value(row) ?? "", type: type, code: entityCode.value(row), aliases: aliases.values(row), mentions: mentions))
        }
        return Statement(
            id: identifiers == .loaded ? loadedId : readId, title: title.value(index) ?? "", date: date.value(index),
            place: place.value(index), source: source.value(index), kind: kind.value(index), path: path.value(index) ?? "",
            parties: parties.values(index), partyCodes: partyCodes.values(index), text: statementText, clauses: clauses,
            entities: statementEntities)
    }

    /// The evidence of the clause at `row`.
    private func evidence(ofClause row: Int) throws(StoreDamage) -> [CodingEvidence] {
        var decisions = [CodingEvidence]()
        for decision in evidenceEnd.childRows(of: row) {
            guard let fieldName = evidenceField.value(decision), let field = CodingEvidence.Field(rawValue: fieldName) else {
                throw StoreDamage(section: "evidence.field.dict", reason: "an unknown field")
            }
            let start = Int(evidenceStart.values[decision]), end = Int(evidenceEndOffset.values[decision])
            decisions.append(CodingEvidence(
                field: field, value: evidenceValue.value(decision) ?? "", start: start < 0 ? nil : start, end: end < 0 ? nil : end,
                rule: evidenceRule.value(decision) ?? ""))
        }
        return decisions
    }

    /// The bytes `start..<end` of `text` (which the store has checked lie in it) as a view into it.
    private static func view(of text: String, _ start: Int, _ end: Int) -> Substring {
        let utf8 = text.utf8
        return Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }
}
