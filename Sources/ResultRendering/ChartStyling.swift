/// How the series of a terminal chart are told apart: a glyph each (so that a chart reads
/// without colour) and, when colour is on, an ANSI colour each.
enum ChartStyling {
    /// Line markers, one per series, in turn.
    static let markers = ["●", "■", "▲", "◆", "○", "□", "△", "◇"]
    /// Bar fills, one per series, in turn.
    static let fills = ["█", "▓", "▒", "░"]
    private static let colors = [34, 31, 32, 33, 35, 36]

    /// `text` in series `index`'s colour, or as it is without colour.
    static func paint(_ text: String, series index: Int, color: Bool) -> String {
        guard color else { return text }
        return "\u{1B}[\(colors[index % colors.count])m" + text + "\u{1B}[39m"
    }

    static func marker(_ index: Int) -> String { markers[index % markers.count] }
    static func fill(_ index: Int) -> String { fills[index % fills.count] }
}
