import ReckonAnalysis
import ReckonModel

/// A line's runs: the stretches of contiguous values it draws solid, and where they end.
extension LineMark {
    /// Whether point `i` is a value a solid line may join: not a range, not a bound.
    static func isKnot(_ p: Points, _ i: Int) -> Bool {
        p.hasValue(i) && (p.qualifiers.isEmpty || (p.qualifiers[i] != .atLeast && p.qualifiers[i] != .atMost))
    }

    /// Whether every point is a knot (see ``isKnot(_:_:)``): none gave only a range, none is a bound.
    ///
    /// - Complexity: O(n), a scan of the qualifiers.
    static func everyPointIsAKnot(_ p: Points) -> Bool {
        p.rangeOnly.isEmpty && !p.qualifiers.contains { $0 == .atLeast || $0 == .atMost }
    }

    /// ``everyPointIsAKnot(_:)`` of a layer's points, from the qualifiers it found once.
    static func everyPointIsAKnot(_ layer: LayerData) -> Bool {
        layer.points.rangeOnly.isEmpty && layer.qualifiers.isDisjoint(with: [.atLeast, .atMost])
    }

    /// The last point of the run of contiguous points (see ``Marks/contiguous(_:_:cadence:)``) from
    /// `start`, for a line whose every point is a knot (``everyPointIsAKnot(_:)``) and whose runs are
    /// cut nowhere else (no `openAfter`): where the per-point way ends it. Consecutive days are read
    /// straight from the dates (``firstGap(_:from:onTwoThreads:)``); only where a day is missing is the
    /// cadence asked.
    ///
    /// - Complexity: O(n) in the run's length on one thread; with `onTwoThreads`, each search for a gap past
    ///   the first ``searchedAlone`` points may read to the end (see ``firstGap(_:from:onTwoThreads:)``).
    static func runEnd(_ p: Points, from start: Int, cadence: Cadence, onTwoThreads: Bool = false) -> Int {
        var i = start
        while let k = firstGap(p, from: i, onTwoThreads: onTwoThreads) {
            if !Marks.contiguous(p, k, cadence: cadence) { return k }
            i = k + 1
        }
        return p.count - 1
    }

    /// How many points a search for a gap reads on one thread before it splits the rest in halves: a line
    /// with many gaps finds each within them, as one thread does, and pays no second thread's start.
    static let searchedAlone = 100_000

    /// The index of the first point from `i` on after which a day is missing (see
    /// ``Marks/follows(_:_:)``, the first test of ``Marks/contiguous(_:_:cadence:)``); nil when every
    /// later point follows the one before. With `onTwoThreads`, the points past the first
    /// ``searchedAlone`` (searched first, on one thread) are searched in two halves at once; the first
    /// half's gap, when it has one, comes first.
    ///
    /// - Complexity: O(k) for a gap `k` points on within the first stretch; otherwise a pass over the
    ///   dates from `i` (each half to its own first gap), so that all the searches of one line cost at most
    ///   n / ``searchedAlone`` such passes.
    static func firstGap(_ p: Points, from i: Int, onTwoThreads: Bool = false) -> Int? {
        p.dates.withUnsafeBufferPointer { dates in
            func gap(_ k: Int) -> Bool { !Marks.follows(dates[k + 1], dates[k]) }
            let end = max(i, dates.count - 1)
            let first = min(end, onTwoThreads ? i + searchedAlone : end)
            if let k = (i..<first).first(where: gap) { return k }
            let found = TwoThreads.inHalves(first..<end, when: onTwoThreads) { part in part.first(where: gap) }
            return found.lazy.compactMap { $0 }.first
        }
    }

    /// The first point after `i` with a value, skipping ranges.
    static func nextValue(_ p: Points, after i: Int) -> Int? {
        var j = i + 1
        while j < p.count, !p.hasValue(j) { j += 1 }
        return j < p.count ? j : nil
    }
}
