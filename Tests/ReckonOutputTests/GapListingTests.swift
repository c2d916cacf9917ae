import ReckonAnalysis
import ReckonModel
import ReckonOutput
import ReckonTestSupport
import Testing

/// A difference across missing days prints with the days it covers, and a period that takes a share of
/// it says it was spread.
struct GapListingTests {
    @Test func theTableSaysHowManyDaysADifferenceCovers() throws {
        var options = QueryOptions()
        options.diff = true
        let table = PointsListing(try Query.run(try GapTally.series(), options).points).rendered(.table)
        #expect(table.contains("2025-01-21/2025-02-10    210  total of 21 days"), "\(table)")
        #expect(table.contains("2025-01-20                10\n"), "\(table)")
    }

    @Test func aWeekThatTakesAShareOfTheGapIsSpread() throws {
        var options = QueryOptions()
        options.diff = true
        options.every = .week
        let points = try Query.run(try GapTally.series(), options).points
        let table = PointsListing(points).rendered(.table)
        #expect(table.contains("2025-W03     70  observed"), "\(table)")
        #expect(table.contains("2025-W05     70  spread"), "\(table)")
        #expect(PointsListing(points).rendered(.json).contains("\"date\":\"2025-W05\",\"first\":\"2025-01-27\",\"last\":\"2025-02-02\",\"value\":70,\"sources\":[],\"observed\":false"))
    }
}
