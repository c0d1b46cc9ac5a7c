/// The CAMEO event codes and their names (`CAMEO/cameo_codes.tsv`, after the CAMEO codebook),
/// and which of them cq's reader can assign.
public enum CAMEOCodebook {
    /// One code of the codebook.
    public struct Entry: Sendable, Equatable {
        /// The code: two digits for a root category ("05"), three or four below it ("051", "0311").
        public var code: String
        /// Its name ("Praise or endorse").
        public var name: String
        /// Whether the reader can assign it.
        public var isAssignedByReader: Bool

        /// The root category's code: the first two digits.
        public var root: String { String(code.prefix(2)) }
    }

    /// Every code of the table, in its order.
    public static let entries: [Entry] = String(decoding: PackageResources.cameo_codes_tsv, as: UTF8.self)
        .split(separator: "\n")
        .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        .compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { return nil }
            return Entry(code: String(fields[0]), name: String(fields[1]), isAssignedByReader: fields.count > 2 && fields[2] == "reader")
        }

    private static let names = Dictionary(entries.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })

    /// The name of a code (or a root), or nil for a code the codebook does not have.
    public static func name(of code: String) -> String? {
        names[code]
    }
}
