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
}
