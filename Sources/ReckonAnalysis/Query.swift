public import ReckonModel

/// Runs a query: the steps of ``QueryOptions`` in order, on one series.
public enum Query {
    /// The result of a query and what it noticed on the way.
    public struct Result: Sendable {
        /// The points the query returns.
        public var points: Points
        /// What it noticed on the way (a publisher's revision, a range left out), with the dates.
        public var warnings: [AnalysisWarning]
        /// Every point the steps computed, before the window (`from`, `to`) selected ``points``: the
        /// history a trend's prediction intervals are calibrated on. The same as ``points`` without a
        /// window.
        public var history: Points

        /// A result of `points`, with `history` (the points themselves when not given).
        public init(points: Points, warnings: [AnalysisWarning] = [], history: Points? = nil) {
            self.points = points
            self.warnings = warnings
            self.history = history ?? points
        }
    }

    /// Answers `options` for `series`.
    ///
    /// The window (`from`, `to`) selects what is returned; it does not cut the data first: differences,
    /// running totals, rolling means, aggregates and interpolation are computed on all of it, so the
    /// first difference in a window has the day before it, and a period is incomplete only when the
    /// data itself covers it in part.
    ///
    /// - Throws: `.usage` for the first of the options' ``QueryOptions/problems(kind:series:)``
    ///   (`diff` of a count, `cumulative` of a level, `at` on counts, …).
    public static func run(_ series: Series, _ options: QueryOptions) throws(AnalysisError) -> Result {
        try run(series, options, onTwoThreads: false)
    }

    /// Answers `options` for `series` as ``run(_:_:)`` does; with `onTwoThreads`, a long series' order
    /// check and differences are worked in two halves at once (see `Workspace.worksOnTwoThreads`).
    package static func run(
        _ series: Series, _ options: QueryOptions, onTwoThreads: Bool
    ) throws(AnalysisError) -> Result {
        if let problem = options.problems(kind: series.metadata.effectiveKind, series: series.id.rawValue).first {
            throw problem
        }
        var everything = options
        (everything.from, everything.to) = (nil, nil)
        var points = try Selection.points(series, options: everything, onTwoThreads: onTwoThreads)
        var warnings: [AnalysisWarning] = []
        if options.diff || options.cumulative || options.rolling != nil || options.every != nil {
            (points, warnings) = leavingOutRanges(points, step: computingStep(options))
        }
        points = try steps(points, options, warnings: &warnings, onTwoThreads: onTwoThreads)
        if !options.at.isEmpty {
            points = evaluate(points, at: options.at, options: options)
        }
        let history = points
        if options.from != nil || options.to != nil {
            let window = options.window
            points = points.selected { window.contains($0) }
            warnings = warnings.filter { window.contains(Points.position(of: $0.date, kind: points.kind)) }
        }
        return Result(points: points, warnings: warnings, history: history)
    }

    /// The steps after the selection: differences or running totals, the rolling mean, and the aggregates
    /// of each period; a daily tally's differences summed by period, the common query, in one step with
    /// no array of differences (``Aggregation/sumsOfDailyDifferences(_:unit:onTwoThreads:)``).
    static func steps(
        _ selected: Points, _ options: QueryOptions, warnings: inout [AnalysisWarning], onTwoThreads: Bool
    ) throws(AnalysisError) -> Points {
        if options.diff, options.rolling == nil, let unit = options.every,
            (options.stat ?? Statistic.defaultFor(.count)) == .sum,
            let sums = Aggregation.sumsOfDailyDifferences(selected, unit: unit, onTwoThreads: onTwoThreads)
        {
            return sums
        }
        var points = selected
        if options.diff {
            let differences: [AnalysisWarning]
            (points, differences) = Differencing.diff(points, onTwoThreads: onTwoThreads)
            warnings += differences
        } else if options.cumulative {
            points = Differencing.cumulative(points)
        }
        if let window = options.rolling {
            points = try Rolling.mean(points, window: window)
        }
        if let unit = options.every {
            let stat = options.stat ?? Statistic.defaultFor(points.kind)
            let current = points
            points = try Aggregation.every(current, unit: unit, stat: stat, onTwoThreads: onTwoThreads) {
                interpolator(current, options)
            }
        }
        return points
    }

    /// The first step of `options` that computes new numbers from values, in words.
    static func computingStep(_ options: QueryOptions) -> String {
        if options.diff { return "differences" }
        if options.cumulative { return "running totals" }
        return options.rolling != nil ? "rolling means" : "aggregates"
    }

    /// The points with a value, and a warning for each that gave only a range: `step` computes new
    /// numbers from values, and a range is not one.
    static func leavingOutRanges(_ p: Points, step: String) -> (Points, [AnalysisWarning]) {
        guard p.hasRangeOnly else { return (p, []) }
        let warnings = (0..<p.count).filter { !p.hasValue($0) }.map { i in
            AnalysisWarning(
                date: p.dates[i],
                message:
                    "the estimate for \(p.dates[i]) is only a range (\(RangeText.describe(low: p.low(i), high: p.high(i)))); \(step) leave it out"
            )
        }
        return (p.valued().points, warnings)
    }

    /// An interpolator over the points' values with the query's method, gaps and extrapolation.
    public static func interpolator(_ p: Points, _ options: QueryOptions, values: [Double]? = nil) -> Interpolator {
        Interpolator(
            xs: p.positions(), ys: values ?? p.values, method: options.interpolate,
            extrapolate: options.extrapolate, maxGap: options.maxGap)
    }

    /// The points' values (and bounds) at the given days; a day that is a point's position is observed,
    /// and stays a range when that point gave only a range. Between points, ranges count as their
    /// middle: what is interpolated is marked so.
    ///
    /// - Complexity: O((n + m) log n) for m days.
    static func evaluate(_ p: Points, at days: [Day], options: QueryOptions) -> Points {
        let f = interpolator(p, options)
        var lowF: Interpolator?
        var highF: Interpolator?
        if p.hasBounds {
            lowF = interpolator(p, options, values: p.values.indices.map { p.lows[$0].isNaN ? p.values[$0] : p.lows[$0] })
            highF = interpolator(p, options, values: p.values.indices.map { p.highs[$0].isNaN ? p.values[$0] : p.highs[$0] })
        }
        let xs = p.positions()
        let tracked = !p.sourceIndex.isEmpty
        // Interpolated points have no sources of their own: they get an empty set, added after the others.
        let empty = Int32(p.sourceSets.count)
        var out = Points.Builder(kind: p.kind, sourceSets: tracked ? p.sourceSets : nil)
        for day in days {
            let x = Double(day.ordinal)
            guard let v = f.value(at: x) else { continue }
            // The observed point at this day, if there is one.
            var lo = 0, hi = xs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if xs[mid] < x { lo = mid + 1 } else { hi = mid }
            }
            let exact = lo < xs.count && xs[lo] == x
            let rangeOnly = exact && !p.hasValue(lo)
            var low: Double?, high: Double?
            if rangeOnly {
                // A range stays a range: its own bounds, not ones interpolated through its middle.
                (low, high) = (p.low(lo), p.high(lo))
            } else if let lowF, let highF {
                (low, high) = (lowF.value(at: x), highF.value(at: x))
            }
            out.append(
                date: ObservationDate(day), value: v, low: low, high: high,
                qualifier: exact && !p.qualifiers.isEmpty ? p.qualifiers[lo] : nil,
                sourceSet: tracked ? (exact ? p.sourceIndex[lo] : empty) : nil, observed: exact, rangeOnly: rangeOnly)
        }
        if tracked, out.count > 0 { _ = out.addSourceSet([]) }
        return out.build()
    }
}
