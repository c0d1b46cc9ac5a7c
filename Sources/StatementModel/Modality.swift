/// Whether a clause states what is, what will be, or what should or could be.
public enum Modality: String, Codable, Sendable, CaseIterable {
    /// The default: "reaffirmed", "discussed".
    case asserted
    /// "will work together", "shall".
    case future
    /// "should be enforced", "would", "could", "may", "must".
    case conditional
}
