import Glibc

/// Prediction intervals calibrated on a series' own past: the errors its model made when it was used
/// the same way before (rolling-origin evaluation, studentised and weighted split conformal).
///
/// For a projection `h` days past the last fitted day, every earlier day `o` of the history with a
/// point `h` days later becomes a past forecast: the same model fitted to the same span of days before
/// `o` (or, early in the series, to all of them once they span half the window) projects to `o + h`.
/// Its error against the value reported there is measured twice over:
/// 1. against how much the series moved in that past window (its total absolute change per day), so
///    that a quiet time and a busy one compare, and then
/// 2. against the typical size of the errors already known on day `o` (those whose day `o + h` had
///    come), averaged with weights that halve every ``scaleHalfLife`` days, so that a calm year is
///    judged by calm errors and a turbulent one by turbulent errors.
///
/// The interval is the projection plus and minus the smallest such score that at least 95% of the past
/// forecasts' weight does not exceed (with the new forecast counted as one more, of weight one), scaled
/// back by today's typical error and today's movement. A score counts half as much for each
/// ``halfLife`` days between when it became known and the last fitted day.
///
/// With too few past forecasts at that horizon there is no interval, and ``Outcome`` says why: an
/// interval the data cannot back is not drawn.
struct ForecastErrors: Sendable, Equatable {
    /// The days (positions) of the history's points, ascending, up to the last fitted day.
    let xs: [Double]
    /// The values on the model's scale (logarithms for exponential fits).
    let zs: [Double]
    /// The span of the fitted window, in days.
    let window: Double
    /// How the model forecasts.
    let fit: TrendFit
    /// Running sums of |Δz| and, for least-squares fits, of x, z, x², xz (x from the first point), so
    /// that a past window's fit and scale take constant time.
    private let change: [Double]
    private let sums: LeastSquaresSums?
    /// The usual days between points (the median gap; 1 for daily data).
    let spacing: Double

    /// A score this many days old counts half in the quantile.
    static let halfLife = 365.0
    /// An error this many days old counts half in the typical error a score is measured against.
    static let scaleHalfLife = 180.0
    /// Errors known before a score is measured against them.
    static let minimumKnown = 10
    /// Scores needed for an interval.
    static let minimumScores = 20
    /// Past forecasts whose day came more than this many days before the last fitted day are not made
    /// (their weight would be below 1/1000).
    static let lookBack = 10 * 365.0

    /// What calibration found for one horizon.
    enum Outcome: Equatable {
        /// The half-width of the interval, on the model's scale, and the number of past forecasts.
        case halfWidth(Double, forecasts: Int)
        /// Too few past forecasts at this horizon (their number) to calibrate an interval.
        case tooFew(Int)
        /// Enough past forecasts (their number), but too old: together they weigh too little.
        case tooOld(Int)
        /// The values did not change over the fitted window: past errors give no scale.
        case flat
    }

    init(xs: [Double], zs: [Double], window: Double, fit: TrendFit) {
        self.xs = xs
        self.zs = zs
        self.window = window
        self.fit = fit
        var change = [Double](repeating: 0, count: xs.count)
        for i in xs.indices.dropFirst() { change[i] = change[i - 1] + abs(zs[i] - zs[i - 1]) }
        self.change = change
        sums = fit == .linear || fit == .exponential ? LeastSquaresSums(xs: xs, zs: zs) : nil
        spacing = Self.medianGap(xs)
    }

    /// How far after `x + horizon` a point may lie and still check a forecast `horizon` days ahead: a
    /// tenth of the horizon, and at least a day and half the usual gap between points (weekly and monthly
    /// points fall where they fall; the forecast is then made for the point's own day).
    static func tolerance(horizon: Double, spacing: Double) -> Double { max(1, horizon / 10, spacing / 2) }

    /// The median gap between consecutive `xs`, from at most 4,096 of them; 1 for fewer than 2 points.
    static func medianGap(_ xs: [Double]) -> Double {
        guard xs.count > 1 else { return 1 }
        let stride = max(1, (xs.count - 1) / 4_096)
        var gaps = Swift.stride(from: 1, to: xs.count, by: stride).map { xs[$0] - xs[$0 - 1] }
        return Statistics.median(&gaps, 0..<gaps.count)
    }

    /// The index of the first point at or after `x`.
    private func firstIndex(atOrAfter x: Double) -> Int { Self.firstIndex(xs, atOrAfter: x) }

    /// The index of the first of the ascending `xs` at or after `x`.
    static func firstIndex(_ xs: [Double], atOrAfter x: Double) -> Int {
        var lo = 0, hi = xs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The total absolute change per day over points `l...o`; nil when they span no time.
    func scale(_ l: Int, _ o: Int) -> Double? {
        let days = xs[o] - xs[l]
        return days > 0 ? (change[o] - change[l]) / days : nil
    }

    /// The model fitted to points `l...o`, evaluated at `x`.
    func forecast(_ l: Int, _ o: Int, at x: Double) -> Double? {
        switch fit {
        case .randomWalk: return zs[o]
        case .drift:
            let days = xs[o] - xs[l]
            return days > 0 ? zs[o] + (x - xs[o]) * (zs[o] - zs[l]) / days : nil
        case .linear, .exponential: return sums?.fit(l, o, at: x)
        case .theilSen: return nil
        }
    }

    /// One past forecast: its day, the day it was checked against, and its error relative to the
    /// movement of its window.
    struct PastError {
        var origin: Double
        var target: Double
        var relative: Double
    }

    /// The past forecasts `horizon` days ahead, oldest first.
    func pastErrors(horizon: Double) -> [PastError] {
        guard let last = xs.indices.last else { return [] }
        let end = xs[last]
        let tolerance = Self.tolerance(horizon: horizon, spacing: spacing)
        var out: [PastError] = []
        var o = firstIndex(atOrAfter: max(xs[0] + window / 2, end - horizon - Self.lookBack))
        while o < last, xs[o] + horizon <= end {
            defer { o += 1 }
            let x = xs[o]
            let t = firstIndex(atOrAfter: x + horizon)
            let l = firstIndex(atOrAfter: x - window)
            guard t <= last, xs[t] - (x + horizon) <= tolerance, l < o, let s = scale(l, o), s > 0,
                let f = forecast(l, o, at: xs[t])
            else { continue }
            let relative = abs(zs[t] - f) / s
            if relative.isFinite { out.append(PastError(origin: x, target: xs[t], relative: relative)) }
        }
        return out
    }

    /// The calibrated half-width of the `level` interval `horizon` days after the last point, given the
    /// fitted window's change per day (`scale`).
    func outcome(horizon: Double, level: Double, scale: Double) -> Outcome {
        guard scale > 0, scale.isFinite, let end = xs.last else { return .flat }
        let errors = pastErrors(horizon: horizon)
        var typical = TypicalError()
        var scored: [(score: Double, weight: Double)] = []
        for e in errors {
            typical.advance(to: e.origin, through: errors)
            guard let size = typical.value else { continue }
            // Exact past forecasts have no typical error to measure against: an exact one scores 0.
            let score = size > 0 ? e.relative / size : e.relative == 0 ? 0 : Double.infinity
            scored.append((score, pow(0.5, (end - e.target) / Self.halfLife)))
        }
        typical.advance(to: end, through: errors)
        guard scored.count >= Self.minimumScores, let size = typical.value else { return .tooFew(scored.count) }
        scored.sort { $0.score < $1.score }
        let need = level * (scored.reduce(0) { $0 + $1.weight } + 1)
        var sum = 0.0
        for s in scored {
            sum += s.weight
            if sum >= need * (1 - 1e-12) {
                guard s.score.isFinite else { return .tooFew(scored.count) }
                return .halfWidth(s.score * size * scale, forecasts: scored.count)
            }
        }
        return .tooOld(scored.count)
    }
}

/// The typical relative error known on a day: the mean of the errors whose day of checking has come,
/// weighted to halve every ``ForecastErrors/scaleHalfLife`` days back; kept as a running sum.
struct TypicalError {
    private var day = -Double.infinity
    private var sum = 0.0
    private var weights = 0.0
    private var known = 0

    /// The typical error, once ``ForecastErrors/minimumKnown`` errors are known.
    var value: Double? { known >= ForecastErrors.minimumKnown && weights > 0 ? sum / weights : nil }

    /// Moves to `today`, taking in the errors of `errors` (ordered by target) checked by then.
    mutating func advance(to today: Double, through errors: [ForecastErrors.PastError]) {
        if day.isFinite, today > day {
            let decay = pow(0.5, (today - day) / ForecastErrors.scaleHalfLife)
            sum *= decay
            weights *= decay
        }
        day = max(day, today)
        while known < errors.count, errors[known].target <= today {
            let w = pow(0.5, (today - errors[known].target) / ForecastErrors.scaleHalfLife)
            sum += w * errors[known].relative
            weights += w
            known += 1
        }
    }
}

/// Running sums for least-squares fits over any run of points in constant time.
struct LeastSquaresSums: Sendable, Equatable {
    private var x: [Double] = [0], z: [Double] = [0], xx: [Double] = [0], xz: [Double] = [0]
    private let origin: Double

    init(xs: [Double], zs: [Double]) {
        origin = xs.first ?? 0
        for i in xs.indices {
            let dx = xs[i] - origin
            x.append(x[i] + dx)
            z.append(z[i] + zs[i])
            xx.append(xx[i] + dx * dx)
            xz.append(xz[i] + dx * zs[i])
        }
    }

    /// The least-squares line through points `l...o`, evaluated at `at`; nil when they share one day.
    func fit(_ l: Int, _ o: Int, at: Double) -> Double? {
        let n = Double(o - l + 1)
        let sx = x[o + 1] - x[l], sz = z[o + 1] - z[l]
        let sxx = (xx[o + 1] - xx[l]) - sx * sx / n
        let sxz = (xz[o + 1] - xz[l]) - sx * sz / n
        guard sxx > 0 else { return nil }
        let slope = sxz / sxx
        let value = sz / n + slope * (at - origin - sx / n)
        return value.isFinite ? value : nil
    }
}
