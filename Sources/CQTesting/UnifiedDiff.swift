/// A unified diff of two lists of lines (as `diff -u` prints it), numbered as lines of the
/// files they stand in, with three lines of context around each change.
public enum UnifiedDiff {
    /// The diff's lines: `--- OLD`, `+++ NEW`, then hunks. `oldStart` and `newStart` are the
    /// line numbers of the first line of each side. Empty when the lists are equal.
    public static func lines(old: [String], new: [String], oldLabel: String, newLabel: String, oldStart: Int = 1, newStart: Int = 1,
        context: Int = 3) -> [String]
    {
        let context = max(0, context)
        let edits = script(old: old, new: new)
        let changed = edits.indices.filter { edits[$0].mark != " " }
        guard let firstChange = changed.first else { return [] }
        var output = ["--- \(oldLabel)", "+++ \(newLabel)"]
        var hunkStart = max(0, firstChange - context)
        var hunkEnd = min(edits.count, firstChange + context + 1)
        for change in changed.dropFirst() {
            if change - context <= hunkEnd {
                hunkEnd = min(edits.count, change + context + 1)
            } else {
                output += hunk(edits[hunkStart..<hunkEnd], oldStart: oldStart, newStart: newStart)
                hunkStart = change - context
                hunkEnd = min(edits.count, change + context + 1)
            }
        }
        return output + hunk(edits[hunkStart..<hunkEnd], oldStart: oldStart, newStart: newStart)
    }

    /// One line of the edit script: kept (" "), removed ("-") or added ("+"), and its place
    /// (from 0) on each side before it.
    private struct Edit {
        var mark: Character
        var text: String
        var oldIndex: Int
        var newIndex: Int
    }

    /// The lines of both sides in order, marked, from the standard library's Myers difference.
    private static func script(old: [String], new: [String]) -> [Edit] {
        let difference = new.difference(from: old)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits = [Edit]()
        var oldIndex = 0, newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                edits.append(Edit(mark: "-", text: old[oldIndex], oldIndex: oldIndex, newIndex: newIndex))
                oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) || oldIndex >= old.count {
                edits.append(Edit(mark: "+", text: new[newIndex], oldIndex: oldIndex, newIndex: newIndex))
                newIndex += 1
            } else if oldIndex < old.count, newIndex < new.count {
                edits.append(Edit(mark: " ", text: old[oldIndex], oldIndex: oldIndex, newIndex: newIndex))
                oldIndex += 1
                newIndex += 1
            } else {
                // The old side has lines left that the difference kept but the new side lacks:
                // cannot happen for a correct difference; shown as removed.
                edits.append(Edit(mark: "-", text: old[oldIndex], oldIndex: oldIndex, newIndex: newIndex))
                oldIndex += 1
            }
        }
        return edits
    }

    /// `@@ -a,b +c,d @@` and the hunk's lines.
    private static func hunk(_ edits: ArraySlice<Edit>, oldStart: Int, newStart: Int) -> [String] {
        guard let first = edits.first else { return [] }
        let oldCount = edits.count { $0.mark != "+" }
        let newCount = edits.count { $0.mark != "-" }
        // An empty side is numbered by the line before it, as diff -u does.
        let oldLine = oldStart + first.oldIndex - (oldCount == 0 ? 1 : 0)
        let newLine = newStart + first.newIndex - (newCount == 0 ? 1 : 0)
        return ["@@ -\(oldLine),\(oldCount) +\(newLine),\(newCount) @@"] + edits.map { String($0.mark) + $0.text }
    }
}
