import ReckonAnalysis
import ReckonModel
import Testing

@testable import ReckonChart

/// A bar is read by its length from zero: an axis that cuts bars short is refused unless the spec says
/// the axis is broken, and then the chart draws the break.
struct BarBaselineTests {
    let kinds: [SeriesID: SeriesKind] = [try! SeriesID("sent"): .count]

    @Test(arguments: [
        (
            "y: {min: 500}",
            "reckon.yaml:5:8: error: bars are read by their length from zero; 'min: 500' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        ),
        (
            "y: {zero: false}",
            "reckon.yaml:5:8: error: bars are read by their length from zero; 'zero: false' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        ),
        (
            "y: {max: -5}",
            "reckon.yaml:5:8: error: bars are read by their length from zero; 'max: -5' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        ),
    ])
    func anAxisThatCutsBarsIsRefusedAtTheYNode(_ y: String, _ expected: String) {
        let yaml = "charts:\n  - id: a\n    layers:\n      - {series: sent, mark: bar}\n    \(y)\n"
        let (_, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.map(\.description) == [expected])
        let broken = yaml.replacingOccurrences(of: y, with: y.dropLast() + ", broken-axis: true}")
        let (charts, none) = ChartConfig.parse(broken, path: "reckon.yaml", series: kinds)
        #expect(none.isEmpty && charts.first?.y.brokenAxis == true)
    }

    /// Lines may start where the data does; only bars need zero.
    @Test func linesMayStartAboveZero() {
        let yaml = "charts:\n  - id: a\n    layers:\n      - {series: sent, mark: line}\n    y: {min: 500}\n"
        #expect(ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds).1.isEmpty)
    }

    func spec(broken: Bool) throws -> (ChartSpec, Series) {
        let first = Day(year: 2025, month: 1, day: 1)!
        let series = Series(
            id: try SeriesID("sent"), metadata: SeriesMetadata(kind: .count),
            observations: (0..<5).map { Observation(date: ObservationDate(first + $0), value: 600 + 10 * Double($0)) })
        var spec = ChartSpec(id: "a")
        var layer = LayerSpec(series: try SeriesID("sent"))
        layer.mark = .bar
        spec.layers = [layer]
        spec.y.min = 500
        spec.y.brokenAxis = broken
        return (spec, series)
    }

    /// The library refuses the same spec as the file, and draws a broken axis with its break: a gap
    /// the background's colour across the plot, edged in the axis colour.
    @Test func theLibraryRefusesAndDrawsTheSame() throws {
        let (refused, series) = try spec(broken: false)
        #expect(throws: ChartError.self) { try ChartBuilder(measure: FixedMetrics()).build(refused, series: [series]) }
        let (broken, _) = try spec(broken: true)
        let output = try ChartBuilder(measure: FixedMetrics()).build(broken, series: [series])
        let theme = Theme(broken)
        let paths = Self.paths(output.scene.items)
        let gaps = paths.filter { $0.fill == theme.background && $0.elements.count > 20 }
        #expect(gaps.count == 1)
        let edges = paths.filter { $0.stroke?.color == theme.axis && $0.elements.count > 20 }
        #expect(edges.count == 2)
    }

    /// Every path of `items`, groups opened.
    static func paths(_ items: [SceneItem]) -> [Path] {
        items.flatMap { item -> [Path] in
            switch item {
            case .path(let p): [p]
            case .text: []
            case .group(_, _, let inner): paths(inner)
            }
        }
    }
}
