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
        guard p.count > 1 else { return (Points(kind: .count), []) }
        let n = p.count - 1
        // Each point's day: its position, rounded down (a level's period sits at its middle).
        let days: [Int32] =
            p.kind == .level
            ? p.positions().map { Int32($0.rounded(.down)) }
            : p.dates.withUnsafeBufferPointer { dates in
                [Int32](largeCount: dates.count) { buffer in
                    for i in dates.indices { buffer.initializeElement(at: i, to: dates[i].last.ordinal) }
                }
            }
        let values = p.values.withUnsafeBufferPointer { v in
            [Double](largeCount: n) { buffer in
                for i in 0..<n { buffer.initializeElement(at: i, to: v[i + 1] - v[i]) }
            }
        }
        let dates = [ObservationDate](largeCount: n) { buffer in
            days.withUnsafeBufferPointer { days in
                var previous = days[0]
                for i in 0..<n {
                    let day = days[i + 1]
                    buffer.initializeElement(
                        at: i,
                        to: day - previous <= 1
                            ? ObservationDate(Day(ordinal: day))
                            : ObservationDate(from: Period(Day(ordinal: previous + 1)), to: Period(Day(ordinal: day)))!)
                    previous = day
                }
            }
        }
        let tracked = !p.sourceIndex.isEmpty
        let out = Points.Builder(
            kind: .count, dates: dates, values: values, sourceIndex: tracked ? Array(largeCopyOf: p.sourceIndex[1...]) : [],
            sourceSets: tracked ? p.sourceSets : []
        ).build()
        var warnings: [AnalysisWarning] = []
        if p.kind == .cumulative {
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
