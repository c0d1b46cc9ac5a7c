/// The reader's tables: the TSV files of `Lexicon/` (countries, organisations, people, places,
/// initiatives, topics, verbs and the nouns of their objects, function words, the other stages'
/// word lists, the kinds of statement), embedded in the library when it is built. Each file's header comment says what
/// its columns are; `Gazetteer.rows` reads them (tab-separated, `#` lines are comments).
enum LexiconTables {
    static let countries = text(PackageResources.countries_tsv)
    static let organisations = text(PackageResources.organisations_tsv)
    static let people = text(PackageResources.people_tsv)
    static let places = text(PackageResources.places_tsv)
    static let initiatives = text(PackageResources.initiatives_tsv)
    static let topics = text(PackageResources.topics_tsv)
    static let verbs = text(PackageResources.verbs_tsv)
    static let objectNouns = text(PackageResources.object_nouns_tsv)
    static let functionWords = text(PackageResources.function_words_tsv)
    static let readerWords = text(PackageResources.reader_words_tsv)
    static let statementKinds = text(PackageResources.statement_kinds_tsv)

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
