import ReckonAnalysis
import ReckonModel
import Testing

@testable import ReckonChart

/// A trend layer's legend names its model, says when its projection starts off the data, and shows a
/// band swatch only when a band is drawn.
struct ProjectionLegendTests {
    /// A total that grows faster and faster, for `days` days.
    func curving(_ days: Int) throws -> Series {
        let first = Day(year: 2025, month: 1, day: 1)!
        return Series(
            id: try SeriesID("t"), metadata: SeriesMetadata(kind: .cumulative),
            observations: (0..<days).map { Observation(date: ObservationDate(first + $0), value: 1_000 + Double($0 * $0)) })
    }

    func legend(_ fit: TrendFit, days: Int) throws -> [String] {
        var spec = ChartSpec(id: "t")
        var data = LayerSpec(series: try SeriesID("t"))
        data.label = "Reported"
        let trend = LayerSpec(
            try SeriesID("t"), trend: fit, project: CalendarSpan(count: 30, unit: .d))
        spec.layers = [data, trend]
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [try curving(days)]).scene
        return scene.texts.filter { $0.role == .legend }.map(\.text)
    }

    @Test func aFittedLineThatEndsOffTheDataSaysSo() throws {
        let names = try legend(.linear, days: 40)
        #expect(
            names.contains {
                $0.hasPrefix("Least-squares line (no prediction interval; starts ") && $0.hasSuffix(" below the last value)")
            }, "\(names)")
        #expect(!names.contains("95% prediction interval"))
    }

    /// The legend, the name and the band agree: no band, a band part of the way (said), or a full band.
    @Test func aDriftNamesItsModelAndShowsItsBandWhenItHasOne() throws {
        let short = try legend(.drift, days: 40)
        #expect(
            short.contains("Random walk with drift (no prediction interval)") && !short.contains("95% prediction interval"),
            "\(short)")
        let partial = try legend(.drift, days: 120)
        #expect(
            partial.contains { $0.hasPrefix("Random walk with drift (prediction interval to ") && $0.hasSuffix(" only)") },
            "\(partial)")
        #expect(partial.contains("95% prediction interval"), "\(partial)")
        let long = try legend(.drift, days: 900)
        #expect(long.contains("Random walk with drift") && long.contains("95% prediction interval"), "\(long)")
    }
}
