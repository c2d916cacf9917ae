public import ReckonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The kinds of trend line.
public enum TrendFit: String, Sendable, CaseIterable {
    /// Ordinary least squares on (day, value).
    case linear
    /// Least squares on (day, log value): constant growth.
    case exponential
    /// The median of the slopes between all pairs of points: robust to outliers.
    case theilSen = "theil-sen"
}

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
    /// The residual standard error and the mean and spread of the days, for prediction intervals.
    var residualStandardError: Double?
    /// The 97.5% quantile of Student's t for the fit's degrees of freedom: the 95% interval's, worked
    /// out once with the fit rather than at every day an interval is drawn for.
    var t975: Double?
    var meanX: Double = 0
    var sxx: Double = 0
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

    /// The 95% prediction interval for a new observation at `day`, for least-squares fits with 3 or
    /// more points: the t interval of the fitted line, and for exponential fits that interval on the
    /// log scale, exponentiated (so it is not symmetric). Nil when there is none (see
    /// ``noIntervalReason``) or it cannot be computed.
    public func predictionInterval(at day: Day, level: Double = 0.95) -> ClosedRange<Double>? {
        guard fit != .theilSen, n >= 3, let s = residualStandardError else { return nil }
        let x = Double(day.ordinal) - origin
        let p = 1 - (1 - level) / 2
        let t = p == 0.975 ? t975 ?? StudentT.quantile(p, df: Double(n - 2)) : StudentT.quantile(p, df: Double(n - 2))
        let half = t * s * (1 + 1 / Double(n) + (x - meanX) * (x - meanX) / sxx).squareRoot()
        let y = intercept + slopePerDay * x
        var (low, high) = (y - half, y + half)
        if fit == .exponential { (low, high) = (exp(low), exp(high)) }
        guard half.isFinite, low.isFinite, high.isFinite else { return nil }
        return low...high
    }

    /// Why the fit has no prediction interval, in words; nil when it has one (or it overflows, which
    /// the projection itself says).
    public var noIntervalReason: String? {
        if fit == .theilSen {
            return "Theil–Sen has no prediction interval: it is a median of slopes, with no error model to draw one from"
        }
        if n < 3 { return "a prediction interval needs at least 3 points; the fit has \(n)" }
        return nil
    }

    /// Fits `fit` to the points' positions and values.
    ///
    /// Points that give only a range are left out (a range is not a value to fit), and so are periods
    /// the data covers only in part (the current month, say), unless `includeIncomplete`: a month that
    /// is 8 days old is not a month's worth. The counts left out are kept on the trend.
    ///
    /// - Throws: `.data` for fewer than 2 points (3 for a prediction interval is checked later), all
    ///   points on one day, a non-positive value in an exponential fit, or more than 5,000 points for
    ///   Theil–Sen (whose pairwise slopes grow with the square of the points).
    /// - Complexity: O(n) for least squares, O(n² log n) for Theil–Sen.
    public static func fit(_ fit: TrendFit, to all: Points, includeIncomplete: Bool = false) throws(AnalysisError) -> Trend {
        let (valued, leftOutRanges) = all.valued()
        var p = valued
        var leftOutIncomplete = 0
        if !includeIncomplete, !p.complete.isEmpty {
            let complete = p.selectedByIndex { p.isComplete($0) }
            leftOutIncomplete = p.count - complete.count
            p = complete
        }
        var xs = p.positions()
        var ys = p.values
        if ys.contains(where: \.isNaN) {
            let keep = ys.indices.filter { !ys[$0].isNaN }
            xs = keep.map { xs[$0] }
            ys = keep.map { ys[$0] }
        }
        guard xs.count >= 2 else {
            var message = "a trend needs at least 2 points; there \(xs.count == 1 ? "is 1" : "are none")"
            if leftOutIncomplete > 0 {
                message +=
                    " after leaving out \(leftOutIncomplete) incomplete period\(leftOutIncomplete == 1 ? "" : "s") (--include-incomplete fits them)"
            }
            throw AnalysisError(.data, message)
        }
        let origin = xs[0]
        var lowest = 0.0, highest = 0.0
        for i in xs.indices {
            xs[i] -= origin
            lowest = min(lowest, xs[i])
            highest = max(highest, xs[i])
        }
        let firstDay = Day(ordinal: Int32((lowest + origin).rounded(.down)))
        let lastDay = Day(ordinal: Int32((highest + origin).rounded(.down)))
        guard highest > lowest else {
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
        var trend = Trend(fit: fit, n: xs.count, first: firstDay, last: lastDay, slopePerDay: 0, valueAtFirst: 0, valueAtLast: 0)
        trend.leftOutIncomplete = leftOutIncomplete
        trend.leftOutRanges = leftOutRanges
        trend.origin = origin
        let x0 = Double(firstDay.ordinal) - origin
        let x1 = Double(lastDay.ordinal) - origin
        if fit == .theilSen {
            guard xs.count <= 5_000 else {
                throw AnalysisError(
                    .data,
                    "theil-sen compares every pair of points and takes at most 5,000 (here \(xs.count)); narrow with --from/--to or aggregate with --every week"
                )
            }
            var slopes: [Double] = []
            slopes.reserveCapacity(xs.count * (xs.count - 1) / 2)
            for i in xs.indices {
                for j in xs.indices where xs[j] > xs[i] { slopes.append((ys[j] - ys[i]) / (xs[j] - xs[i])) }
            }
            let slope = Statistics.median(slopes)
            let intercept = Statistics.median(ys) - slope * Statistics.median(xs)
            trend.slopePerDay = slope
            trend.intercept = intercept
            trend.valueAtFirst = intercept + slope * x0
            trend.valueAtLast = intercept + slope * x1
            return try trend.checked()
        }
        // Least squares with centred x for accuracy.
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
        let slope = sxy / sxx
        let intercept = meanY - slope * meanX
        // The residual sum of squares from the residuals themselves (a second pass): the shortcut
        // Syy - Sxy²/Sxx cancels to noise when the fit is close.
        var sse = 0.0
        for i in xs.indices {
            let r = ys[i] - (intercept + slope * xs[i])
            sse += r * r
        }
        trend.slopePerDay = slope
        trend.intercept = intercept
        // Values that do not vary have no variance to explain: no R².
        trend.rSquared = syy > 0 ? 1 - sse / syy : nil
        trend.meanX = meanX
        trend.sxx = sxx
        if xs.count > 2 {
            trend.residualStandardError = (sse / (n - 2)).squareRoot()
            trend.t975 = StudentT.quantile(0.975, df: n - 2)
        }
        if fit == .exponential {
            trend.valueAtFirst = exp(intercept + slope * x0)
            trend.valueAtLast = exp(intercept + slope * x1)
            trend.growthPerDay = expm1(slope)
            trend.growthPerMonth = expm1(slope * daysPerMonth)
        } else {
            trend.valueAtFirst = intercept + slope * x0
            trend.valueAtLast = intercept + slope * x1
        }
        return try trend.checked()
    }

    /// The trend, or an error in words when a number of the fit is not finite (never inf or NaN in
    /// output). R² is dropped when it cannot be computed.
    private func checked() throws(AnalysisError) -> Trend {
        var t = self
        if let r = t.rSquared, !r.isFinite { t.rSquared = nil }
        if let s = t.residualStandardError, !s.isFinite { t.residualStandardError = nil }
        if let g = t.growthPerDay, !g.isFinite { t.growthPerDay = nil }
        if let g = t.growthPerMonth, !g.isFinite { t.growthPerMonth = nil }
        let numbers = [t.slopePerDay, t.intercept, t.valueAtFirst, t.valueAtLast]
        guard numbers.allSatisfy(\.isFinite) else {
            throw AnalysisError(
                .data, "the \(fit.rawValue) trend cannot be computed from these values: it is beyond the range of numbers")
        }
        return t
    }
}
