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

    @Test func minorTicksFillEachDecadeBetweenTheLabelledOnes() {
        // 10 to 10,000 over 400 pixels: 133 pixels a decade, room for 2…9 times each power of ten.
        let ticks = NumberTicks.log(10...10_000)
        #expect(ticks.ticks == [10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000])
        let minor = NumberTicks.logMinor(ticks.domain, ticks: ticks.ticks, pixels: 400)
        #expect(minor == [30, 40, 60, 70, 80, 90, 300, 400, 600, 700, 800, 900, 3_000, 4_000, 6_000, 7_000, 8_000, 9_000])
        // Nine decades in 300 pixels leave no room: no minor ticks.
        let wide = NumberTicks.log(0.01...10_000_000)
        #expect(NumberTicks.logMinor(wide.domain, ticks: wide.ticks, pixels: 300).isEmpty)
        #expect(NumberTicks.logMinor(wide.domain, ticks: wide.ticks, pixels: 900).count == 72)
    }

    @Test func labelledTicksThinToFitTheAxis() {
        let t = NumberTicks.log(1...10_000_000)
        #expect(t.ticks == [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000])
        // 7 decades: 400 pixels hold all of them, 100 every second (28 px apart), 40 every fourth, counted
        // down from the top, which is always labelled.
        #expect(NumberTicks.thinnedLog(t.ticks, domain: t.domain, pixels: 400) == t.ticks)
        #expect(NumberTicks.thinnedLog(t.ticks, domain: t.domain, pixels: 100) == [10, 1_000, 100_000, 10_000_000])
        #expect(NumberTicks.thinnedLog(t.ticks, domain: t.domain, pixels: 40) == [1_000, 10_000_000])
        // A short range keeps 2 and 5 while there is room, and loses them before any power of ten.
        let short = NumberTicks.log(0.001...0.1)
        #expect(NumberTicks.thinnedLog(short.ticks, domain: short.domain, pixels: 300) == short.ticks)
        #expect(NumberTicks.thinnedLog(short.ticks, domain: short.domain, pixels: 60) == [0.001, 0.01, 0.1])
    }
}
