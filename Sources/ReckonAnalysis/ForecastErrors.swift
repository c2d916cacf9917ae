#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prediction intervals calibrated on a series' own past: the errors its model made when it was used
/// the same way before (rolling-origin evaluation, weighted split conformal).
///
/// For a projection `h` days past the last fitted day, every earlier day `o` of the history with a
/// point `h` days later becomes a past forecast: the same model fitted to the same span of days before
/// `o` (or, early in the series, to all of them once they span half the window) projects to `o + h`,
/// and the error against the value reported there is kept, divided by how much the series moved in
/// that past window (its total absolute change per day), so that errors from a quieter time and a
/// busier one can be compared. The interval is the projection plus and minus the smallest such
/// relative error that at least 95% of the past forecasts' weight (with the new forecast counted as
/// one more, of weight one) does not exceed, times how much the series moved in the fitted window.
/// An error counts half as much for each year between when it became known and the last fitted day
/// (``halfLife``), so a series whose behaviour changes is judged mostly by its recent forecasts.
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

    /// An error this many days old counts half.
    static let halfLife = 365.0
    /// At most this many past forecasts, the most recent, are looked at (older ones weigh little).
    static let maxOrigins = 4_000

    /// What calibration found for one horizon.
    enum Outcome: Equatable {
        /// The half-width of the interval, on the model's scale, and the number of past forecasts.
        case halfWidth(Double, forecasts: Int)
        /// Too few past forecasts at this horizon (their number) to calibrate an interval.
        case tooFew(Int)
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
    }

    /// The index of the first point at or after `x`.
    private func firstIndex(atOrAfter x: Double) -> Int {
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

    /// The calibrated half-width of the `level` interval `horizon` days after the last point, in units of
    /// the fitted window's change per day (`scale`, which the caller multiplies in).
    func outcome(horizon: Double, level: Double, scale: Double) -> Outcome {
        guard scale > 0, scale.isFinite, let last = xs.indices.last else { return .flat }
        let end = xs[last]
        let tolerance = max(1, horizon / 10)
        var scored: [(score: Double, weight: Double)] = []
        var o = last
        while o >= 0, scored.count < Self.maxOrigins {
            defer { o -= 1 }
            let x = xs[o]
            if x - xs[0] < window / 2 { break }
            guard x + horizon <= end else { continue }
            let t = firstIndex(atOrAfter: x + horizon)
            let l = firstIndex(atOrAfter: x - window)
            guard t <= last, xs[t] - (x + horizon) <= tolerance, l < o,
                let f = forecast(l, o, at: xs[t]), let s = self.scale(l, o)
            else { continue }
            let error = abs(zs[t] - f)
            let score = error == 0 ? 0 : s > 0 ? error / s : .infinity
            guard !score.isNaN else { continue }
            scored.append((score, pow(0.5, (end - xs[t]) / Self.halfLife)))
        }
        scored.sort { $0.score < $1.score }
        let need = level * (scored.reduce(0) { $0 + $1.weight } + 1)
        var sum = 0.0
        for s in scored {
            sum += s.weight
            if sum >= need * (1 - 1e-12) {
                return s.score.isFinite ? .halfWidth(s.score * scale, forecasts: scored.count) : .tooFew(scored.count)
            }
        }
        return .tooFew(scored.count)
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
