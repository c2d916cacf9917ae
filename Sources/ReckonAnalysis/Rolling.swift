import ReckonModel

/// Trailing means over calendar days.
public enum Rolling {
    /// The mean over the trailing `window` calendar days `[d-window+1, d]` at each point's day `d`
    /// that is at least `window-1` days after the first point's day.
    ///
    /// For counts, the mean is per day with data: the counts covering the window's days (a span's
    /// count spread evenly over its days) divided by the number of those days. For levels and
    /// cumulative totals, it is the mean of the points whose position falls in the window. On
    /// gap-free daily data both equal pandas' `rolling(window).mean()`. The result is a level (a
    /// rate or an average), without bounds.
    ///
    /// - Complexity: O(n + d), d the days spanned.
    public static func mean(_ p: Points, window: Int) throws(AnalysisError) -> Points {
        guard QueryOptions.rollingDays.contains(window) else {
            throw QueryOptions.outOfRange("rolling", QueryOptions.rollingDays)
        }
        guard !p.isEmpty else { return Points(kind: .level) }
        if p.kind == .count, areSingleDays(p) { return dailyCountMeans(p, window: window) }
        var out = Points.Builder(kind: .level, sourceSets: p.sourceIndex.isEmpty ? nil : p.sourceSets)
        if p.kind == .count {
            spreadCountMeans(p, window: window, into: &out)
        } else {
            positionMeans(p, window: window, into: &out)
        }
        return out.build()
    }

    /// The means of daily counts, one point per day: every day in the window that has a point is
    /// covered. One pass, straight into the output's values (its dates are the points' own).
    static func dailyCountMeans(_ p: Points, window: Int) -> Points {
        let tracked = !p.sourceIndex.isEmpty
        let start = Int(p.dates[0].first.ordinal)
        var firstKept: Int?
        var means: [Double] = []
        means.reserveLarge(p.count)
        p.values.withUnsafeBufferPointer { v in
            p.dates.withUnsafeBufferPointer { dates in
                var lo = 0
                var total = 0.0
                for i in 0..<v.count {
                    let day = Int(dates[i].first.ordinal)
                    total += v[i]
                    while Int(dates[lo].first.ordinal) <= day - window {
                        total -= v[lo]
                        lo += 1
                    }
                    guard day - start >= window - 1 else { continue }
                    // Recompute the window's sum now and then so rounding does not drift on long series.
                    if i % 4096 == 0 { total = v[lo...i].reduce(0, +) }
                    if firstKept == nil { firstKept = i }
                    means.append(total / Double(i - lo + 1))
                }
            }
        }
        guard let firstKept else { return Points.Builder(kind: .level, sourceSets: tracked ? p.sourceSets : nil).build() }
        return Points.Builder(
            kind: .level, dates: Array(largeCopyOf: p.dates[firstKept...]), values: means,
            sourceIndex: tracked ? Array(largeCopyOf: p.sourceIndex[firstKept...]) : [], sourceSets: tracked ? p.sourceSets : []
        ).build()
    }

    /// The means of counts that may span several days: the counts covering the window's days (a
    /// span's count spread evenly over its days) over the number of those days.
    static func spreadCountMeans(_ p: Points, window: Int, into out: inout Points.Builder) {
        let coverage = DailyCoverage(p)
        // Prefix sums of rates and of covered days.
        var sum = [Double](repeating: 0, count: coverage.rates.count + 1)
        var days = [Int](repeating: 0, count: coverage.rates.count + 1)
        for d in coverage.rates.indices {
            sum[d + 1] = sum[d] + coverage.rates[d]
            days[d + 1] = days[d] + (coverage.covers[d] > 0 ? 1 : 0)
        }
        let start = Int(p.dates[0].last.ordinal)
        for i in 0..<p.count {
            let day = Int(p.dates[i].last.ordinal)
            guard day - start >= window - 1 else { continue }
            let hi = day - coverage.firstDay + 1
            let lo = max(0, hi - window)
            let covered = days[hi] - days[lo]
            guard covered > 0 else { continue }
            append(&out, p, i, day: day, value: (sum[hi] - sum[lo]) / Double(covered))
        }
    }

    /// The means of levels or cumulative totals: of the points whose position falls in the window.
    static func positionMeans(_ p: Points, window: Int, into out: inout Points.Builder) {
        let xs = p.positions().map { Int($0.rounded(.down)) }
        let start = xs[0]
        var lo = 0
        var total = 0.0
        for i in 0..<p.count {
            total += p.values[i]
            while xs[lo] <= xs[i] - window {
                total -= p.values[lo]
                lo += 1
            }
            guard xs[i] - start >= window - 1 else { continue }
            // Recompute the window's sum now and then so rounding does not drift on long series.
            if i % 4096 == 0 { total = p.values[lo...i].reduce(0, +) }
            append(&out, p, i, day: xs[i], value: total / Double(i - lo + 1))
        }
    }

    /// Whether every point is one day and the days increase.
    static func areSingleDays(_ p: Points) -> Bool {
        p.dates.withUnsafeBufferPointer { dates in
            for i in dates.indices {
                guard dates[i].end == nil, dates[i].start.unit == .day else { return false }
                if i > 0, dates[i].first <= dates[i - 1].first { return false }
            }
            return true
        }
    }

    private static func append(_ out: inout Points.Builder, _ p: Points, _ i: Int, day: Int, value: Double) {
        out.append(
            date: ObservationDate(Day(ordinal: Int32(day))), value: value,
            sourceSet: p.sourceIndex.isEmpty ? nil : p.sourceIndex[i])
    }
}
