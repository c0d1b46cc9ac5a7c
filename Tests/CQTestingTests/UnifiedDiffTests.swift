import CQTesting
import Foundation
import Testing

/// The unified diff against the system's `diff -u` on the same lines.
@Suite("Unified diff")
struct UnifiedDiffTests {
    /// The hunks `diff -u` prints for the two sides (its two header lines dropped).
    static func systemDiff(_ old: [String], _ new: [String]) throws -> [String] {
        let folder = NSTemporaryDirectory() + "cq-diff-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = { (lines: [String]) in lines.map { $0 + "\n" }.joined() }
        try text(old).write(toFile: folder + "/old", atomically: true, encoding: .utf8)
        try text(new).write(toFile: folder + "/new", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        process.arguments = ["-u", folder + "/old", folder + "/new"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Array(output.split(separator: "\n").map(String.init).dropFirst(2))
    }

    static let numbers = (1...30).map { "line \($0)" }

    @Test(arguments: [
        ("one line changed", numbers, numbers.map { $0 == "line 15" ? "line fifteen" : $0 }),
        ("changes far apart", numbers, numbers.map { $0 == "line 3" || $0 == "line 25" ? $0 + "!" : $0 }),
        ("changes close together", numbers, numbers.map { $0 == "line 10" || $0 == "line 15" ? $0 + "!" : $0 }),
        ("added at the start", numbers, ["new"] + numbers),
        ("removed at the end", numbers, Array(numbers.dropLast(2))),
        ("from nothing", [], ["a", "b"]),
        ("to nothing", ["a", "b"], []),
    ])
    func hunksAreThoseOfDiffU(_ name: String, _ old: [String], _ new: [String]) throws {
        let ours = UnifiedDiff.lines(old: old, new: new, oldLabel: "old", newLabel: "new")
        #expect(Array(ours.dropFirst(2)) == (try Self.systemDiff(old, new)), "\(name)")
        #expect(ours.prefix(2) == ["--- old", "+++ new"])
    }

    @Test func noContextIsJustTheChanges() {
        #expect(UnifiedDiff.lines(old: ["a", "b", "c"], new: ["a", "x", "c"], oldLabel: "o", newLabel: "n", context: -2)
            == ["--- o", "+++ n", "@@ -2,1 +2,1 @@", "-b", "+x"])
    }

    @Test func equalSidesGiveNoDiff() {
        #expect(UnifiedDiff.lines(old: ["a"], new: ["a"], oldLabel: "old", newLabel: "new").isEmpty)
    }
}
