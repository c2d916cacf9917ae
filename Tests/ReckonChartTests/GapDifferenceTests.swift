import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// A running total with 20 days missing: its difference across the gap is a total for those days, not
/// a day's count, and what is made from it says so.
struct GapDifferenceTests {
    @Test func weeksThatTakeAShareOfTheGapAreSpreadNotObserved() throws {
        var options = QueryOptions()
        options.diff = true
        options.every = .week
        let weeks = try Query.run(try GapTally.series(), options).points
        let spread = (0..<weeks.count).filter { !weeks.isObserved($0) }.map { weeks.dates[$0].description }
        // The gap's difference covers 21 January to 10 February: weeks 4 to 7 take a share of it.
        #expect(spread == ["2025-W04", "2025-W05", "2025-W06", "2025-W07"])
        #expect(weeks.values.allSatisfy { $0 <= 70 })
    }

    /// The daily chart draws the gap's 210 as 10 a day across its 21 days, hatched, with a legend entry;
    /// the axis is not stretched to 210.
    @Test func theDailyChartSpreadsTheGapAsARate() throws {
        var spec = ChartSpec(id: "gap")
        var layer = LayerSpec(series: try SeriesID("gap"))
        layer.mark = .bar
        layer.query.diff = true
        spec.layers = [layer]
        let output = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [try GapTally.series()])
        let scene = output.scene
        let gap = try #require(scene.marks.first { $0.date == "2025-01-21/2025-02-10" })
        let day = try #require(scene.marks.first { $0.date == "2025-01-05" })
        #expect(gap.interpolated && abs(gap.box.y - day.box.y) < 0.01)
        #expect(gap.box.width > 15 * day.box.width)
        #expect(scene.texts.contains { $0.text == "spread evenly from a total over more days" })
        let ticks = scene.texts.filter { $0.role == .tickY }.compactMap {
            Double($0.text.replacingOccurrences(of: ",", with: ""))
        }
        #expect((ticks.max() ?? 0) < 50)
    }
}
