import ReckonChart
import ReckonModel
import Testing

/// A layer's look is settled once a chart: its legend key shows markers exactly when its line draws
/// them, however wide the value axis' labels or however narrow the panels of small multiples.
struct LayerLookTests {
    /// Two series of `count` estimates, around `scale`, days apart at no steady rhythm (a line of
    /// separate estimates, keyed by its marker when it draws them), every third "about" (explained in
    /// the legend, with a marker, when markers show it).
    func series(count: Int, scale: Double) throws -> [Series] {
        let first = Day(year: 2024, month: 1, day: 1)!
        let gaps = [5, 9, 6, 11, 7, 8]
        let days = (0..<count).map { i in (0..<i).reduce(0) { $0 + gaps[$1 % gaps.count] } }
        return try (0..<2).map { k in
            Series(
                id: try SeriesID("s\(k)"), metadata: SeriesMetadata(title: "Series \(k)", kind: .level),
                observations: (0..<count).map { i in
                    Observation(
                        date: ObservationDate(first + days[i]), value: scale * Double(10 + k + i % 3),
                        qualifier: i % 3 == 0 ? .about : nil)
                })
        }
    }

    /// Whether the legend draws a marker (a circle) as some layer's key.
    func legendShowsMarkers(_ scene: Scene) -> Bool {
        scene.items.contains { item in
            guard case .group("legend", _, let items) = item else { return false }
            return items.contains { inner in
                guard case .path(let path) = inner else { return false }
                return path.elements.contains { if case .circle = $0 { true } else { false } }
            }
        }
    }

    func agree(count: Int, scale: Double, facet: ChartSpec.Facet) throws {
        let series = try series(count: count, scale: scale)
        var spec = ChartSpec(id: "look", title: "Weekly estimates", layers: series.map { LayerSpec($0.id) })
        (spec.width, spec.height, spec.facet) = (800, 450, facet)
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: series).scene
        let drawsMarkers = scene.marks.contains { $0.kind == .point }
        #expect(legendShowsMarkers(scene) == drawsMarkers, "\(count) points: markers drawn \(drawsMarkers)")
    }

    /// Small multiples: a panel is about half as wide as one plot, and its lines were drawn without
    /// markers while the legend, reckoning with the whole chart's width, showed them.
    @Test(arguments: Array(stride(from: 20, through: 140, by: 10)))
    func panelsKeyMarkersOnlyWhereTheirLinesDrawThem(_ count: Int) throws {
        try agree(count: count, scale: 1, facet: .series)
    }

    /// Wide value labels (billions) make the plot narrower than the legend reckoned with.
    @Test(arguments: Array(stride(from: 80, through: 125, by: 5)))
    func onePlotKeysMarkersOnlyWhereItsLinesDrawThem(_ count: Int) throws {
        try agree(count: count, scale: 1e9, facet: .none)
    }
}
