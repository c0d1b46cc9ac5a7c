/// The party whose ministry issued a readout of two parties, by its title or its opening, and
/// the titles the opening gives that party's own official ("minister of foreign affairs").
struct ReadoutIssuer: Sendable {
    var code: String
    var openingTitles: [String]
}
