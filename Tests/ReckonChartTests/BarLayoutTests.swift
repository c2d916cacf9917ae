import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// Several bar layers: side by side by default, stacked when asked; never one bar over another.
struct BarLayoutTests {
    /// Two monthly count series over the same months, in one unit.
    func chart(stack: Bool, labels: Bool = false, unitB: String = "drones", yLabel: String? = nil) throws -> Scene {
        func series(_ name: String, _ unit: String, _ value: (Int) -> Double) throws -> Series {
            Series(
                id: try SeriesID(name), metadata: SeriesMetadata(title: name, unit: unit, kind: .count),
                observations: (0..<6).map { m in
                    Observation(date: try! ObservationDate.parse("2025-0\(m + 1)"), value: value(m))
                })
        }
        let a = try series("a", "drones", { 100 + Double($0) * 10 }), b = try series("b", unitB, { $0 == 2 ? -30 : 50 })
        var spec = ChartSpec(
            id: "bars", title: "Bars", y: .init(label: yLabel),
            layers: [
                LayerSpec(a.id, mark: .bar, labels: labels ? .all : .none),
                LayerSpec(b.id, mark: .bar, labels: labels ? .all : .none),
            ])
        spec.stack = stack
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: [a, b]).scene
    }

    @Test func barLayersStandSideBySideAndNeverOverlap() throws {
        let scene = try chart(stack: false)
        let bars = scene.marks.filter { $0.kind == .bar }
        #expect(bars.count == 12)
        for (i, x) in bars.enumerated() {
            for y in bars[(i + 1)...] where x.layer != y.layer {
                #expect(!x.box.intersects(y.box), "\(x.date ?? "") of \(x.layer) and \(y.layer)")
            }
        }
        // In each month, the first layer's bar is left of the second's, and both lie within the month.
        let a = bars.filter { $0.layer == "layer-1" }, b = bars.filter { $0.layer == "layer-2" }
        for (x, y) in zip(a, b) { #expect(x.date == y.date && x.box.maxX <= y.box.x + 0.01) }
    }

    @Test func stackedBarsStartWhereTheBarsBelowEnd() throws {
        let scene = try chart(stack: true)
        let a = scene.marks.filter { $0.kind == .bar && $0.layer == "layer-1" }
        let b = scene.marks.filter { $0.kind == .bar && $0.layer == "layer-2" }
        #expect(a.count == 6 && b.count == 6)
        for (x, y) in zip(a, b) {
            #expect(x.box.x == y.box.x && x.box.width == y.box.width)
            if y.value! >= 0 {
                // Above the first layer's bar: its bottom is the other's top.
                #expect(abs(y.box.maxY - x.box.y) < 0.01)
            } else {
                // Negative values stack below zero, under nothing of the other layer's.
                #expect(y.box.y >= x.box.maxY - 0.01)
            }
        }
        // The axis reaches the highest stack: 150 + 50.
        #expect(scene.texts.contains { $0.role == .tickY && $0.text == "200" })
    }

    @Test func barsCarryTheirValueLabels() throws {
        let scene = try chart(stack: false, labels: true)
        let labels = scene.texts.filter { $0.role == .label }.map(\.text)
        // A negative value takes the minus sign, as the axis does.
        #expect(labels.contains("150") && labels.contains("−30") && !labels.contains("-30"))
    }

    @Test func layersInDifferentUnitsNeedANamedAxis() throws {
        #expect(throws: ChartError.self) { try chart(stack: false, unitB: "personnel") }
        let named = try chart(stack: false, unitB: "personnel", yLabel: "per month")
        #expect(named.texts.contains { $0.role == .unit && $0.text == "per month" })
    }

    /// A named axis lets different units stand side by side, never add up in a stack.
    @Test func layersInDifferentUnitsAreNeverStacked() throws {
        let error = #expect(throws: ChartError.self) { try chart(stack: true, unitB: "personnel", yLabel: "per month") }
        #expect(error?.description.contains("stacked bars add up") == true)
        #expect(try chart(stack: true, yLabel: "per month").marks.contains { $0.kind == .bar })
    }
}
