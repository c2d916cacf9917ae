import ReckonAnalysis
import ReckonModel
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
}
