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
        try every(p, unit: unit, stat: stat, onTwoThreads: false, interpolator: interpolator)
    }

    /// The aggregates of ``every(_:unit:stat:interpolator:)``; with `onTwoThreads`, the sums of a long
    /// series of one count a day are made in two halves at once. The same aggregates.
    package static func every(
        _ p: Points, unit: PeriodUnit, stat: Statistic, onTwoThreads: Bool, interpolator: () -> Interpolator
    ) throws(AnalysisError) -> Points {
        let out = try aggregate(p, unit: unit, stat: stat, onTwoThreads: onTwoThreads, interpolator: interpolator)
        return crediting(out, sourcesOf: p)
    }

    /// `aggregates` with every period crediting the sources of the whole input `p`, sorted: aggregation
    /// mixes their points. Unchanged when `p` tracks no sources.
    static func crediting(_ aggregates: Points, sourcesOf p: Points) -> Points {
        guard !p.sourceIndex.isEmpty else { return aggregates }
        var seen: Set<String> = []
        return aggregates.crediting(p.sourceSets.flatMap { $0 }.filter { seen.insert($0).inserted }.sorted())
    }

    static func aggregate(
        _ p: Points, unit: PeriodUnit, stat: Statistic, onTwoThreads: Bool, interpolator: () -> Interpolator
    ) throws(AnalysisError) -> Points {
        if stat == .end, p.kind == .count { throw QueryOptions.endOfCount }
        let kind = kind(of: p.kind, every: unit, stat: stat)
        guard !p.isEmpty else { return Points(kind: kind) }
        if stat == .sum, p.kind == .count { return sumOfCounts(p, unit: unit, kind: kind, onTwoThreads: onTwoThreads) }
        if stat == .end { return periodEnds(p, unit: unit, kind: kind, interpolator: interpolator()) }
        return statistics(p, unit: unit, stat: stat, kind: kind)
    }

    /// The sum of counts in each period of `unit`: each point spread over the days it covers.
    static func sumOfCounts(_ p: Points, unit: PeriodUnit, kind: SeriesKind, onTwoThreads: Bool) -> Points {
        sumOfDailyCounts(p, unit: unit, kind: kind, onTwoThreads: onTwoThreads) ?? sumOfSpreadCounts(p, unit: unit, kind: kind)
    }

    /// ``sumOfCounts(_:unit:kind:)`` for any counts: each spread over its days in a ``DailyCoverage``.
    static func sumOfSpreadCounts(_ p: Points, unit: PeriodUnit, kind: SeriesKind) -> Points {
        var out = Points.Builder(kind: kind)
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
                // A share of a count over a longer span (a difference across missing days, a
                // source's two-month total) is an estimate, not a count of the period.
                out.append(
                    date: ObservationDate(period), value: total, observed: !coverage.spreads(a, b),
                    complete: coveredDays == period.dayCount)
            }
            period = Period.containing(period.last + 1, unit: unit)
        }
        return out.build()
    }

    /// ``sumOfCounts(_:unit:kind:onTwoThreads:)`` for the common series, one count a day on days in
    /// ascending order, read straight from the points: nil for any other, which goes through
    /// ``DailyCoverage``.
    ///
    /// With every point a single day, no count spreads over several days and each period's covered
    /// days are its points, so the sums are the same numbers by the same additions in the same order
    /// (the days without data that ``DailyCoverage`` adds as `+0.0` change no total, which starts at
    /// `+0.0` and so is never `-0.0`), with no array a day. With `onTwoThreads`, a long series is summed
    /// in two halves at once, split where a period starts (``periodStart(_:_:unit:from:)``): each period's
    /// additions are one half's, in the same order.
    ///
    /// - Complexity: O(n), one pass; it stops at the first point that is not a single day after the one
    ///   before.
    static func sumOfDailyCounts(_ p: Points, unit: PeriodUnit, kind: SeriesKind, onTwoThreads: Bool) -> Points? {
        p.dates.withUnsafeBufferPointer { dates in
            p.values.withUnsafeBufferPointer { values in
                sumsOfOneADay(
                    p.count, unit: unit, kind: kind, onTwoThreads: onTwoThreads, first: { dates[$0].first.ordinal },
                    fallsOnOneDay: { dates[$0].isDay }, value: { values[$0] })
            }
        }
    }

    /// The sums of `unit` of the differences between consecutive points of `p` (as ``Differencing/diff(_:)``
    /// makes them, then ``every(_:unit:stat:onTwoThreads:interpolator:)`` sums them), read straight from
    /// `p`'s values with no array of differences, when `p` is one point a day on consecutive days: each
    /// difference then falls on one day, so the sums are the same numbers by the same subtractions and
    /// additions in the same order. Nil for any other points, and for a cumulative series that falls
    /// (whose differences come with warnings): those go the way of the steps one by one.
    ///
    /// - Complexity: O(n), one pass; it stops at the first pair of points that are not consecutive days.
    static func sumsOfDailyDifferences(_ p: Points, unit: PeriodUnit, onTwoThreads: Bool) -> Points? {
        guard p.count > 1 else { return nil }
        let n = p.count - 1
        let sums: Points? = p.dates.withUnsafeBufferPointer { dates in
            p.values.withUnsafeBufferPointer { v in
                if p.kind == .cumulative,
                    TwoThreads.inHalves(0..<n, when: onTwoThreads, { $0.contains { v[$0 + 1] < v[$0] } })
                        .contains(true)
                {
                    return nil
                }
                return sumsOfOneADay(
                    n, unit: unit, kind: kind(of: .count, every: unit, stat: .sum), onTwoThreads: onTwoThreads,
                    first: { dates[$0 + 1].first.ordinal },
                    fallsOnOneDay: {
                        dates[$0].isDay && dates[$0 + 1].isDay && dates[$0 + 1].first.ordinal == dates[$0].first.ordinal + 1
                    },
                    value: { v[$0 + 1] - v[$0] })
            }
        }
        // The sources credited as `every` credits those of the differences, which are `p`'s.
        return sums.map { crediting($0, sourcesOf: p) }
    }

    /// The sums of `unit` of `n` counts, the `i`th of `value(i)` on the day `first(i)` when
    /// `fallsOnOneDay(i)` (a difference does when its two points are consecutive days): nil when one does
    /// not, or is not after the one before.
    @inline(__always)
    private static func sumsOfOneADay(
        _ n: Int, unit: PeriodUnit, kind: SeriesKind, onTwoThreads: Bool, first: (Int) -> Int32,
        fallsOnOneDay: (Int) -> Bool, value: (Int) -> Double
    ) -> Points? {
        typealias Sum = (period: Period, total: Double, complete: Bool)
        // Hands `add` the sum of each period of the counts in `part`; false when a count is not a single
        // day after the one before.
        func sums(_ part: Range<Int>, _ add: (Sum) -> Void) -> Bool {
            var i = part.lowerBound
            var previous = i > 0 ? first(i - 1) : Int32.min
            while i < part.upperBound {
                let period = Period.containing(Day(ordinal: first(i)), unit: unit)
                let last = period.last.ordinal
                var total = 0.0
                var days = 0
                while i < part.upperBound, first(i) <= last {
                    guard fallsOnOneDay(i), first(i) > previous else { return false }
                    previous = first(i)
                    total += value(i)
                    days += 1
                    i += 1
                }
                // The period's length from its last day, found once (`dayCount` would find it again).
                let length = Int(last) - Int(period.first.ordinal) + 1
                add((period, total, days == length))
            }
            return true
        }
        let parts = TwoThreads.inHalves(0..<n, when: onTwoThreads, split: { periodStart(n, first, unit: unit, from: $0) }) {
            part -> [Sum]? in
            var collected: [Sum] = []
            return sums(part) { collected.append($0) } ? collected : nil
        }
        var out = Points.Builder(kind: kind)
        for part in parts {
            guard let part else { return nil }
            for sum in part { out.append(date: ObservationDate(sum.period), value: sum.total, complete: sum.complete) }
        }
        return out.build()
    }

    /// The first index from `start` (at least 1), of `n` points starting on the days `first`, whose point
    /// starts after the period of `unit` that holds the point before it begins: where the sums of one count
    /// a day may be split, since no period has points on both sides. Nil when there is none (every point
    /// from `start` on is in one period).
    static func periodStart(_ n: Int, _ first: (Int) -> Int32, unit: PeriodUnit, from start: Int) -> Int? {
        var i = max(1, start)
        while i < n {
            if first(i) > Period.containing(Day(ordinal: first(i - 1)), unit: unit).last.ordinal { return i }
            i += 1
        }
        return nil
    }

    /// The value interpolated by `f` at each period's last day, standing there, for a level as for a
    /// running total; a period whose end `f` has no value at is left out.
    static func periodEnds(_ p: Points, unit: PeriodUnit, kind: SeriesKind, interpolator f: Interpolator) -> Points {
        var out = Points.Builder(kind: kind, atPeriodEnd: true)
        let xs = p.positions()
        var period = Period.containing(Day(ordinal: Int32(xs[0].rounded(.down))), unit: unit)
        let lastDay = Int32(xs[xs.count - 1].rounded(.up))
        while period.first.ordinal <= lastDay {
            if let v = f.value(at: Double(period.last.ordinal)) {
                out.append(date: ObservationDate(period), value: v)
            }
            period = Period.containing(period.last + 1, unit: unit)
        }
        return out.build()
    }

    /// `stat` of the points whose position falls in each period of `unit`.
    static func statistics(_ p: Points, unit: PeriodUnit, stat: Statistic, kind: SeriesKind) -> Points {
        var out = Points.Builder(kind: kind)
        let xs = p.positions()
        var start = 0
        var scratch: [Double] = []
        while start < p.count {
            let period = Period.containing(Day(ordinal: Int32(xs[start].rounded(.down))), unit: unit)
            var end = start + 1
            let last = Double(period.last.ordinal)
            while end < p.count, xs[end] < last + 1 { end += 1 }
            out.append(date: ObservationDate(period), value: statistic(stat, of: p.values[start..<end], scratch: &scratch))
            start = end
        }
        return out.build()
    }

    /// `stat` of `values`, a period's points; `scratch` is reused for medians.
    static func statistic(_ stat: Statistic, of values: ArraySlice<Double>, scratch: inout [Double]) -> Double {
        switch stat {
        case .sum: return values.reduce(0, +)
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .median:
            scratch = Array(values)
            return Statistics.median(&scratch, 0..<scratch.count)
        case .min: return values.min()!
        case .max: return values.max()!
        case .first: return values[values.startIndex]
        case .last: return values[values.endIndex - 1]
        case .count: return Double(values.count)
        case .end: return .nan
        }
    }
}
