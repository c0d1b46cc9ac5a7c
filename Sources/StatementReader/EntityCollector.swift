import StatementModel

/// Gathers a statement's entity mentions into one `Entity` per name, in order of first mention.
struct EntityCollector {
    private(set) var entities: [Entity] = []
    private var indexByName: [String: Int] = [:]
    /// Each entity's aliases as a set: a new alias is looked up, not compared with every alias so far.
    private var aliasSets: [Set<String>] = []

    /// Records one mention of `reference`.
    mutating func add(_ reference: EntityReference, clause: Int, start: Int, end: Int, text: String) {
        let mention = Mention(clause: clause, start: start, end: end, text: text)
        if let index = indexByName[reference.name] {
            entities[index].mentions.append(mention)
            if text != reference.name, !reference.isAdjective, aliasSets[index].insert(text).inserted {
                entities[index].aliases.append(text)
            }
            return
        }
        indexByName[reference.name] = entities.count
        let aliases = text != reference.name && !reference.isAdjective ? [text] : []
        aliasSets.append(Set(aliases))
        entities.append(Entity(
            name: reference.name, type: reference.type, code: reference.code, aliases: aliases, mentions: [mention]))
    }
}
