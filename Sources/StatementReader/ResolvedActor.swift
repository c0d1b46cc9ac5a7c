/// Who the subject of a sentence is, in terms of the statement's parties.
enum ResolvedActor: Sendable, Equatable {
    /// All parties together ("Both sides", "They", "We").
    case joint
    /// One party, by code.
    case party(String)
    /// Someone who is not a party ("the UN Security Council", "attacks").
    case thirdParty
    /// Some of the parties but not all ("Cyprus and Greece" in a statement of three): not one
    /// actor, by the guide.
    case someParties
    /// A subject that names nobody the reader knows.
    case unknown
}
