import ReckonAnalysis
import ReckonModel

/// A long line's reduction to its pixel columns, with M4: the points that draw the same pixels.
extension LineMark {
    /// The indexes of the points of the run `run` of `p` that M4 keeps in `columns` pixel columns
    /// (see ``Downsampling/M4``), in order. With ``MarkContext/onTwoThreads``, a run of at least
    /// `TwoThreads.indicesForTwoThreads` points is reduced in two parts at once, split at the first
    /// point past the middle that starts a column afresh (``Downsampling/M4/startsAfresh(x:y:after:)``),
    /// which keeps the same indexes as one pass. A run with no such point (all of its second half in
    /// one column) is reduced in one pass, after the search. Where all of `p` is single days in order
    /// (`singleDaysInOrder`, as the layer's extent found, ``LayerExtent/singleDaysInOrder``) on a linear
    /// axis, each part is reduced by finding where its columns end; otherwise point by point.
    static func reduced(
        _ p: Points, _ run: ClosedRange<Int>, _ c: MarkContext, columns: Int, singleDaysInOrder: Bool
    ) -> [Int] {
        let m4 = Downsampling.M4(range: c.plot.x...c.plot.maxX, columns: columns)
        return p.dates.withUnsafeBufferPointer { dates in
            p.values.withUnsafeBufferPointer { values in
                let (kind, atPeriodEnd) = (p.kind, p.atPeriodEnd)
                @inline(__always) func point(_ i: Int) -> (x: Double, y: Double) {
                    (c.position(Points.position(of: dates[i], kind: kind, atPeriodEnd: atPeriodEnd)), c.y(values[i]))
                }
                func startsAfresh(_ i: Int) -> Bool {
                    let (x, y) = point(i)
                    return m4.startsAfresh(x: x, y: y, after: point(i - 1))
                }
                let parts = TwoThreads.inHalves(
                    run.lowerBound..<run.upperBound + 1, when: c.onTwoThreads,
                    split: { middle in (middle...run.upperBound).first(where: startsAfresh) }
                ) { part in
                    var reduction = m4
                    assert(!singleDaysInOrder || areSingleDaysInOrder(dates, part), "the points said in order are not")
                    if !c.x.log, singleDaysInOrder {
                        // Each point's column found only where a column ends (see `forEachIndexWithColumn`).
                        forEachIndexWithColumn(in: part, columnOf: { m4.column(of: point($0).x) }) { i, column in
                            reduction.add(y: c.y(values[i]), column: column)
                        }
                    } else {
                        for i in part {
                            let (x, y) = point(i)
                            reduction.add(x: x, y: y)
                        }
                    }
                    return reduction.finish().map { part.lowerBound + $0 }
                }
                return parts.flatMap { $0 }
            }
        }
    }

    /// Whether the points of `range` are single days, each after the one before: then their positions
    /// grow with their index, whatever the series' kind, and their pixel columns change in one
    /// direction only (the axis' direction).
    static func areSingleDaysInOrder(_ dates: UnsafeBufferPointer<ObservationDate>, _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return true }
        guard dates[first].isDay else { return false }
        for i in range.dropFirst() where !dates[i].isDay || dates[i].first.ordinal <= dates[i - 1].first.ordinal {
            return false
        }
        return true
    }

    /// Calls `body` with each index of `range` and its pixel column, in order, asking `column` (a
    /// point's column) only where a column ends: from each column's first index, the last with the same column is found
    /// by doubling steps, then halving. `column` must change in one direction only along `range`, as
    /// it does for single days in order on a linear scale (``areSingleDaysInOrder(_:_:)``), so that each
    /// column's indexes follow one another. About 2 log₂(points a column) asks instead of one a point.
    static func forEachIndexWithColumn(in range: Range<Int>, columnOf column: (Int) -> Int, _ body: (Int, Int) -> Void) {
        var i = range.lowerBound
        while i < range.upperBound {
            let current = column(i)
            // `low` is in the column; `high` is past it, or the end.
            var (low, step) = (i, 1)
            while low + step < range.upperBound, column(low + step) == current {
                low += step
                step *= 2
            }
            var high = min(low + step, range.upperBound)
            while high - low > 1 {
                let middle = low + (high - low) / 2
                if column(middle) == current { low = middle } else { high = middle }
            }
            for k in i...low { body(k, current) }
            i = low + 1
        }
    }
}
