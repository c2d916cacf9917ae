import ReckonModel
import Testing

@testable import ReckonChart

/// What a chart leaves out or could blur is said on the chart itself: bounds on a dense line keep their
/// arrows, a value a log axis cannot show is named in the note, and values from several sources in one
/// layer carry who gave them.
struct SaidOnTheChartTests {
    static let first = Day(year: 2025, month: 1, day: 1)!

    static func daily(
        _ count: Int, value: (Int) -> Double, qualifier: (Int) -> Qualifier? = { _ in nil },
        source: (Int) -> String = { _ in "A" }
    )
        -> Series
    {
        Series(
            id: try! SeriesID("daily"), metadata: SeriesMetadata(title: "Daily", unit: "drones", kind: .level),
            observations: (0..<count).map {
                Observation(date: ObservationDate(first + $0), value: value($0), qualifier: qualifier($0), source: source($0))
            })
    }

    @Test func boundsOnADenseLineKeepTheirArrows() throws {
        // 400 days, too dense for markers; six of them "at least".
        let bounds: Set<Int> = [50, 100, 150, 200, 250, 300]
        let series = Self.daily(400, value: { 1_000 + Double($0) }, qualifier: { bounds.contains($0) ? .atLeast : nil })
        let spec = ChartSpec(id: "d", title: "Daily", layers: [LayerSpec(series.id)])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
        #expect(scene.marks.filter { $0.kind == .point && $0.qualifier == "at least" }.count == 6)
        #expect(scene.marks.filter { $0.kind == .point }.count == 6)
        #expect(scene.legend.contains { $0.label == "at least" })
    }

    @Test func aValueALogAxisCannotShowIsNamedInTheNote() throws {
        let series = Self.daily(30, value: { $0 == 3 ? 0 : Double($0 * 10 + 5) })
        var spec = ChartSpec(id: "d", title: "Daily", note: "Counts as reported.", layers: [LayerSpec(series.id)])
        spec.y.log = true
        let output = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series])
        let note = output.scene.texts.filter { $0.role == .note }.map(\.text).joined(separator: " ")
        #expect(note == "Counts as reported. One value of zero or less is not shown: a logarithmic axis has no place for it.")
        #expect(output.warnings.contains { $0.message.contains("1 value at or below zero") })
    }

    @Test func labelsOfALayerWithSeveralSourcesSayWhoGaveThem() throws {
        let series = Self.daily(5, value: { Double($0) * 100 + 1_000 }, source: { $0 < 3 ? "Ministry" : "Monitors" })
        let spec = ChartSpec(id: "d", title: "Daily", layers: [LayerSpec(series.id, labels: PointLabels([.first, .last]))])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
        let labels = Set(scene.texts.filter { $0.role == .label }.map(\.text))
        #expect(labels == ["1,000, 1 Jan 2025 (Ministry)", "1,400, 5 Jan 2025 (Monitors)"])
        // One source: no attribution, the footer says it.
        let one = Self.daily(5, value: { Double($0) * 100 + 1_000 })
        let plain = try ChartBuilder(measure: FixedMetrics()).build(
            ChartSpec(id: "d", title: "Daily", layers: [LayerSpec(one.id, labels: PointLabels([.last]))]), series: [one]
        ).scene
        #expect(plain.texts.filter { $0.role == .label }.map(\.text) == ["1,400, 5 Jan 2025"])
    }
}
