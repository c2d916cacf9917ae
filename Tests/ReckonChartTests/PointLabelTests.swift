import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// `labels:` names the points that carry a value label: all, none, first, last, max, min or days.
struct PointLabelTests {
    /// A dense daily line, too dense for markers: labels still go where they are asked for.
    func chart(_ labels: PointLabels) throws -> Scene {
        let first = Day(year: 2025, month: 1, day: 1)!
        let values = (0..<400).map { Double(1000 + ($0 * 37) % 500) }
        let id = try SeriesID("daily")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Daily", kind: .level),
            observations: values.enumerated().map { Observation(date: ObservationDate(first + $0.offset), value: $0.element) })
        let spec = ChartSpec(id: "daily", title: "Daily", layers: [LayerSpec(id, labels: labels)])
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
    }

    @Test func theLastTheHighestAndTheLowest() throws {
        let labels = try chart(PointLabels([.last, .max, .min])).texts.filter { $0.role == .label }.map(\.text)
        // 1000 + (i·37 mod 500): the last day (i = 399) is 1,263; the highest 1,499 first on day 27; the lowest 1,000 on day 0.
        #expect(labels.contains("1,263, 4 Feb 2026"))
        #expect(labels.contains("1,499, 28 Jan 2025"))
        #expect(labels.contains("1,000, 1 Jan 2025"))
        #expect(labels.count == 3)
    }

    @Test func labelsOnGivenDays() throws {
        let labels = try chart(PointLabels(days: [Day(year: 2025, month: 6, day: 1)!])).texts.filter { $0.role == .label }
        // Day 151: 1000 + (151·37 mod 500) = 1,087.
        #expect(labels.map(\.text) == ["1,087, 1 Jun 2025"])
    }

    @Test func theReaderTakesWordsDaysAndLists() throws {
        let yaml = """
            charts:
              - id: a
                layers:
                  - {series: troops, labels: [last, max, 2025-03-27]}
                  - {series: troops, labels: true}
                  - {series: troops, labels: none}
                  - {series: troops, labels: middle}
            """
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: [try SeriesID("troops"): .level])
        #expect(
            diagnostics.map(\.description) == [
                "reckon.yaml:7:34: error: 'labels': 'middle' is not all, none, first, last, max, min or a day (YYYY-MM-DD)"
            ])
        #expect(charts.isEmpty)
        let (good, _) = ChartConfig.parse(
            String(yaml.split(separator: "\n").dropLast().joined(separator: "\n")), path: "reckon.yaml",
            series: [try SeriesID("troops"): .level])
        let layers = try #require(good.first).layers
        #expect(layers[0].labels == PointLabels([.last, .max], days: [Day(year: 2025, month: 3, day: 27)!]))
        #expect(layers[1].labels == .all && layers[2].labels == .none)
    }
}

/// `labels: true` on a line too dense to label every point labels the points a reader would pick.
struct DenseLabelTests {
    @Test func allLabelsOnlyPointsSparseEnoughToTellApart() throws {
        let first = Day(year: 2000, month: 1, day: 1)!
        let id = try SeriesID("dense")
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Dense", kind: .level),
            observations: (0..<20_000).map { Observation(date: ObservationDate(first + $0), value: Double($0 % 97)) })
        let spec = ChartSpec(id: "dense", title: "Dense", layers: [LayerSpec(id, labels: PointLabels([.all, .last]))])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
        // "all" gives way to the last point (day 19,999: 19,999 mod 97 = 17, on 3 Oct 2054), the highest
        // (96 first on day 96, 6 Apr 2000) and the lowest, which is the first (0 on 1 Jan 2000).
        #expect(
            scene.texts.filter { $0.role == .label }.map(\.text) == ["17, 3 Oct 2054", "96, 6 Apr 2000", "0, 1 Jan 2000"])
    }
}
