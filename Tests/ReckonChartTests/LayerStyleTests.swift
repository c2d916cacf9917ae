import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// Every layer looks different from every other, however many there are; `highlight` greys the rest.
struct LayerStyleTests {
    func chart(layers count: Int, configure: (inout ChartSpec) -> Void = { _ in }) throws -> Scene {
        let first = Day(year: 2025, month: 1, day: 1)!
        let series = try (0..<count).map { k in
            Series(
                id: try SeriesID("s\(k)"), metadata: SeriesMetadata(title: "Series \(k)", kind: .level),
                observations: (0..<30).map { Observation(date: ObservationDate(first + $0), value: Double(k * 10 + $0 % 5)) })
        }
        var spec = ChartSpec(id: "many", title: "Many layers", layers: series.map { LayerSpec($0.id) })
        configure(&spec)
        return try ChartBuilder(measure: FixedMetrics()).build(spec, series: series).scene
    }

    @Test(arguments: [8, 10, 20])
    func layersPastThePaletteAreToldApartByTheirDash(_ count: Int) throws {
        let scene = try chart(layers: count)
        let styles = scene.layers.map { "\($0.color) \($0.dash)" }
        #expect(styles.count == count && Set(styles).count == count)
        // The legend draws each layer's swatch with its own dash.
        #expect(scene.texts.filter { $0.role == .legend }.count == count)
    }

    @Test func highlightGreysTheOtherLayers() throws {
        let scene = try chart(layers: 4) { $0.highlight = ["Series 2"] }
        let colors = scene.layers.map(\.color)
        #expect(Set([colors[0], colors[1], colors[3]]).count == 1)
        // The others are grey, as dark as the axis: told apart from the background, not from each other.
        #expect(colors[2] != colors[0] && colors[0].red == colors[0].green && colors[0].green == colors[0].blue)
        #expect(colors[0].contrast(with: scene.background) >= 3)
    }
}
