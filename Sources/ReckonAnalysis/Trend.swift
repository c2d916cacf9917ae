public import ReckonModel

import Glibc

/// A fitted trend line over a series' points.
public struct Trend: Sendable, Equatable {
    /// The kind of fit.
    public var fit: TrendFit
    /// The number of points fitted.
    public var n: Int
    /// Points of the data the fit left out: periods the data covers only in part (unless asked to
    /// include them) and estimates that gave only a range.
    public var leftOutIncomplete = 0
    /// Points left out because they gave only a range.
    public var leftOutRanges = 0
    /// The first and last day fitted.
    public var first: Day
    /// The last day fitted.
    public var last: Day
    /// Change per day: in units (linear, Theil–Sen) or in log units (exponential).
    public var slopePerDay: Double
    /// The fitted value at ``first``.
    public var valueAtFirst: Double
    /// The fitted value at ``last``.
    public var valueAtLast: Double
    /// The share of the variance explained, for the least-squares fits (on the log scale for
    /// exponential); nil for Theil–Sen, and when the values do not vary.
    public var rSquared: Double?
    /// For exponential fits: the growth rate per day, `e^slope - 1`.
    public var growthPerDay: Double?
    /// For exponential fits: the growth per average Gregorian month (30.436875 days).
    public var growthPerMonth: Double?
    /// What the values measure: a count's interval never goes below zero.
    public var kind: SeriesKind = .level
    /// The last fitted value, where a random walk's projection starts.
    public var lastValue: Double = .nan
    /// The past forecast errors that calibrate prediction intervals; nil for Theil–Sen.
    var errors: ForecastErrors?
    /// How many past points the prediction intervals are calibrated on (0 without intervals).
    public var calibrationPoints: Int { errors?.xs.count ?? 0 }
    /// The fitted window's total absolute change per day, on the model's scale: what past errors are
    /// measured against.
    var windowScale: Double = 0
    /// The position of the last fitted point, which horizons count from.
    var lastPosition: Double = 0
    /// The day the fit's x values count from, and the fitted line's value there (log value for
    /// exponential fits).
    var origin: Double = 0
    var intercept: Double = 0

    /// Days in an average Gregorian month.
    public static let daysPerMonth = 365.2425 / 12

    /// The fitted value at `day`.
    public func value(at day: Day) -> Double {
        let y = intercept + slopePerDay * (Double(day.ordinal) - origin)
        return fit == .exponential ? exp(y) : y
    }

    /// The fitted value at `day` when it can be computed: nil when it overflows (an exponential
    /// trend projected far ahead).
    public func finiteValue(at day: Day) -> Double? {
        let v = value(at: day)
        return v.isFinite ? v : nil
    }

    /// The projection to `day` with its `level` prediction interval, calibrated on the series' own past
    /// forecast errors at the same horizon (see the README's Analysis section): the interval is the
    /// projection plus and minus the error that `level` of the past forecasts, recent ones counting most,
    /// stayed within. There is none for Theil–Sen, for fewer than 3 points, for a series that did not
    /// move over the fitted window, or when too few past forecasts exist at that horizon; then
    /// ``Projection/noIntervalReason`` says why in words. A count's interval stops at zero, a cumulative
    /// total's at its last value.
    public func projection(at day: Day, level: Double = 0.95) -> Projection {
        var out = Projection(day: day, value: finiteValue(at: day), interval: nil, pastForecasts: 0, noIntervalReason: nil)
        if fit == .theilSen {
            out.noIntervalReason =
                "Theil–Sen has no prediction interval: it is a median of slopes, with no error model to draw one from"
            return out
        }
        guard n >= 3 else {
            out.noIntervalReason = "a prediction interval needs at least 3 points; the fit has \(n)"
            return out
        }
        let horizon = Double(day.ordinal) - lastPosition
        let centre = modelValue(at: day)
        if horizon <= 0 {
            // On the last fitted day a random walk is the value itself; before it, or for a fitted line,
            // there is nothing to forecast.
            if horizon == 0, fit.startsAtLastValue, let v = out.value { out.interval = v...v } else {
                out.noIntervalReason = "the interval is for days after the last fitted one"
            }
            return out
        }
        switch errors?.outcome(horizon: horizon, level: level, scale: windowScale) ?? .flat {
        case .flat:
            out.noIntervalReason =
                "the values did not change over the fitted days, so past forecast errors give no measure for an interval"
        case .tooFew(let k):
            out.pastForecasts = k
            out.noIntervalReason =
                "too little history to calibrate one \(NumberText.grouped(horizon.rounded(.up))) days ahead (\(k) past forecast\(k == 1 ? "" : "s") at that horizon; \(ForecastErrors.minimumScores) are needed, after \(ForecastErrors.minimumKnown) more that show the typical error)"
        case .tooOld(let k):
            out.pastForecasts = k
            out.noIntervalReason =
                "too little recent history to calibrate one \(NumberText.grouped(horizon.rounded(.up))) days ahead (\(k) past forecasts at that horizon, but an error counts half for each year it is older, and together they weigh too little)"
        case .halfWidth(let half, let k):
            out.pastForecasts = k
            var (low, high) = (centre - half, centre + half)
            if fit == .exponential { (low, high) = (exp(low), exp(high)) }
            // A count is never negative, and a running total of counts does not fall below where it
            // stands (only a publisher's revision lowers it): the interval says no more than that.
            // A projection that itself falls below (a line ending under the data) is not cut off.
            let floor = min(kind == .count ? 0 : kind == .cumulative ? lastValue : -.infinity, out.value ?? .infinity)
            (low, high) = (max(floor, low), max(floor, high))
            guard low.isFinite, high.isFinite, low <= high else {
                out.noIntervalReason = "the interval is beyond the range of numbers"
                return out
            }
            out.interval = low...high
        }
        return out
    }

    /// The 95% prediction interval at `day` (see ``projection(at:level:)``); nil when there is none.
    public func predictionInterval(at day: Day, level: Double = 0.95) -> ClosedRange<Double>? {
        projection(at: day, level: level).interval
    }

    /// Why the fit has no 95% prediction interval at `day`, in words; nil when it has one.
    public func noIntervalReason(at day: Day) -> String? {
        projection(at: day).noIntervalReason
    }

    /// How far the fitted line ends from the last fitted value (fitted minus reported), when it ends
    /// more than 1% of that value away, where a projection would start off the data; nil for random
    /// walks, which start at the value.
    public var startGap: Double? {
        guard !fit.startsAtLastValue, lastValue.isFinite else { return nil }
        let gap = valueAtLast - lastValue
        return abs(gap) > 0.01 * abs(lastValue) ? gap : nil
    }

    /// The fitted value at `day` on the model's scale (the logarithm for exponential fits).
    func modelValue(at day: Day) -> Double {
        intercept + slopePerDay * (Double(day.ordinal) - origin)
    }

    /// Fits `fit` to the points' positions and values.
    ///
    /// Points that give only a range are left out (a range is not a value to fit), and so are periods
    /// the data covers only in part (the current month, say), unless `includeIncomplete`: a month that
    /// is 8 days old is not a month's worth. The counts left out are kept on the trend.
    ///
    /// `history` is the whole series the points were selected from (a query's
    /// ``Query/Result/history``): its points up to the last fitted day calibrate the prediction
    /// intervals. Without it, the fitted points alone do, which leaves little history.
    ///
    /// - Throws: `.data` for fewer than 2 points (3 for a prediction interval is checked later), all
    ///   points on one day, a non-positive value in an exponential fit, or more than 5,000 points for
    ///   Theil–Sen (whose pairwise slopes grow with the square of the points).
    /// - Complexity: O(n) for least squares and random walks (plus O(h) for the history), O(n² log n)
    ///   for Theil–Sen.
    public static func fit(
        _ fit: TrendFit, to all: Points, history: Points? = nil, includeIncomplete: Bool = false
    ) throws(AnalysisError) -> Trend {
        let fitted = FitPoints(all, includeIncomplete: includeIncomplete)
        var xs = fitted.xs
        var ys = fitted.ys
        guard xs.count >= 2 else {
            let found: Wording = "a trend needs at least 2 points; there \(xs.count == 1 ? "is 1" : "are none")"
            guard fitted.leftOutIncomplete > 0 else { throw AnalysisError(.data, about: nil, found) }
            let n = fitted.leftOutIncomplete
            throw AnalysisError(
                .data, about: "include-incomplete",
                "\(found.description) after leaving out \(n) incomplete period\(n == 1 ? "" : "s") (\(name: "include-incomplete") fits them)")
        }
        let origin = xs[0]
        var lowest = 0, highest = 0
        for i in xs.indices {
            xs[i] -= origin
            if xs[i] < xs[lowest] { lowest = i }
            if xs[i] >= xs[highest] { highest = i }
        }
        guard xs[highest] > xs[lowest] else {
            throw AnalysisError(.data, "every point is on one day; a trend needs points on different days")
        }
        if fit == .exponential {
            if let bad = ys.firstIndex(where: { $0 <= 0 }) {
                throw AnalysisError(
                    .data,
                    "an exponential fit needs values above zero; the value on \(Day(ordinal: Int32((xs[bad] + origin).rounded(.down)))) is \(NumberText.format(ys[bad]))"
                )
            }
            ys = ys.map { log($0) }
        }
        var trend = Trend(
            fit: fit, n: xs.count, first: Day(ordinal: Int32((xs[lowest] + origin).rounded(.down))),
            last: Day(ordinal: Int32((xs[highest] + origin).rounded(.down))), slopePerDay: 0, valueAtFirst: 0,
            valueAtLast: 0)
        trend.leftOutIncomplete = fitted.leftOutIncomplete
        trend.leftOutRanges = fitted.leftOutRanges
        trend.kind = all.kind
        trend.lastValue = fitted.ys[highest]
        trend.lastPosition = xs[highest] + origin
        trend.origin = origin
        switch fit {
        case .theilSen: try trend.fitTheilSen(xs, ys)
        case .drift, .randomWalk: trend.fitRandomWalk(xs, ys, first: lowest, last: highest)
        case .linear, .exponential: trend.fitLeastSquares(xs, ys)
        }
        // The fit's x values count from `trend.origin`, which a random walk moves to its last point.
        let x0 = xs[lowest] + origin - trend.origin, x1 = xs[highest] + origin - trend.origin
        trend.valueAtFirst = trend.intercept + trend.slopePerDay * x0
        trend.valueAtLast = trend.intercept + trend.slopePerDay * x1
        if fit == .exponential {
            (trend.valueAtFirst, trend.valueAtLast) = (exp(trend.valueAtFirst), exp(trend.valueAtLast))
            trend.growthPerDay = expm1(trend.slopePerDay)
            trend.growthPerMonth = expm1(trend.slopePerDay * daysPerMonth)
        }
        if fit != .theilSen { trend.calibrate(xs, ys, history: history ?? all, includeIncomplete: includeIncomplete) }
        return try trend.checked()
    }

    /// Theil–Sen: the median of pairwise slopes, the intercept through the medians.
    private mutating func fitTheilSen(_ xs: [Double], _ ys: [Double]) throws(AnalysisError) {
        guard xs.count <= 5_000 else {
            throw AnalysisError(
                .data, about: nil,
                "theil-sen compares every pair of points and takes at most 5,000 (here \(xs.count)); narrow with \(name: "from")/\(name: "to") or aggregate with \(name: "every", "week")"
            )
        }
        var slopes: [Double] = []
        slopes.reserveCapacity(xs.count * (xs.count - 1) / 2)
        for i in xs.indices {
            for j in xs.indices where xs[j] > xs[i] { slopes.append((ys[j] - ys[i]) / (xs[j] - xs[i])) }
        }
        slopePerDay = Statistics.median(slopes)
        intercept = Statistics.median(ys) - slopePerDay * Statistics.median(xs)
    }

    /// A random walk from the last point: with drift, the mean change per day from the first point to
    /// the last; without, none. The line passes exactly through the last value.
    private mutating func fitRandomWalk(_ xs: [Double], _ ys: [Double], first: Int, last: Int) {
        slopePerDay = fit == .drift ? (ys[last] - ys[first]) / (xs[last] - xs[first]) : 0
        // Counted from the last point, so the projection starts at its value, bit for bit.
        origin += xs[last]
        intercept = ys[last]
    }

    /// Ordinary least squares, with centred x for accuracy.
    private mutating func fitLeastSquares(_ xs: [Double], _ ys: [Double]) {
        let n = Double(xs.count)
        var meanX = 0.0, meanY = 0.0
        for i in xs.indices {
            meanX += xs[i]
            meanY += ys[i]
        }
        meanX /= n
        meanY /= n
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for i in xs.indices {
            let dx = xs[i] - meanX, dy = ys[i] - meanY
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        slopePerDay = sxy / sxx
        intercept = meanY - slopePerDay * meanX
        // The residual sum of squares from the residuals themselves (a second pass): the shortcut
        // Syy - Sxy²/Sxx cancels to noise when the fit is close.
        var sse = 0.0
        for i in xs.indices {
            let r = ys[i] - (intercept + slopePerDay * xs[i])
            sse += r * r
        }
        // Values that do not vary have no variance to explain: no R².
        rSquared = syy > 0 ? 1 - sse / syy : nil
    }

    /// Keeps the history up to the last fitted day, on the model's scale, for calibrating intervals; and
    /// how much the fitted window moved (`xs` counted from ``origin``'s first value).
    private mutating func calibrate(_ xs: [Double], _ zs: [Double], history: Points, includeIncomplete: Bool) {
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        var change = 0.0
        for (a, b) in zip(order, order.dropFirst()) { change += abs(zs[b] - zs[a]) }
        let span = xs[order[order.count - 1]] - xs[order[0]]
        windowScale = change / span
        let past = FitPoints(history, includeIncomplete: includeIncomplete, upTo: lastPosition)
        var pastZ = past.ys
        if fit == .exponential {
            // Values at or below zero have no logarithm: an exponential fit's history starts after them.
            let start = (pastZ.lastIndex { $0 <= 0 }).map { $0 + 1 } ?? 0
            pastZ = pastZ[start...].map { log($0) }
            errors = ForecastErrors(xs: Array(past.xs[start...]), zs: pastZ, window: span, fit: fit)
        } else {
            errors = ForecastErrors(xs: past.xs, zs: pastZ, window: span, fit: fit)
        }
    }

    /// The trend, or an error in words when a number of the fit is not finite (never inf or NaN in
    /// output). R² is dropped when it cannot be computed.
    private func checked() throws(AnalysisError) -> Trend {
        var t = self
        if let r = t.rSquared, !r.isFinite { t.rSquared = nil }
        if let g = t.growthPerDay, !g.isFinite { t.growthPerDay = nil }
        if let g = t.growthPerMonth, !g.isFinite { t.growthPerMonth = nil }
        let numbers = [t.slopePerDay, t.intercept, t.valueAtFirst, t.valueAtLast, t.windowScale]
        guard numbers.allSatisfy(\.isFinite) else {
            throw AnalysisError(
                .data, "the \(fit.rawValue) trend cannot be computed from these values: it is beyond the range of numbers")
        }
        return t
    }
}
