@testable import StatementReader
import Testing

/// Several per-position columns of a sentence kept in one array read back as separate arrays would.
@Suite("Sentence columns")
struct SentenceColumnsTests {
    @Test func columnsKeepTheirOwnValuesAndNil() {
        var columns = SentenceColumns(positions: 3, initial: [7, nil, -1])
        #expect((0..<3).map { columns[0, $0] } == [7, 7, 7])
        #expect((0..<3).map { columns[optional: 1, $0] } == [nil, nil, nil])
        columns[2, 2] = 5
        columns[optional: 1, 0] = 4
        columns[optional: 1, 1] = Int.max
        #expect((0..<3).map { columns[2, $0] } == [-1, -1, 5])
        let optional = columns.optionalColumn(1), plain = columns.column(0)
        #expect([optional[0], optional[1], optional[2]] == [4, Int.max, nil])
        #expect([plain[0], plain[1], plain[2]] == [7, 7, 7])
        #expect(plain.count == 3)
    }

    @Test func aPositionOutOfRangeStopsAsAnArrayWould() async {
        await #expect(processExitsWith: .failure) {
            let columns = SentenceColumns(positions: 2, initial: [1, 2])
            _ = columns[0, 2]
        }
    }
}
