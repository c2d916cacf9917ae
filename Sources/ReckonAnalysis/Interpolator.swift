/// Values between observations: step, linear or monotone (PCHIP), with holes across long gaps and
/// no extrapolation unless asked.
///
/// Monotone interpolation is scipy's `PchipInterpolator`: at interior points the derivative is the
/// weighted harmonic mean of the neighbouring slopes (zero where they differ in sign or one is
/// zero), and at the ends the one-sided three-point estimate, clipped to keep the shape. Between two
/// observations it never leaves the range of their values, so 8,000 then 11,000 never passes 11,000.
public struct Interpolator: Sendable {
    /// How values between the points are computed.
    public let method: Interpolation
    let xs: [Double]
    let ys: [Double]
    /// The derivative at each point, for `monotone`.
    let slopes: [Double]
    /// Indexes where a new run starts after a gap longer than `maxGap`.
    let runStarts: [Int]
    let extrapolate: Bool

    /// - Parameters:
    ///   - xs: strictly increasing positions (days).
    ///   - ys: the values there; a NaN value is a point with no value.
    ///   - method: how values between the points are computed.
    ///   - extrapolate: whether to go on past the first and last point.
    ///   - maxGap: the longest gap, in days, that is bridged.
    /// - Complexity: O(n).
    public init(xs: [Double], ys: [Double], method: Interpolation, extrapolate: Bool = false, maxGap: Int? = nil) {
        var keepX = xs
        var keepY = ys
        if ys.contains(where: \.isNaN) {
            let keep = ys.indices.filter { !ys[$0].isNaN }
            keepX = keep.map { xs[$0] }
            keepY = keep.map { ys[$0] }
        }
        self.xs = keepX
        self.ys = keepY
        self.method = method
        self.extrapolate = extrapolate
        var starts = [0]
        if let maxGap {
            for i in keepX.indices.dropFirst() where keepX[i] - keepX[i - 1] > Double(maxGap) { starts.append(i) }
        }
        runStarts = starts
        if method == .monotone {
            var d = [Double](repeating: 0, count: keepX.count)
            for (k, start) in starts.enumerated() {
                let end = k + 1 < starts.count ? starts[k + 1] : keepX.count
                Interpolator.pchipSlopes(keepX, keepY, start..<end, into: &d)
            }
            slopes = d
        } else {
            slopes = []
        }
    }

    /// The value at `x`, or nil outside the data (without extrapolation) or inside a gap.
    ///
    /// - Complexity: O(log n).
    public func value(at x: Double) -> Double? {
        let n = xs.count
        guard n > 0 else { return nil }
        // i: the last point with xs[i] <= x, or -1.
        var lo = 0, hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        let i = lo - 1
        if i >= 0, xs[i] == x { return ys[i] }
        if method == .none { return nil }
        let run = runStarts.count == 1 ? 0 : runIndex(containing: max(i, 0))
        let runEnd = run + 1 < runStarts.count ? runStarts[run + 1] : n
        if i < 0 || i + 1 >= n || (i + 1 == runEnd) {
            // Before the first point, after the last, or in a gap after a run.
            guard extrapolate, i < 0 || i == n - 1 else { return nil }
            if method == .step { return i < 0 ? ys[0] : ys[n - 1] }
            let k = i < 0 ? 0 : max(n - 2, 0)
            if n == 1 { return ys[0] }
            return segment(k, x)
        }
        if method == .step { return ys[i] }
        return segment(i, x)
    }

    /// The value at `x` on the segment from point `k` to `k + 1`, extended beyond it when `x` is outside.
    private func segment(_ k: Int, _ x: Double) -> Double {
        let h = xs[k + 1] - xs[k]
        let t = x - xs[k]
        if method == .linear || method == .step {
            return ys[k] + (ys[k + 1] - ys[k]) * t / h
        }
        // Cubic Hermite with the PCHIP slopes.
        let m = (ys[k + 1] - ys[k]) / h
        let c2 = (3 * m - 2 * slopes[k] - slopes[k + 1]) / h
        let c3 = (slopes[k] + slopes[k + 1] - 2 * m) / (h * h)
        return ys[k] + t * (slopes[k] + t * (c2 + t * c3))
    }

    private func runIndex(containing i: Int) -> Int {
        var lo = 0, hi = runStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runStarts[mid] <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }

    /// scipy's PCHIP derivatives for the points in `range`.
    static func pchipSlopes(_ x: [Double], _ y: [Double], _ range: Range<Int>, into d: inout [Double]) {
        let n = range.count
        let a = range.lowerBound
        guard n > 1 else {
            if n == 1 { d[a] = 0 }
            return
        }
        // Spacings and slopes of the n - 1 intervals.
        var h = [Double](repeating: 0, count: n - 1)
        var m = [Double](repeating: 0, count: n - 1)
        for k in 0..<(n - 1) {
            h[k] = x[a + k + 1] - x[a + k]
            m[k] = (y[a + k + 1] - y[a + k]) / h[k]
        }
        if n == 2 {
            d[a] = m[0]
            d[a + 1] = m[0]
            return
        }
        for k in 1..<(n - 1) {
            let m0 = m[k - 1], m1 = m[k]
            if m0 == 0 || m1 == 0 || (m0 > 0) != (m1 > 0) {
                d[a + k] = 0
            } else {
                let w1 = 2 * h[k] + h[k - 1]
                let w2 = h[k] + 2 * h[k - 1]
                d[a + k] = (w1 + w2) / (w1 / m0 + w2 / m1)
            }
        }
        d[a] = edge(h[0], h[1], m[0], m[1])
        d[a + n - 1] = edge(h[n - 2], h[n - 3], m[n - 2], m[n - 3])
    }

    /// The one-sided three-point derivative at an end, kept from overshooting (scipy's `_edge_case`).
    static func edge(_ h0: Double, _ h1: Double, _ m0: Double, _ m1: Double) -> Double {
        let d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1)
        if sign(d) != sign(m0) { return 0 }
        if sign(m0) != sign(m1), abs(d) > 3 * abs(m0) { return 3 * m0 }
        return d
    }

    private static func sign(_ v: Double) -> Int { v > 0 ? 1 : (v < 0 ? -1 : 0) }
}
