public import ReckonChart

/// One of N stable shares of a workspace's charts, so that N machines (a Kubernetes Indexed Job, a CI
/// matrix, GNU parallel over ssh) together render what one run renders.
///
/// A chart's shard depends on its id alone (a hash of it, modulo N): adding or removing a chart
/// moves no other chart to another shard.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Which share, from 1 to ``count``.
    public var index: Int
    /// How many shares.
    public var count: Int

    /// The most shards a workspace is split into.
    public static let maxCount = 10_000

    /// Shard `index` of `count`; nil unless 1 ≤ `index` ≤ `count` ≤ ``maxCount``.
    public init?(index: Int, count: Int) {
        guard count >= 1, count <= Self.maxCount, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// The shard `K/N` names (`2/3`); nil when it does not name one.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether `spec` is in this shard.
    public func contains(_ spec: ChartSpec) -> Bool { Self.of(spec.id, count: count) == index }

    /// The shard, from 1 to `count`, of the chart `id`.
    public static func of(_ id: String, count: Int) -> Int {
        var hash = ContentHash()
        hash.update(id)
        let high = UInt64(hash.hex().prefix(16), radix: 16) ?? 0
        return Int(high % UInt64(max(1, count))) + 1
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
