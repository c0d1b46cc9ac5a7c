import Foundation
import Testing

@testable import Shell

@Suite("The history file")
struct HistoryFileTests {
    func temporaryPath() -> String {
        NSTemporaryDirectory() + "cq-history-" + UUID().uuidString + "/cq/history"
    }

    @Test func multiLineEntriesRoundTripAndDuplicatesAreDropped() {
        let path = temporaryPath()
        let history = HistoryFile(path: path)
        #expect(history.add("clauses |\ncount") == nil)
        #expect(history.add("clauses |\ncount") == nil)
        #expect(history.add("a \\ b") == nil)
        #expect(HistoryFile(path: path).entries == ["clauses |\ncount", "a \\ b"])
        let mode = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int
        #expect(mode == 0o600)
    }

    @Test func twoShellsAtOnceLoseNeithersEntries() {
        let path = temporaryPath()
        let first = HistoryFile(path: path)
        let second = HistoryFile(path: path)
        _ = first.add("statements | count")
        _ = second.add("clauses | count")
        _ = first.add("topics | count")
        #expect(HistoryFile(path: path).entries == ["statements | count", "clauses | count", "topics | count"])
    }

    @Test func keepsTheLastTwoThousand() {
        let path = temporaryPath()
        let history = HistoryFile(path: path)
        for index in 0..<2100 { _ = history.add("q\(index)") }
        let reloaded = HistoryFile(path: path)
        #expect(reloaded.entries.count == 2000)
        #expect(reloaded.entries.first == "q100")
    }

    @Test func anUnwritableFileIsOneWarning() {
        let history = HistoryFile(path: "/proc/cq-cannot-write/history")
        #expect(history.add("a")?.hasPrefix("cannot save history to /proc/cq-cannot-write/history") == true)
        #expect(history.add("b") == nil)
        #expect(history.entries == ["a", "b"])
    }

    @Test func theDefaultPathFollowsXDG() {
        #expect(HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/cq/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/cq/history")
    }
}
