/// One hand-coded sentence of the development gold set (`shared/gold-dev/DOC.jsonl`).
public struct GoldSentence: Decodable, Sendable {
    /// The statement's file name (the file's own name decides; older files repeat it here).
    public var doc: String?
    /// The sentence's first eight words.
    public var start: String
    /// `"joint"`, a party code, or nil for no actor.
    public var actor: String?
    /// The first two digits of the CAMEO code, or nil.
    public var root: String?
    /// The full CAMEO code where both annotators agreed on it.
    public var cameo: String?
    /// False when the annotator marked the coding unsure: such sentences are not counted.
    public var clear: Bool?
}

/// The hand-coded metadata of one gold document (`DOC.meta.json`).
public struct GoldMetadata: Decodable, Sendable {
    /// The statement's file name (the file's own name decides; older files repeat it here).
    public var doc: String?
    public var title: String
    public var date: String
    /// Sorted party codes.
    public var parties: [String]
}
