import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

#if canImport(Glibc)
    import Glibc
#endif

struct AltTextTests {
    func fit(_ fit: TrendFit, _ values: [Double]) throws -> Trend {
        let first = Day(year: 2025, month: 1, day: 1)!
        let series = Series(
            id: try SeriesID("t"), metadata: SeriesMetadata(kind: .level),
            observations: values.enumerated().map { Observation(date: ObservationDate(first + $0.offset), value: $0.element) })
        return try Trend.fit(fit, to: try Query.run(series, QueryOptions()).points)
    }

    /// A trend is described in its own terms: units a day for lines, a rate a month for growth.
    @Test func trendsAreDescribedInTheirOwnTerms() throws {
        #expect(AltText.trendWords(try fit(.linear, (0..<30).map { 100 + 3 * Double($0) })) == "rising 3 a day")
        #expect(AltText.trendWords(try fit(.linear, (0..<30).map { 100 - 0.02 * Double($0) })) == "falling 0.02 a day")
        #expect(AltText.trendWords(try fit(.linear, [5, 5, 5])) == "flat")
        // Doubling every average month: 100% a month, where a change a day would read "0".
        let month = Trend.daysPerMonth
        let doubling = (0..<90).map { 1000 * pow(2, Double($0) / month) }
        #expect(AltText.trendWords(try fit(.exponential, doubling)) == "rising 100% a month")
    }

    /// The points the text mentions: the first and last, and the first highest and first lowest of
    /// those with a value, found as a look at each point in turn finds them (ranges passed over; a NaN
    /// later on is never higher or lower than another number, and one that comes first stays both).
    @Test func mentionsTheFirstHighestAndLowestValue() {
        var g = SeededGenerator(seed: 9)
        let numbers: [Double] = [-3, 0, 2, 2, 5, 5, .nan, .infinity]
        for _ in 0..<500 {
            var b = Points.Builder(kind: .level)
            let ranges = Bool.random(using: &g)
            for i in 0..<Int.random(in: 1..<12, using: &g) {
                let rangeOnly = ranges && Int.random(in: 0..<3, using: &g) == 0
                b.append(
                    date: ObservationDate(Day(ordinal: Int32(i))), value: numbers.randomElement(using: &g)!,
                    low: rangeOnly ? 1 : nil, high: rangeOnly ? 9 : nil, rangeOnly: rangeOnly)
            }
            let p = b.build()
            var hi: Int?, lo: Int?
            for i in 0..<p.count where p.hasValue(i) {
                if hi == nil || p.values[hi!] < p.values[i] { hi = i }
                if lo == nil || p.values[i] < p.values[lo!] { lo = i }
            }
            let mentions = AltText.mentioned(p)
            let last = p.count - 1
            let highest = hi.flatMap { $0 > 0 && $0 != last ? $0 : nil }
            #expect(mentions?.highest == highest, "\(p.values)")
            #expect(mentions?.lowest == lo.flatMap { $0 > 0 && $0 != last && $0 != highest ? $0 : nil }, "\(p.values)")
        }
    }
}
