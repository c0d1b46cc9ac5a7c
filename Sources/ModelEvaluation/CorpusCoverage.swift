import StatementModel
import StatementReader

/// How much of a corpus the reader codes: per document style, the share of clauses with an
/// actor and with a CAMEO code, and the statements missing a title, date or party.
public struct CorpusCoverage: Sendable {
    /// The figures of one document style.
    public struct Row: Sendable {
        public var style: String
        public var statements = 0
        public var clauses = 0
        public var withActor = 0
        public var withCameo = 0
    }

    /// One row per style, in the order joint statement, readout, other statement.
    public private(set) var rows: [Row] = []
    /// Files that gave a warning.
    public private(set) var warnings: [ReadWarning] = []
    /// Ids of statements without a title, a date or a party.
    public private(set) var incomplete: [String] = []

    /// Reads every statement under `paths` and counts.
    public init(paths: [String]) {
        let result = StatementReader().read(paths: paths)
        warnings = result.warnings
        var byStyle = [String: Row]()
        for statement in result.corpus.statements {
            let style = Self.style(of: statement.title)
            var row = byStyle[style] ?? Row(style: style)
            row.statements += 1
            row.clauses += statement.clauses.count
            row.withActor += statement.clauses.filter { $0.actor != nil }.count
            row.withCameo += statement.clauses.filter { $0.cameo != nil }.count
            byStyle[style] = row
            if statement.title.isEmpty || statement.date == nil || statement.partyCodes.isEmpty {
                incomplete.append(statement.id)
            }
        }
        rows = ["joint statement", "readout", "other statement"].compactMap { byStyle[$0] }
    }

    /// "readout" for readouts of calls and meetings, "joint statement" for joint statements,
    /// communiqués and declarations, "other statement" for the rest.
    public static func style(of title: String) -> String {
        let lower = title.lowercased()
        if lower.contains("readout") { return "readout" }
        if ["joint", "communiqu", "declaration"].contains(where: lower.contains) { return "joint statement" }
        return "other statement"
    }
}
