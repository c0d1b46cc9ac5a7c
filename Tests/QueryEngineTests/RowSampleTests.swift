import Testing

@testable import QueryEngine

@Suite("sample")
struct RowSampleTests {
    @Test func aSeedDrawsTheSameRowsInOrder() {
        let first = RowSample.positions(choosing: 10, of: 1_000, seed: 42)
        #expect(first == RowSample.positions(choosing: 10, of: 1_000, seed: 42))
        #expect(first != RowSample.positions(choosing: 10, of: 1_000, seed: 43))
        #expect(first.count == 10 && first == first.sorted() && Set(first).count == 10)
    }

    @Test func moreThanThereAreIsEveryRowAndNoneIsNone() {
        #expect(RowSample.positions(choosing: 5, of: 3, seed: 1) == [0, 1, 2])
        #expect(RowSample.positions(choosing: 0, of: 3, seed: nil).isEmpty)
        #expect(RowSample.positions(choosing: 3, of: 0, seed: nil).isEmpty)
    }

    @Test func everyRowIsAboutAsLikely() {
        var hits = Array(repeating: 0, count: 10)
        for seed in 0..<2_000 {
            for position in RowSample.positions(choosing: 3, of: 10, seed: seed) { hits[position] += 1 }
        }
        // Each row is drawn with probability 3/10: 600 of 2,000 draws, give or take.
        #expect(hits.allSatisfy { (500...700).contains($0) }, "\(hits)")
    }
}
