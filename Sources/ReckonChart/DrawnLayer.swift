public import ReckonAnalysis
public import ReckonModel

/// The numbers one layer of a built chart draws, within the chart's time axis: what its data download
/// and its reports quote.
public struct DrawnLayer: Sendable {
    /// The layer's name in the legend.
    public var label: String
    /// The series it was drawn from.
    public var series: SeriesID
    /// The mark drawn: `line`, `bar`, `points`, ... or `trend`.
    public var mark: String
    /// The points drawn, after the layer's query: observed and interpolated, with their qualifiers,
    /// bounds and sources.
    public var points: Points
    /// The fit, for a trend layer.
    public var trend: Trend?
    /// The last day of the fit's projection, when it has one.
    public var projectedTo: Day?
    /// The licence of the series' data, from its sidecar.
    public var license: String?
    /// The most decimal places a value of the series has as recorded (0 when every value, low and
    /// high is a whole number), at most ``DrawnLayer/maximumDecimals``: the precision its data supports.
    public var decimals: Int

    /// The layer's drawn numbers: its points that fall within `domain` (days as plotted).
    init(_ layer: LayerData, domain: ClosedRange<Double>) {
        label = layer.name
        series = layer.spec.series
        mark = layer.trend != nil ? "trend" : layer.spec.mark.rawValue
        points = Self.visible(layer, domain: domain)
        trend = layer.trend
        projectedTo = layer.trend.flatMap { t in layer.spec.project.map { $0.after(t.last) } }
        license = layer.series.metadata.license
        decimals = layer.decimals
    }

    /// The most decimal places ``DrawnLayer/decimals`` counts: beyond them a double holds noise, not digits
    /// anyone recorded.
    public static let maximumDecimals = 15

    /// The most decimal places any number of `observations` has, at most ``maximumDecimals``.
    ///
    /// Counted in order: a number can read as one of `d` decimals and not as one of `d + 1` (34.7 at
    /// fourteen: 34.7 × 10¹⁴ rounds to an odd last digit), so the count found depends on the count
    /// before it, and halves counted apart would not give it.
    ///
    /// The count stays 0 up to the first number with decimals, so that number is looked for first, in
    /// halves at once with `onTwoThreads` (the first found is the first), and the pass in order starts
    /// from it; a series of whole numbers, the common one, is then read once on two threads.
    static func decimals(_ observations: Observations, onTwoThreads: Bool = false) -> Int {
        var most = 0
        for column in [observations.storedValues, observations.storedLows, observations.storedHighs] {
            let from = most == 0 ? firstWithDecimals(column, onTwoThreads: onTwoThreads) : 0
            for v in column[from...] where v.isFinite {
                while most < maximumDecimals, !hasDecimals(v, most) { most += 1 }
            }
        }
        return most
    }

    /// The index of the first finite number of `column` with decimals (``hasDecimals(_:_:)`` false for
    /// none); the column's count when there is none. The column is read a block at a time, each number
    /// tested without a branch (so the loop runs at the speed of memory), and only a block with such a
    /// number is searched for it.
    static func firstWithDecimals(_ column: [Double], onTwoThreads: Bool) -> Int {
        column.withUnsafeBufferPointer { v in
            let found = TwoThreads.inHalves(v.indices, when: onTwoThreads) { part in
                for start in stride(from: part.lowerBound, to: part.upperBound, by: blockSize) {
                    let end = min(start + blockSize, part.upperBound)
                    var any: UInt8 = 0
                    for i in start..<end { any |= hasFraction(v[i]) ? 1 : 0 }
                    if any != 0 { return (start..<end).first { hasFraction(v[$0]) } }
                }
                return nil
            }
            return found.lazy.compactMap { $0 }.first ?? v.count
        }
    }

    /// How many numbers ``firstWithDecimals(_:onTwoThreads:)`` tests, without a branch, before asking
    /// whether any had decimals.
    private static let blockSize = 1024

    /// Whether `v` has a fraction (finite, and `hasDecimals(v, 0)` false). Below 2⁵² (beyond it every
    /// double is whole), adding 2⁵² rounds `v` to a whole number and taking 2⁵² away gives that number
    /// exactly, which differs from `v` only if `v` had a fraction. False for infinities and NaN, which
    /// are not below 2⁵². Plain arithmetic, which the compiler can do for several numbers at once.
    @inline(__always)
    private static func hasFraction(_ v: Double) -> Bool {
        let size = abs(v)
        return size < 0x1p52 && (size + 0x1p52) - 0x1p52 != size
    }

    /// Whether `v` is a number of `decimals` decimal places as a file would give it: the double nearest
    /// to it, which is what reading its text gives.
    private static func hasDecimals(_ v: Double, _ decimals: Int) -> Bool {
        let scale = pow10[decimals]
        let scaled = v * scale
        guard abs(scaled) < 0x1p53 else { return true }
        // A whole number rounds to itself: converting it to an integer and back (two instructions)
        // tells so without rounding halves away from zero (a call).
        let rounded = Double(Int64(scaled)) == scaled ? scaled : scaled.rounded()
        return rounded / scale == v
    }

    /// 10⁰ to 10¹⁵, each exact.
    private static let pow10: [Double] = (0...maximumDecimals).map { n in (0..<n).reduce(1) { p, _ in p * 10 } }

    /// The points of `layer` that fall within `domain` (days as plotted): all of them, without looking
    /// at each, when the layer's extent lies within it.
    static func visible(_ layer: LayerData, domain: ClosedRange<Double>) -> Points {
        layer.extent.isWithin(domain) ? layer.points : visible(layer.points, domain: domain)
    }

    /// The points of `p` that fall within `domain` (days as plotted).
    static func visible(_ p: Points, domain: ClosedRange<Double>) -> Points {
        p.keeping { i in
            Double(p.dates[i].last.ordinal) + 1 > domain.lowerBound && Double(p.dates[i].first.ordinal) < domain.upperBound
        }
    }
}
