/// One of N parts of a load's statement files, for reading an archive on N machines or
/// processes: a file belongs to shard K of N when the FNV-1a hash of its path (as listed from
/// the same arguments) is K - 1 modulo N, so processes given the same paths read disjoint
/// parts that together are every file, whatever the order they run in.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// The part this is, from 1.
    public let number: Int
    /// How many parts there are.
    public let count: Int

    /// The shard `number` of `count`; nil unless 1 ≤ number ≤ count ≤ 100,000.
    public init?(number: Int, count: Int) {
        guard count >= 1, count <= 100_000, number >= 1, number <= count else { return nil }
        self.number = number
        self.count = count
    }

    /// The shard written `K/N` (`3/8`); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let number = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(number: number, count: count)
    }

    /// Whether the file at `path` is in this shard.
    public func contains(_ path: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash % UInt64(count) == UInt64(number - 1)
    }

    /// The name of this shard's partition files: `part-00003-of-00008`.
    public var partName: String {
        "part-\(Self.padded(number))-of-\(Self.padded(count))"
    }

    /// `K/N`.
    public var description: String { "\(number)/\(count)" }

    private static func padded(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }
}
