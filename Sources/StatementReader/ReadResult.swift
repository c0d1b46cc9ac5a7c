import StatementModel

/// What reading a set of paths gives: the statements that loaded and a warning for each problem.
public struct ReadResult: Sendable {
    /// The statements read, in path order (files of a directory sorted by name).
    public var corpus: Corpus
    /// One warning per file that could not be read in full.
    public var warnings: [ReadWarning]

    /// Creates a result.
    public init(corpus: Corpus, warnings: [ReadWarning]) {
        self.corpus = corpus
        self.warnings = warnings
    }
}
