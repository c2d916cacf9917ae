import Foundation
import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// Charts built in Swift are the charts `reckon.yaml` describes.
struct CodeFirstTests {
    /// The README's chart, written in Swift.
    func readmeChartInSwift() throws -> ChartSpec {
        let troops = try SeriesID("nk-troops-in-russia")
        var query = QueryOptions()
        query.interpolate = .monotone
        var spec = ChartSpec(
            id: "nk-troops", title: "North Korean troops in Russia", subtitle: "Estimates of troops deployed, by who made them",
            note: "The United States estimate covers troops in Russia's Kursk region.",
            x: .init(from: Day(year: 2024, month: 10, day: 1), to: Day(year: 2025, month: 4, day: 30)),
            y: .init(min: 0, max: 12000, label: "troops", format: .number, zero: true),
            layers: [
                LayerSpec(
                    troops, mark: .line, label: "Troops deployed", color: Color(hex: "#0072B2"), labels: true, query: query,
                    by: .source, consensus: true),
                LayerSpec(troops, trend: .drift, project: CalendarSpan(count: 90, unit: .d)),
            ],
            annotations: [
                Annotation(.day(Day(year: 2025, month: 3, day: 27)!), label: "JCS report"),
                Annotation(
                    .span(Day(year: 2025, month: 1, day: 1)!, Day(year: 2025, month: 2, day: 28)!), label: "Reinforcements"),
                Annotation(.value(10000), label: "10,000"),
                Annotation(.point(Day(year: 2025, month: 3, day: 27)!, 11000), label: "JCS"),
            ])
        spec.scale = 2
        spec.y.bands = [ValueBand(from: 10000, to: 12000, label: "Intelligence estimates")]
        spec.formats = [.png, .svg, .pdf]
        spec.themes = [.light, .dark]
        spec.sizes = [ChartSpec.Size(width: 375, height: 300), ChartSpec.Size(width: 640)]
        spec.svg = .cairo
        spec.archive = true
        spec.locale = "en-GB"
        spec.highlight = ["South Korea Joint Chiefs of Staff"]
        return spec
    }

    @Test func theYAMLReaderAndTheSwiftAPIMakeEqualSpecs() throws {
        let readme = try String(contentsOfFile: Sample.repository + "/README.md", encoding: .utf8)
        let marker = try #require(readme.range(of: "A chart in `reckon.yaml`:"))
        let open = try #require(readme.range(of: "```yaml\n", range: marker.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        let (charts, diagnostics) = ChartConfig.parse(
            String(readme[open.upperBound..<close.lowerBound]), path: "README.md",
            series: [try SeriesID("nk-troops-in-russia"): .level])
        #expect(diagnostics.isEmpty)
        var parsed = try #require(charts.first)
        // Where the YAML was written is bookkeeping, not meaning.
        parsed.line = 0
        for i in parsed.layers.indices { parsed.layers[i].line = 0 }
        #expect(parsed == (try readmeChartInSwift()))
    }

    @Test func aChartFromSeriesInMemory() throws {
        let id = try SeriesID("drones")
        let first = Day(year: 2025, month: 1, day: 1)!
        let series = Series(
            id: id, metadata: SeriesMetadata(title: "Drones", unit: "drones", kind: .count),
            observations: (0..<60).map { Observation(date: ObservationDate(first + $0), value: Double(40 + $0 % 7)) })
        var query = QueryOptions()
        query.every = .week
        let spec = ChartSpec(id: "drones", title: "Drones a week", layers: [LayerSpec(id, mark: .bar, query: query)])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [series]).scene
        #expect(scene.marks.filter { $0.kind == .bar }.count == 9)
        #expect(scene.texts.first?.text == "Drones a week")
        #expect(throws: ChartError.self) { try ChartBuilder(measure: FixedMetrics()).build(spec, series: []) }
    }

    /// Any error a loader throws fails the chart with the series named, not a crash or a lost message.
    @Test func aLoaderMayThrowItsOwnErrors() throws {
        struct Offline: Error, CustomStringConvertible { var description: String { "the archive is offline" } }
        let spec = ChartSpec(id: "x", layers: [LayerSpec(try SeriesID("gone"))])
        let error = try #require(throws: ChartError.self) {
            try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec) { _ in throw Offline() }
        }
        #expect(error.description == "error: series 'gone': the archive is offline")
    }
}
