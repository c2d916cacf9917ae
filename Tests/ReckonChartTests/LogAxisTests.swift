import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// On a log axis, zero and negative values are left out: the line stays open there, and the chart says so.
struct LogAxisTests {
    @Test func valuesAtOrBelowZeroLeaveAnOpenGapAndOneWarning() throws {
        let first = Day(year: 2025, month: 1, day: 1)!
        let values: [Double] = [10, 20, 40, 0, -5, 80, 160, 320]
        let id = try SeriesID("growth")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Growth", kind: .level),
            observations: values.enumerated().map {
                Observation(date: ObservationDate(first + $0.offset * 10), value: $0.element)
            })
        let spec = ChartSpec(id: "log", title: "Growth", y: .init(log: true), layers: [LayerSpec(id)])
        let output = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec, series: [series])
        let scene = output.scene
        #expect(
            output.warnings.map(\.message) == [
                "chart 'log': 2 values at or below zero cannot be drawn on a log axis and are left out (the first on 2025-01-31); the line stays open there"
            ])
        // A point every 10 days is the series' rhythm: one solid run on each side of the gap, none across it.
        let lines = scene.marks.filter { $0.kind == .line }
        #expect(lines.count == 2 && lines.allSatisfy { !$0.interpolated })
        let points = scene.marks.filter { $0.kind == .point }
        #expect(points.count == 6 && points.allSatisfy { ($0.value ?? 0) > 0 })
        let left = try #require(points.first { $0.date == "2025-01-21" }),
            right = try #require(points.first { $0.date == "2025-02-20" })
        #expect(!lines.contains { $0.box.x < left.box.maxX - 1 && $0.box.maxX > right.box.x + 1 })
        // Everything drawn lies in the plot: nothing comes from beyond the axis.
        #expect(lines.allSatisfy { $0.box.y >= 0 && $0.box.maxY <= 675 })
    }
}
