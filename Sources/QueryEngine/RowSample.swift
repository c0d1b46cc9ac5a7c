/// The rows `sample N [seed S]` keeps: N of them drawn without replacement, every set of N
/// equally likely, in their order (Knuth's selection sampling, one pass). With a seed the
/// draw is SplitMix64's from that seed, the same on every machine and run; without one it is
/// the system's random generator.
enum RowSample {
    /// The positions of the rows kept, ascending.
    static func positions(choosing count: Int, of total: Int, seed: Int?) -> [Int] {
        if let seed {
            var generator = SplitMix64(seed: UInt64(bitPattern: Int64(seed)))
            return positions(choosing: count, of: total, using: &generator)
        }
        var generator = SystemRandomNumberGenerator()
        return positions(choosing: count, of: total, using: &generator)
    }

    private static func positions(choosing count: Int, of total: Int, using generator: inout some RandomNumberGenerator) -> [Int] {
        var kept = [Int]()
        var needed = min(count, total)
        kept.reserveCapacity(needed)
        for position in 0..<total where needed > 0 {
            // Keep this row with probability needed / (rows left).
            if Int.random(in: 0..<(total - position), using: &generator) < needed {
                kept.append(position)
                needed -= 1
            }
        }
        return kept
    }
}
