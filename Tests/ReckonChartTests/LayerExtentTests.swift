import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// A layer's extent, found once, stands in for passes over its points: it must span exactly what they
/// span, and a layer within a domain must have every point within it.
struct LayerExtentTests {
    static func randomPoints(_ g: inout SeededGenerator) -> Points {
        var p = Points.Builder(kind: .level)
        let bounded = Bool.random(using: &g)
        for _ in 0..<Int.random(in: 0..<50, using: &g) {
            let first = Day(ordinal: Int32.random(in: 19_000...19_400, using: &g))
            let date =
                Bool.random(using: &g)
                ? ObservationDate(first)
                : ObservationDate(from: Period(first), to: Period(first + Int.random(in: 0...40, using: &g)))!
            let value = Double(Int.random(in: -500...500, using: &g))
            var low: Double?, high: Double?
            if bounded {
                low = Bool.random(using: &g) ? nil : Double(Int.random(in: -900...0, using: &g))
                high = Bool.random(using: &g) ? nil : Double(Int.random(in: 0...900, using: &g))
            }
            p.append(date: date, value: value, low: low, high: high)
        }
        return p.build()
    }

    @Test func spansWhatThePointsSpan() {
        var g = SeededGenerator()
        var within = 0
        for _ in 0..<500 {
            let p = Self.randomPoints(&g)
            let extent = LayerExtent(p)
            let firsts = p.dates.map { Double($0.first.ordinal) }, ends = p.dates.map { Double($0.last.ordinal) + 1 }
            #expect(extent.days == (p.isEmpty ? nil : firsts.min()!...ends.max()!))
            let numbers = (p.values + p.lows + p.highs).filter(\.isFinite)
            #expect(extent.numbers == (numbers.isEmpty ? nil : numbers.min()!...numbers.max()!))
            // Within a domain means no point is left out of it.
            let lower = Double(Int.random(in: 18_990...19_100, using: &g)),
                upper = Double(Int.random(in: 19_300...19_460, using: &g))
            let domain = lower...upper
            if extent.isWithin(domain) {
                within += 1
                #expect(DrawnLayer.visible(p, domain: domain).count == p.count)
            }
        }
        #expect(within > 20)
    }

    /// `count` points with numbers drawn from `numbers` (minus and plus zero among them, and values
    /// with up to six decimals), bounds on some, and NaN and infinities that count for nothing.
    static func longPoints(count: Int, seed: UInt64) -> Points {
        var g = SeededGenerator(seed: seed)
        var p = Points.Builder(kind: .level)
        let numbers: [Double] = [-0.0, 0.0, 1.5, -1.5, 0.125, 2.000_001, 7, .nan, .infinity, -.infinity, 0.1, 0.35]
        for i in 0..<count {
            let day = Day(ordinal: Int32(10_000 + i / 3))
            let value = numbers.randomElement(using: &g)!
            let bounded = Int.random(in: 0..<5, using: &g) == 0
            p.append(date: ObservationDate(day), value: value, low: bounded ? value - 1 : nil, high: bounded ? value + 2 : nil)
        }
        return p.build()
    }

    /// Found in two halves at once, the extent is the one pass's, to the sign of a zero; so are the
    /// decimals a series' numbers have.
    @Test func twoThreadsFindWhatOnePassFinds() {
        for seed in 1...4 as ClosedRange<UInt64> {
            let p = Self.longPoints(count: 200_001, seed: seed)
            let (one, two) = (LayerExtent(p), LayerExtent(p, onTwoThreads: true))
            #expect(two == one, "seed \(seed)")
            #expect(two.numbers?.lowerBound.sign == one.numbers?.lowerBound.sign)
            #expect(two.numbers?.upperBound.sign == one.numbers?.upperBound.sign)
            let observations = Observations(
                (0..<p.count).map { i in Observation(date: p.dates[i], value: p.values[i].isNaN ? nil : p.values[i]) })
            let decimals = DrawnLayer.decimals(observations)
            #expect(DrawnLayer.decimals(observations, onTwoThreads: true) == decimals)
            #expect(decimals == 6, "2.000001 has six")
        }
        // Only zeros: which of the two is the lowest and the highest is decided by order alone.
        var zeros = Points.Builder(kind: .level)
        for i in 0..<200_000 { zeros.append(date: ObservationDate(Day(ordinal: Int32(i))), value: i < 150_000 ? 0.0 : -0.0) }
        let z = zeros.build()
        let (one, two) = (LayerExtent(z), LayerExtent(z, onTwoThreads: true))
        #expect(one.numbers?.lowerBound.sign == .plus && one.numbers?.upperBound.sign == .minus)
        #expect(two.numbers?.lowerBound.sign == .plus && two.numbers?.upperBound.sign == .minus)
    }
}
