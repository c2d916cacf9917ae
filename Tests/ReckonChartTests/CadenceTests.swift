import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// The interpolated style marks points missing within a series' own rhythm, not every day between points.
struct CadenceTests {
    /// A line of monthly values, dated by month or by month end, with some months left out.
    func line(_ dates: [String]) throws -> Scene {
        let id = try SeriesID("monthly")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Monthly", kind: .level),
            observations: try dates.enumerated().map {
                Observation(date: try ObservationDate.parse($0.element), value: Double(100 + $0.offset))
            })
        let spec = ChartSpec(id: "monthly", title: "Monthly", layers: [LayerSpec(id)])
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
    }

    @Test(arguments: [
        ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"],
        ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30"],
    ])
    func aCompleteMonthlySeriesIsSolid(_ dates: [String]) throws {
        let scene = try line(dates)
        #expect(!scene.marks.contains { $0.kind == .line && $0.interpolated })
        #expect(scene.marks.filter { $0.kind == .line }.count == 1)
        #expect(!scene.texts.contains { $0.text.hasPrefix("interpolated") })
    }

    @Test func aMissingMonthIsInterpolated() throws {
        let scene = try line(["2025-01-31", "2025-02-28", "2025-03-31", "2025-05-31", "2025-06-30", "2025-07-31"])
        let dashed = scene.marks.filter { $0.kind == .line && $0.interpolated }
        #expect(dashed.count == 1)
        #expect(scene.texts.contains { $0.text == "interpolated between estimates" })
    }

    @Test func sparseEstimatesHaveNoRhythm() throws {
        // Gaps of 3, 4, 49 and 94 days: every stretch between estimates is interpolated.
        let scene = try line(["2024-10-28", "2024-10-31", "2024-11-04", "2024-12-23", "2025-03-27"])
        #expect(scene.marks.filter { $0.kind == .line && $0.interpolated }.count == 4)
    }
}
