public import ReckonModel

/// Calendar aggregation: one value per day, ISO week, month, quarter or year.
public enum Aggregation {
    /// The kind of the aggregates of a series of `kind` with `stat`: the end of a level or total is
    /// one too, a sum of counts is a count, any other statistic a level.
    public static func kind(of kind: SeriesKind, every unit: PeriodUnit, stat: Statistic) -> SeriesKind {
        stat == .end ? kind : (kind == .count && stat == .sum ? .count : .level)
    }

    /// Aggregates `p` into periods of `unit` with `stat`.
    ///
    /// - `sum` of a count spreads each point over the days it covers and adds up each period's days,
    ///   so a span crossing a boundary is split in proportion to its days.
    /// - `end` is the value interpolated at the period's last day with `interpolator` (levels and
    ///   cumulative totals); a period whose end lies outside the data has no value.
    /// - The other statistics take the points whose position falls in the period.
    ///
    /// Periods without data are left out; a sum over a period that data covers only in part is marked
    /// incomplete (``Points/complete``).
    ///
    /// - Complexity: O(n + d) for sums of counts (d days spanned), O(n log n) for medians.
    public static func every(
        _ p: Points, unit: PeriodUnit, stat: Statistic, interpolator: () -> Interpolator
    ) throws(AnalysisError) -> Points {
        var out = try aggregate(p, unit: unit, stat: stat, interpolator: interpolator)
        // Every period credits the sources of the whole input: aggregation mixes their points.
        if !p.sourceIndex.isEmpty {
            var seen: Set<String> = []
            out.sourceSets = [p.sourceSets.flatMap { $0 }.filter { seen.insert($0).inserted }.sorted()]
            out.sourceIndex = [Int32](repeating: 0, count: out.count)
        }
        return out
    }

    static func aggregate(
        _ p: Points, unit: PeriodUnit, stat: Statistic, interpolator: () -> Interpolator
    ) throws(AnalysisError) -> Points {
        if stat == .end, p.kind == .count { throw QueryOptions.endOfCount }
        var out = Points(kind: kind(of: p.kind, every: unit, stat: stat))
        guard !p.isEmpty else { return out }
        if stat == .sum, p.kind == .count {
            let coverage = DailyCoverage(p)
            var period = Period.containing(Day(ordinal: Int32(coverage.firstDay)), unit: unit)
            while Int(period.first.ordinal) <= coverage.lastDay {
                let a = max(Int(period.first.ordinal), coverage.firstDay) - coverage.firstDay
                let b = min(Int(period.last.ordinal), coverage.lastDay) - coverage.firstDay
                var total = 0.0
                var coveredDays = 0
                for d in a...b {
                    total += coverage.rates[d]
                    if coverage.covers[d] > 0 { coveredDays += 1 }
                }
                if coveredDays > 0 {
                    out.dates.append(ObservationDate(period))
                    out.values.append(total)
                    out.complete.append(coveredDays == period.dayCount)
                    // A share of a count over a longer span (a difference across missing days, a
                    // source's two-month total) is an estimate, not a count of the period.
                    out.observed.append(!coverage.spreads(a, b))
                }
                period = Period.containing(period.last + 1, unit: unit)
            }
            if out.complete.allSatisfy({ $0 }) { out.complete = [] }
            if out.observed.allSatisfy({ $0 }) { out.observed = [] }
            return out
        }
        if stat == .end {
            // The value on each period's last day stands there, for a level as for a running total.
            out.atPeriodEnd = true
            let f = interpolator()
            let xs = p.positions()
            var period = Period.containing(Day(ordinal: Int32(xs[0].rounded(.down))), unit: unit)
            let lastDay = Int32(xs[xs.count - 1].rounded(.up))
            while period.first.ordinal <= lastDay {
                if let v = f.value(at: Double(period.last.ordinal)) {
                    out.dates.append(ObservationDate(period))
                    out.values.append(v)
                }
                period = Period.containing(period.last + 1, unit: unit)
            }
            return out
        }
        // Statistics of the points in each period, by position.
        let xs = p.positions()
        var start = 0
        var scratch: [Double] = []
        while start < p.count {
            let period = Period.containing(Day(ordinal: Int32(xs[start].rounded(.down))), unit: unit)
            var end = start + 1
            let last = Double(period.last.ordinal)
            while end < p.count, xs[end] < last + 1 { end += 1 }
            let v: Double
            switch stat {
            case .sum: v = p.values[start..<end].reduce(0, +)
            case .mean: v = p.values[start..<end].reduce(0, +) / Double(end - start)
            case .median:
                scratch = Array(p.values[start..<end])
                v = Statistics.median(&scratch, 0..<scratch.count)
            case .min: v = p.values[start..<end].min()!
            case .max: v = p.values[start..<end].max()!
            case .first: v = p.values[start]
            case .last: v = p.values[end - 1]
            case .count: v = Double(end - start)
            case .end: v = .nan
            }
            out.dates.append(ObservationDate(period))
            out.values.append(v)
            start = end
        }
        return out
    }
}
