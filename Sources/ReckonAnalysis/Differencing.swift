import ReckonModel

/// Between kinds: differences turn a level or cumulative series into counts, running totals turn
/// counts into a cumulative series.
public enum Differencing {
    /// The difference between consecutive points. Each covers the days after the previous point up
    /// to and including its own day; the first point has none. Bounds are dropped. A negative
    /// difference in a cumulative series is a revision by the publisher: it is kept, and reported.
    ///
    /// - Complexity: O(n).
    public static func diff(_ p: Points) -> (points: Points, warnings: [AnalysisWarning]) {
        diff(p, onTwoThreads: false)
    }

    /// The differences of ``diff(_:)``; with `onTwoThreads`, those of a long series made in two halves at
    /// once. The same differences.
    package static func diff(_ p: Points, onTwoThreads: Bool) -> (points: Points, warnings: [AnalysisWarning]) {
        guard p.count > 1 else { return (Points(kind: .count), []) }
        let n = p.count - 1
        // Whether any difference is negative, found as they are made: only then are the warnings looked for.
        var falls = false
        let values = p.values.withUnsafeBufferPointer { v in
            [Double](largeCount: n) { buffer in
                let fell = TwoThreads.inHalves(0..<n, when: onTwoThreads) { part in
                    var partFalls = false
                    for i in part {
                        let difference = v[i + 1] - v[i]
                        partFalls = partFalls || difference < 0
                        buffer.initializeElement(at: i, to: difference)
                    }
                    return partFalls
                }
                falls = fell.contains(true)
            }
        }
        // Each point's day: its position, rounded down (a level's period sits at its middle).
        let dates: [ObservationDate]
        if p.kind == .level {
            let days = p.positions().map { Int32($0.rounded(.down)) }
            dates = days.withUnsafeBufferPointer { days in differenceDates(n, onTwoThreads: onTwoThreads) { days[$0] } }
        } else {
            dates = p.dates.withUnsafeBufferPointer { d in differenceDates(n, onTwoThreads: onTwoThreads) { d[$0].last.ordinal } }
        }
        let tracked = !p.sourceIndex.isEmpty
        let out = Points.Builder(
            kind: .count, dates: dates, values: values, sourceIndex: tracked ? Array(largeCopyOf: p.sourceIndex[1...]) : [],
            sourceSets: tracked ? p.sourceSets : []
        ).build()
        var warnings: [AnalysisWarning] = []
        if p.kind == .cumulative, falls {
            for i in 0..<n where out.values[i] < 0 {
                warnings.append(
                    AnalysisWarning(
                        date: out.dates[i],
                        message:
                            "the total falls by \(NumberText.format(-out.values[i])) on \(out.dates[i]): a revision by the publisher, kept as a negative count"
                    ))
            }
        }
        return (out, warnings)
    }

    /// The dates of `n` differences between points whose days are `day(0)` to `day(n)`: each a
    /// single day when it follows the day before, otherwise the span of days since the day before.
    @inline(__always)
    private static func differenceDates(_ n: Int, onTwoThreads: Bool, day: (Int) -> Int32) -> [ObservationDate] {
        [ObservationDate](largeCount: n) { buffer in
            _ = TwoThreads.inHalves(0..<n, when: onTwoThreads) { part in
                var previous = day(part.lowerBound)
                for i in part {
                    let today = day(i + 1)
                    buffer.initializeElement(
                        at: i,
                        to: today - previous <= 1
                            ? ObservationDate(Day(ordinal: today))
                            : ObservationDate(from: Period(Day(ordinal: previous + 1)), to: Period(Day(ordinal: today)))!)
                    previous = today
                }
            }
        }
    }

    /// The running total of counts, in date order; each point keeps its date.
    ///
    /// - Complexity: O(n).
    public static func cumulative(_ p: Points) -> Points {
        var totals = p.values
        var total = 0.0
        for i in totals.indices {
            total += p.values[i]
            totals[i] = total
        }
        return p.replacingValues(totals, kind: .cumulative)
    }
}
