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
        /// Why there was none, in words.
        public var noIntervalReason: String?

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

    /// The most points a backtest's fits may read in all (each origin reads its window and the history
    /// that calibrates it).
    public static let maxWork = 200_000_000

    /// The largest horizon, window or step in days.
    public static let maxDays = 100_000

    /// Backtests `fit` on `history` (a query's ``Query/Result/history``). The origins are the days of the
    /// series' points from `from` (default: the first day a full window is available) to `to` (default:
    /// the last), at least `step` days apart; each is checked against the first point `horizon` days
    /// later (or up to a tenth of the horizon, at least a day and half the usual gap between points,
    /// after that: weekly and monthly points fall where they fall), projected to that point's day. Each fit sees the `window` days up to its origin,
    /// and its interval is calibrated only on data up to its origin: the fit never sees later points.
    /// Origins with no such point are skipped, and so are those whose window has too few points for a fit.
    ///
    /// - Throws: `.usage` for a horizon, window or step below 1 day or above ``maxDays``, or a backtest
    ///   that would read more than ``maxWork`` points; `.data` when the series has no origin to check.
    public static func run(
        _ fit: TrendFit, on history: Points, horizon: Int, window: Int, step: Int, from: Day? = nil, to: Day? = nil
    ) throws(AnalysisError) -> Backtest {
        for (name, days) in [("horizon", horizon), ("window", window), ("step", step)]
        where days < 1 || days > maxDays {
            throw AnalysisError(.usage, "the backtest's \(name) must be 1 to \(maxDays) days (here \(days))")
        }
        let plan = try Plan(history, horizon: Double(horizon), window: Double(window), step: Double(step), from: from, to: to)
        var result = Backtest(fit: fit, horizon: horizon, window: window, checks: [], startsOffTheData: 0)
        for origin in plan.origins {
            let seen = plan.points.picking(origin.window)
            guard let trend = try? Trend.fit(fit, to: seen, history: plan.points.picking(origin.history)),
                let projected = trend.finiteValue(at: origin.target)
            else { continue }
            let projection = trend.projection(at: origin.target)
            result.checks.append(
                Check(
                    origin: origin.day, target: origin.target, actual: origin.actual, lastValue: trend.lastValue,
                    projected: projected, interval: projection.interval, noIntervalReason: projection.noIntervalReason))
            if trend.startGap != nil { result.startsOffTheData += 1 }
        }
        guard !result.checks.isEmpty else {
            throw AnalysisError(
                .data,
                "no origin to check: each needs a value about \(horizon) day\(horizon == 1 ? "" : "s") after it and enough points in the \(window) day\(window == 1 ? "" : "s") before it for a fit"
            )
        }
        return result
    }
}

extension Backtest {
    /// Where a backtest looks: the series' points in order of position, and for each origin the points
    /// its fit sees, the history that calibrates it, and the value it is checked against.
    struct Plan {
        struct Origin {
            var day: Day
            var target: Day
            var actual: Double
            var window: Range<Int>
            var history: Range<Int>
        }

        var points: Points
        var origins: [Origin] = []

        init(
            _ history: Points, horizon: Double, window: Double, step: Double, from: Day?, to: Day?
        ) throws(AnalysisError) {
            let xs0 = history.positions()
            let sorted = zip(xs0, xs0.dropFirst()).allSatisfy { $0 <= $1 }
            points = sorted ? history : history.picking(xs0.indices.sorted { xs0[$0] < xs0[$1] })
            let xs = sorted ? xs0 : points.positions()
            let valued = FitPoints(points, includeIncomplete: false)
            guard let firstX = valued.xs.first, let lastX = valued.xs.last else {
                throw AnalysisError(.data, "the series has no values to backtest")
            }
            let start = max(from.map { Double($0.ordinal) } ?? firstX + window, firstX)
            let end = min(to.map { Double($0.ordinal) } ?? lastX, lastX - horizon)
            // Calibration looks back no further than this before an origin.
            let reach = ForecastErrors.lookBack + window + horizon + 1
            let tolerance = ForecastErrors.tolerance(horizon: horizon, spacing: ForecastErrors.medianGap(valued.xs))
            var previous = -Double.infinity
            var work = 0
            for (k, x) in valued.xs.enumerated() where x >= start && x <= end && x >= previous + step {
                let t = ForecastErrors.firstIndex(valued.xs, atOrAfter: x + horizon)
                guard t < valued.xs.count, valued.xs[t] - (x + horizon) <= tolerance else { continue }
                previous = x
                let last = ForecastErrors.firstIndex(xs, atOrAfter: x.nextUp)
                let origin = Origin(
                    day: Day(ordinal: Int32(x.rounded(.down))), target: Day(ordinal: Int32(valued.xs[t].rounded(.down))),
                    actual: valued.ys[t], window: ForecastErrors.firstIndex(xs, atOrAfter: x - window)..<last,
                    history: ForecastErrors.firstIndex(xs, atOrAfter: x - reach)..<last)
                work += origin.window.count + origin.history.count
                guard work <= Backtest.maxWork else {
                    throw AnalysisError(
                        .usage, about: nil,
                        "the backtest would read more than \(NumberText.grouped(Double(Backtest.maxWork))) points in all (by origin \(k + 1)); give a larger step or fewer days with \(name: "from")/\(name: "to")"
                    )
                }
                origins.append(origin)
            }
        }
    }
}
