import StatementModel

/// The statement model in the cache's binary form: every field in declaration order, numbers
/// signed (zigzag), strings and string lists by reference, negation and modality packed in one byte.
extension BinaryWriter {
    /// Appends a statement with its clauses and entities.
    mutating func statement(_ statement: Statement) {
        string(statement.id)
        string(statement.title)
        optionalString(statement.date)
        optionalString(statement.place)
        optionalString(statement.source)
        string(statement.path)
        strings(statement.parties)
        strings(statement.partyCodes)
        string(statement.text)
        count(statement.clauses.count)
        for clause in statement.clauses { self.clause(clause) }
        count(statement.entities.count)
        for entity in statement.entities { self.entity(entity) }
    }

    private mutating func clause(_ clause: Clause) {
        string(clause.statement)
        int(clause.n)
        int(clause.paragraph)
        string(clause.text)
        int(clause.start)
        int(clause.end)
        optionalString(clause.actor)
        optionalString(clause.actorCode)
        optionalString(clause.verb)
        optionalString(clause.cameo)
        strings(clause.acts)
        byte(UInt8(ModelCoding.modalities.firstIndex(of: clause.modality) ?? 0) << 1 | (clause.negated ? 1 : 0))
        strings(clause.topics)
        strings(clause.entities)
        strings(clause.dates)
    }

    private mutating func entity(_ entity: Entity) {
        string(entity.name)
        byte(UInt8(ModelCoding.entityTypes.firstIndex(of: entity.type) ?? 0))
        optionalString(entity.code)
        strings(entity.aliases)
        count(entity.mentions.count)
        for mention in entity.mentions {
            int(mention.clause)
            int(mention.start)
            int(mention.end)
            string(mention.text)
        }
    }
}

extension BinaryReader {
    /// Reads a statement written by `BinaryWriter.statement`.
    mutating func statement() throws(CacheCorruption) -> Statement {
        let id = try string()
        let title = try string()
        let date = try optionalString()
        let place = try optionalString()
        let source = try optionalString()
        let path = try string()
        let parties = try strings()
        let partyCodes = try strings()
        let text = try string()
        let clauseCount = try itemCount()
        var clauses = [Clause]()
        clauses.reserveCapacity(clauseCount)
        for _ in 0..<clauseCount { clauses.append(try clause()) }
        let entityCount = try itemCount()
        var entities = [Entity]()
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount { entities.append(try entity()) }
        return Statement(
            id: id, title: title, date: date, place: place, source: source, path: path, parties: parties,
            partyCodes: partyCodes, text: text, clauses: clauses, entities: entities)
    }

    private mutating func clause() throws(CacheCorruption) -> Clause {
        let statement = try string()
        let n = try int()
        let paragraph = try int()
        let text = try string()
        let start = try int()
        let end = try int()
        let actor = try optionalString()
        let actorCode = try optionalString()
        let verb = try optionalString()
        let cameo = try optionalString()
        let acts = try strings()
        let flags = try byte()
        let modality = Int(flags >> 1)
        guard modality < ModelCoding.modalities.count else { throw corruption("an unknown modality") }
        return Clause(
            statement: statement, n: n, paragraph: paragraph, text: text, start: start, end: end, actor: actor,
            actorCode: actorCode, verb: verb, cameo: cameo, acts: acts, negated: flags & 1 == 1,
            modality: ModelCoding.modalities[modality], topics: try strings(), entities: try strings(), dates: try strings())
    }

    private mutating func entity() throws(CacheCorruption) -> Entity {
        let name = try string()
        let type = Int(try byte())
        guard type < ModelCoding.entityTypes.count else { throw corruption("an unknown entity type") }
        let code = try optionalString()
        let aliases = try strings()
        let mentionCount = try itemCount()
        var mentions = [Mention]()
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            mentions.append(Mention(clause: try int(), start: try int(), end: try int(), text: try string()))
        }
        return Entity(name: name, type: ModelCoding.entityTypes[type], code: code, aliases: aliases, mentions: mentions)
    }
}

/// The fixed orders the enumerations are coded in.
enum ModelCoding {
    static let modalities = Modality.allCases
    static let entityTypes = EntityType.allCases
}
