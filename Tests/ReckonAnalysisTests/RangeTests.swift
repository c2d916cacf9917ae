import ReckonAnalysis
import ReckonModel
import ReckonOutput
import Testing

/// Ranges stay ranges: each expectation is worked out by hand from the rule it tests.
struct RangeTests {
    /// The sample's range estimate between two values.
    let troops = series(
        .level,
        [
            observation("2024-11-04", 11000, source: "Ukrainian intelligence"),
            observation("2024-12-23", nil, low: 11000, high: 12000, source: "HNGN"),
            observation("2025-03-27", 11000, qualifier: .about, source: "South Korea Joint Chiefs of Staff"),
        ])

    @Test func aRowWithOnlyBoundsHasNoValue() throws {
        let p = try run(troops).points
        #expect((0..<3).map(p.hasValue) == [true, false, true])
        #expect(p.value(1) == nil && p.low(1) == 11000 && p.high(1) == 12000)
        // Its middle only places an interpolated line.
        #expect(p.values[1] == 11500)
    }

    @Test func theTablePrintsTheRangeCSVLeavesTheValueEmptyJSONLeavesItOut() throws {
        let listing = PointsListing(try run(troops).points)
        #expect(listing.rendered(.table).contains("2024-12-23  11,000–12,000  11,000  12,000"))
        #expect(listing.rendered(.csv).split(separator: "\n")[2] == "2024-12-23,,11000,12000")
        let json = listing.rendered(.json).split(separator: "\n")[2]
        #expect(!json.contains("\"value\"") && json.contains("\"low\":11000,\"high\":12000"))
    }

    @Test func combiningTakesTheValueFromSourcesThatGaveOneAndTheEnvelopeOfAll() throws {
        let s = series(
            .level,
            [
                observation("2025-01-01", 10000, source: "A"),
                observation("2025-01-01", nil, low: 9000, high: 14000, source: "B"),
                observation("2025-01-01", 12000, source: "C"),
            ])
        let p = try run(s).points
        // The median of 10,000 and 12,000; B's range is not a number to take the median of.
        #expect(p.values == [11000] && p.hasValue(0))
        #expect(p.low(0) == 9000 && p.high(0) == 14000)
    }

    @Test func aDateWhereEverySourceGaveARangeStaysARange() throws {
        let s = series(
            .level,
            [
                observation("2025-01-01", nil, low: 10000, high: 12000, source: "A"),
                observation("2025-01-01", nil, low: 11000, high: 13000, source: "B"),
            ])
        let p = try run(s).points
        #expect(!p.hasValue(0) && p.low(0) == 10000 && p.high(0) == 13000)
        #expect(PointsListing(p).rendered(.table).contains("10,000–13,000"))
    }

    @Test func aSideOneSourceLeftOpenStaysOpen() throws {
        let s = series(
            .level,
            [
                observation("2025-01-01", nil, low: 10000, source: "A"),
                observation("2025-01-01", 11000, source: "B"),
            ])
        let p = try run(s).points
        #expect(p.value(0) == 11000 && p.low(0) == 10000 && p.high(0) == nil)
        #expect(RangeText.describe(low: 10000, high: nil) == "at least 10,000")
    }

    @Test func differencesLeaveARangeOutAndSaySo() throws {
        let s = series(
            .cumulative,
            [
                observation("2025-01-01", 100), observation("2025-01-02", nil, low: 110, high: 130),
                observation("2025-01-03", 150),
            ])
        let r = try run(s) { $0.diff = true }
        // 150 - 100 over the two days after 1 January; the range is not subtracted.
        #expect(r.points.values == [50] && r.points.dates.map(\.description) == ["2025-01-02/2025-01-03"])
        #expect(r.warnings.map(\.message) == ["the estimate for 2025-01-02 is only a range (110–130); differences leave it out"])
    }

    @Test func aRangeOwnDateStaysARangeAndDaysBetweenAreInterpolated() throws {
        let p = try run(troops) { $0.at = [day("2024-12-23"), day("2025-02-01")] }.points
        #expect(!p.hasValue(0) && p.low(0) == 11000 && p.high(0) == 12000 && p.isObserved(0))
        #expect(p.hasValue(1) && !p.isObserved(1))
        #expect(p.values[1] > 11000 && p.values[1] < 11500)
    }

    @Test func trendsLeaveRangesOutAndCountThem() throws {
        let t = try Trend.fit(.linear, to: try run(troops).points)
        #expect(t.n == 2 && t.leftOutRanges == 1)
        #expect(TrendListing(t).rendered(.table).contains("left out              1 estimate that gave only a range"))
    }

    @Test func bySourceListsEachSourceInTheOrderOfItsFirstEstimate() throws {
        let groups = try BySource.run(troops, QueryOptions())
        #expect(groups.map(\.source) == ["Ukrainian intelligence", "HNGN", "South Korea Joint Chiefs of Staff"])
        let listing = PointsListing(bySource: groups.map { ($0.source, $0.result.points) })
        let csv = listing.rendered(.csv).split(separator: "\n")
        #expect(csv[0] == "date,source,value,low,high")
        #expect(csv[2] == "2024-12-23,HNGN,,11000,12000")
        #expect(listing.rendered(.json).contains("\"source\":\"South Korea Joint Chiefs of Staff\",\"value\":11000"))
    }

    @Test func rowsWithoutASourceAreTheirOwnGroup() throws {
        let s = series(.level, [observation("2025-01-01", 1), observation("2025-01-02", 2, source: "A")])
        let groups = try BySource.run(s, QueryOptions())
        #expect(groups.map(\.source) == ["", "A"])
        #expect(BySource.label("") == "no source named")
    }
}
