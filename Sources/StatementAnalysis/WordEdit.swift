/// One place where a clause's words changed: the words taken out and the words put in (either
/// may be empty), each as written with its spacing.
public struct WordEdit: Sendable, Equatable {
    /// The words of the earlier text that the later one no longer has.
    public var removed: String
    /// The words the later text has instead.
    public var added: String

    /// An edit that replaces `removed` with `added`.
    public init(removed: String, added: String) {
        self.removed = removed
        self.added = added
    }

    /// The edit as `[-removed-]{+added+}` (the form of `git diff --word-diff`), leaving out an empty side.
    public var marked: String {
        (removed.isEmpty ? "" : "[-" + removed + "-]") + (added.isEmpty ? "" : "{+" + added + "+}")
    }

    /// The word-level differences between two texts: the tokens of `after` that are not in
    /// `before` and the other way round, found by the standard library's Myers difference and
    /// grouped into one edit per run of changed tokens. Empty when the tokens are the same.
    public static func edits(from before: Substring, to after: Substring) -> [WordEdit] {
        edits(from: TextTokens(before), to: TextTokens(after))
    }

    static func edits(from before: TextTokens, to after: TextTokens) -> [WordEdit] {
        let old = (0..<before.count).map { before[$0] }
        let new = (0..<after.count).map { after[$0] }
        let difference = new.difference(from: old)
        guard !difference.isEmpty else { return [] }
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed[offset] = true
            case .insert(let offset, _, _): inserted[offset] = true
            }
        }
        var edits = [WordEdit]()
        var i = 0, j = 0
        while i < old.count || j < new.count {
            let firstRemoved = i, firstInserted = j
            while i < old.count, removed[i] { i += 1 }
            while j < new.count, inserted[j] { j += 1 }
            if i > firstRemoved || j > firstInserted {
                edits.append(WordEdit(
                    removed: i > firstRemoved ? String(before.span(firstRemoved, through: i - 1)) : "",
                    added: j > firstInserted ? String(after.span(firstInserted, through: j - 1)) : ""))
            }
            // A token both keep: step past it on both sides.
            if i < old.count { i += 1 }
            if j < new.count { j += 1 }
        }
        return edits
    }
}
