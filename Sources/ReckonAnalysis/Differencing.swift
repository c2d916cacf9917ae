public import ReckonModel

/// Between kinds: differences turn a level or cumulative series into counts, running totals turn
/// counts into a cumulative series.
public enum Differencing {
    /// The difference between consecutive points. Each covers the days after the previous point up
    /// to and including its own day; the first point has none. Bounds are dropped. A negative
    /// difference in a cumulative series is a revision by the publisher: it is kept, and reported.
    ///
    /// - Complexity: O(n).
    public static func diff(_ p: Points) -> (points: Points, warnings: [AnalysisWarning]) {
        var out = Points(kind: .count)
        var warnings: [AnalysisWarning] = []
        guard p.count > 1 else { return (out, warnings) }
        out.dates.reserveCapacity(p.count - 1)
        out.values.reserveCapacity(p.count - 1)
        let tracksSources = !p.sourceIndex.isEmpty
        if tracksSources {
            out.sourceSets = p.sourceSets
            out.sourceIndex.reserveCapacity(p.count - 1)
        }
        var previousDay = Day(ordinal: Int32(p.position(0).rounded(.down)))
        for i in 1..<p.count {
            let day = Day(ordinal: Int32(p.position(i).rounded(.down)))
            let first = previousDay + 1
            let date = first >= day ? ObservationDate(day) : ObservationDate(from: Period(first), to: Period(day))!
            let d = p.values[i] - p.values[i - 1]
            out.dates.append(date)
            out.values.append(d)
            if tracksSources { out.sourceIndex.append(p.sourceIndex[i]) }
            if d < 0, p.kind == .cumulative {
                warnings.append(AnalysisWarning(
                    date: date,
                    message: "the total falls by \(NumberText.format(-d)) on \(date): a revision by the publisher, kept as a negative count"))
            }
            previousDay = day
        }
        return (out, warnings)
    }

    /// The running total of counts, in date order; each point keeps its date.
    ///
    /// - Complexity: O(n).
    public static func cumulative(_ p: Points) -> Points {
        var out = p
        out.kind = .cumulative
        out.lows = []
        out.highs = []
        out.qualifiers = []
        var total = 0.0
        for i in out.values.indices {
            total += p.values[i]
            out.values[i] = total
        }
        return out
    }
}
