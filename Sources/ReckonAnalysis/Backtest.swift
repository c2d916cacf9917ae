public import ReckonModel

/// Checks a trend's projections against what happened: from a series of past days (origins), the trend
/// is fitted to the days before each as a user would have fitted it then, projected a fixed number of
/// days ahead, and compared with the value reported on that day.
///
/// It answers what a forecaster asks before trusting a projection: how often the later value fell inside
/// the 95% prediction interval (the coverage, which should be near 95%), how far off the projections
/// were, and whether they beat the naive forecast that the last value holds.
public struct Backtest: Sendable, Equatable {
    /// One origin's projection and what happened.
    public struct Check: Sendable, Equatable {
        /// The last day the fit could see.
        public var origin: Day
        /// The day projected to, where the series has a value.
        public var target: Day
        /// The value reported on `target`.
        public var actual: Double
        /// The last value on or before `origin`: the naive forecast.
        public var lastValue: Double
        /// The projection.
        public var projected: Double
        /// The 95% prediction interval, when there was one.
        public var interval: ClosedRange<Double>?

        /// Whether the interval held the reported value.
        public var inside: Bool? { interval.map { $0.contains(actual) } }
    }

    /// The model checked.
    public var fit: TrendFit
    /// Days between each origin and its target.
    public var horizon: Int
    /// Days of data before each origin that each fit sees.
    public var window: Int
    /// The checks, oldest origin first.
    public var checks: [Check]

    /// The checks that had an interval.
    public var withInterval: [Check] { checks.filter { $0.interval != nil } }

    /// The share of intervals that held the later value; nil without intervals.
    public var coverage: Double? {
        let c = withInterval
        return c.isEmpty ? nil : Double(c.count { $0.inside == true }) / Double(c.count)
    }

    /// The mean absolute error of the projections.
    public var meanAbsoluteError: Double? { mean(checks.map { abs($0.projected - $0.actual) }) }

    /// The mean absolute error of the naive forecast (the last value holds).
    public var naiveMeanAbsoluteError: Double? { mean(checks.map { abs($0.lastValue - $0.actual) }) }

    /// How many projections started more than 1% away from the last value before their origin.
    public var startsOffTheData: Int

    private func mean(_ v: [Double]) -> Double? { v.isEmpty ? nil : v.reduce(0, +) / Double(v.count) }

    /// The most origins times points a backtest takes on (each origin reads the history once).
    static let maxWork = 500_000_000.0

    /// The largest horizon, window or step in days.
    public static let maxDays = 100_000

    /// Backtests `fit` on `history` (a query's ``Query/Result/history``): origins every `step` days from
    /// `from` (default: the first day a full window is available) to `to` (default: the last day
    /// `horizon` days before the data ends); each fit sees the `window` days up to its origin, and its
    /// interval is calibrated only on data up to its origin (the fit never sees later points). Origins whose target day has no point are
    /// skipped, and so are those whose window has too few points for a fit.
    ///
    /// - Throws: `.usage` for a horizon, window or step below 1 day or above ``maxDays``; `.data` when
    ///   the series has no origin to check.
    public static func run(
        _ fit: TrendFit, on history: Points, horizon: Int, window: Int, step: Int, from: Day? = nil, to: Day? = nil
    ) throws(AnalysisError) -> Backtest {
        for (name, days) in [("horizon", horizon), ("window", window), ("step", step)]
        where days < 1 || days > maxDays {
            throw AnalysisError(.usage, "the backtest's \(name) must be 1 to \(maxDays) days (here \(days))")
        }
        let valued = FitPoints(history, includeIncomplete: false)
        guard let firstX = valued.xs.first, let lastX = valued.xs.last else {
            throw AnalysisError(.data, "the series has no values to backtest")
        }
        var values: [Int32: Double] = [:]
        for (x, y) in zip(valued.xs, valued.ys) where x == x.rounded() { values[Int32(x)] = y }
        let start = from.map { Double($0.ordinal) } ?? firstX + Double(window)
        let end = min(to.map { Double($0.ordinal) } ?? lastX, lastX - Double(horizon))
        let origins = end >= start ? ((end - start) / Double(step)).rounded(.down) + 1 : 0
        guard origins * Double(max(history.count, 1)) <= maxWork else {
            throw AnalysisError(
                .usage,
                "the backtest would fit \(NumberText.grouped(origins)) trends to \(NumberText.grouped(Double(history.count))) points each; give a larger step or fewer days with --from/--to"
            )
        }
        var result = Backtest(fit: fit, horizon: horizon, window: window, checks: [], startsOffTheData: 0)
        var origin = start.rounded(.up)
        while origin <= end {
            defer { origin += Double(step) }
            guard let actual = values[Int32(origin) + Int32(horizon)] else { continue }
            let o = Double(origin)
            let seen = history.selected { $0 >= o - Double(window) && $0 <= o }
            guard let trend = try? Trend.fit(fit, to: seen, history: history),
                let projected = trend.finiteValue(at: Day(ordinal: Int32(origin) + Int32(horizon)))
            else { continue }
            let target = Day(ordinal: Int32(origin) + Int32(horizon))
            let check = Check(
                origin: Day(ordinal: Int32(origin)), target: target, actual: actual, lastValue: trend.lastValue,
                projected: projected, interval: trend.predictionInterval(at: target))
            let start = trend.fit.startsAtLastValue ? trend.lastValue : trend.valueAtLast
            if abs(start - trend.lastValue) > 0.01 * abs(trend.lastValue) { result.startsOffTheData += 1 }
            result.checks.append(check)
        }
        guard !result.checks.isEmpty else {
            throw AnalysisError(
                .data, "no origin to check: the series needs a value \(horizon) days after a day with \(window) days of data before it")
        }
        return result
    }
}
