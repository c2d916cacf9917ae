import ReckonAnalysis
import ReckonModel
import Testing

@testable import ReckonChart

/// A stress set in the spirit of a newsroom's worst day: mixed marks in any spec order, bars and
/// lines together, annotations crowding their points, dense daily lines with labels, ten layers, long
/// texts, every locale; from 320x240 to 2400x1350, light and dark. Every chart passes the scene audit
/// (texts 3 px apart and on the canvas, no line through a text, every legend swatch drawn and none
/// twice, contrast), and every label asked for is drawn or named in a warning.
struct StressAuditTests {
    static let sizes = [(320, 240), (375, 300), (640, 360), (1200, 675), (2400, 1350)]
    static let first = Day(year: 2024, month: 10, day: 1)!

    static func series(
        _ id: String, _ points: [(Int, Double)], unit: String = "troops", kind: SeriesKind = .level,
        qualifier: Qualifier? = nil, sources: [String] = ["Source A"]
    ) -> Series {
        Series(
            id: try! SeriesID(id), metadata: SeriesMetadata(title: id, unit: unit, kind: kind),
            observations: points.enumerated().map { k, p in
                Observation(
                    date: ObservationDate(first + p.0), value: p.1, qualifier: qualifier, source: sources[k % sources.count])
            })
    }

    /// A cumulative daily tally over 600 days, rising unevenly.
    static let tally = series(
        "tally", (0..<600).map { ($0, Double($0 * 90 + ($0 * 37 % 11) * 40)) }, unit: "drones", kind: .cumulative)
    static let estimates = series(
        "estimates", [(27, 10_000), (30, 8_000), (34, 11_000), (83, 11_500), (177, 11_000), (240, 12_500)],
        qualifier: .about, sources: ["US Department of Defense", "Ukrainian intelligence", "South Korea Joint Chiefs of Staff"])
    static let sent = series("sent", [(95, 3_000), (160, 1_500)], qualifier: .atLeast)
    static let floor = series("floor", (0..<30).map { ($0 * 8, 6_000 + Double($0 * 40)) }, qualifier: .atLeast)

    /// The stress charts: name, spec, series.
    static var charts: [(String, ChartSpec, [Series])] {
        var out: [(String, ChartSpec, [Series])] = []
        // A bar listed after a line, an area first, points last.
        var mixed = ChartSpec(
            id: "mixed", title: "North Korean troops in Russia, by estimate and by what was sent",
            subtitle: "Bars are troops sent over a period; the line joins the estimates",
            note: "The first estimate counts troops in the Kursk region only.",
            layers: [
                LayerSpec(floor.id, mark: .area, label: "At least, by the lowest count"),
                LayerSpec(estimates.id, mark: .line, label: "Estimates", labels: true),
                LayerSpec(sent.id, mark: .bar, label: "Sent over the period"),
                LayerSpec(estimates.id, mark: .points, label: "Each estimate"),
            ])
        mixed.annotations = [
            Annotation(.day(first + 30), label: "First clashes in Kursk"),
            Annotation(.day(first + 36), label: "Reinforcements"),
            Annotation(.point(first + 177, 11_000), label: "Joint Chiefs' count"),
        ]
        out.append(("mixed marks", mixed, [floor, estimates, sent]))
        // A dense daily tally with its every point asked for, and a note on its peak.
        var dense = ChartSpec(
            id: "dense", title: "Drones downed since October 2024",
            layers: [LayerSpec(tally.id, label: "Running total", labels: true)])
        dense.annotations = [Annotation(.point(first + 400, 36_000 + 0), label: "Most in one day")]
        out.append(("dense daily line with labels", dense, [tally]))
        // By source, with several sources in one layer and a consensus beneath.
        var bySource = ChartSpec(
            id: "by", title: "Estimates by who made them",
            layers: [LayerSpec(estimates.id, labels: true, by: .source, consensus: true)])
        bySource.y.zero = true
        out.append(("by source", bySource, [estimates]))
        for locale in ["de", "fr", "es", "uk", "ru", "ko", "ar"] {
            var spec = mixed
            spec.locale = locale
            out.append(("mixed marks in \(locale)", spec, [floor, estimates, sent]))
        }
        return out
    }

    @Test(arguments: charts.map(\.0))
    func passesTheAuditAtEverySizeInBothThemes(_ name: String) throws {
        let (_, base, series) = try #require(Self.charts.first { $0.0 == name })
        for (width, height) in Self.sizes {
            for theme in ChartSpec.Theme.allCases {
                var spec = base
                (spec.width, spec.height, spec.theme) = (width, height, theme)
                let output = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec, series: series)
                let at = "\(name) at \(width)x\(height), \(theme)"
                #expect(SceneAudit.problems(in: output.scene) == [], "\(at)")
                // Marks drawn by kind: no bar is drawn after a line.
                let order = output.scene.items.compactMap { item -> String? in
                    guard case .group(let id, _, _) = item, id.hasPrefix("layer-") else { return nil }
                    return output.scene.layers.first { $0.id == id }?.mark
                }
                if let lastBar = order.lastIndex(of: "bar"), let firstLine = order.firstIndex(of: "line") {
                    #expect(lastBar < firstLine, "\(at): \(order)")
                }
            }
        }
    }

    /// Every label asked for is drawn or counted in a warning: none vanishes unsaid.
    @Test(arguments: sizes.map { "\($0.0)x\($0.1)" })
    func noLabelIsLeftOutUnsaid(_ size: String) throws {
        let (_, base, series) = try #require(Self.charts.first { $0.0 == "by source" })
        var spec = base
        let wh = size.split(separator: "x").map { Int($0)! }
        (spec.width, spec.height) = (wh[0], wh[1])
        let output = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec, series: series)
        let drawn = output.scene.texts.filter { $0.role == .label }.count
        let left = output.warnings.compactMap { w -> Int? in
            guard let r = w.message.range(of: "leaves out "), w.message.contains("with no free spot") else { return nil }
            return Int(w.message[r.upperBound...].prefix { $0.isNumber })
        }.reduce(0, +)
        // Six estimates, each its source's layer's point, each asked for by `labels: true`.
        #expect(drawn + left == 6, "\(size): \(drawn) drawn, \(left) left out")
    }
}

/// A legend names only what is drawn: a band of points without bounds draws nothing and has no entry.
struct DrawnLegendTests {
    @Test func aBandWithoutBoundsHasNoEntry() throws {
        let plain = StressAuditTests.series("plain", [(0, 10), (40, 20), (80, 15)])
        let spec = ChartSpec(
            id: "b", title: "Band",
            layers: [LayerSpec(plain.id, mark: .band, label: "Range"), LayerSpec(plain.id, mark: .line, label: "Line")])
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [plain]).scene
        #expect(!scene.legend.contains { $0.label == "Range" })
        #expect(SceneAudit.legendProblems(scene) == [])
    }
}

/// Bars with value labels have headroom: each label stands above its bar, none inside it.
struct BarHeadroomTests {
    @Test(arguments: [(375, 300), (1200, 675)])
    func labelsStandAboveTheirBars(_ width: Int, _ height: Int) throws {
        // The tallest bar exactly on a round number, where an axis would otherwise end.
        let monthly = Series(
            id: try SeriesID("monthly"), metadata: SeriesMetadata(title: "Monthly", unit: "drones", kind: .count),
            observations: [("2025-01", 100.0), ("2025-02", 200), ("2025-03", 300)].map {
                Observation(date: try! ObservationDate.parse($0.0), value: $0.1)
            })
        var spec = ChartSpec(id: "b", title: "Bars", layers: [LayerSpec(monthly.id, mark: .bar, labels: true)])
        (spec.width, spec.height) = (width, height)
        let scene = try ChartBuilder(measure: FixedMetrics()).build(spec, series: [monthly]).scene
        let bars = scene.marks.filter { $0.kind == .bar }
        let labels = scene.texts.filter { $0.role == .label }
        #expect(bars.count == 3 && labels.count == 3, "\(labels.map(\.text))")
        for bar in bars {
            let label = try #require(labels.first { $0.box.x < bar.box.maxX && $0.box.maxX > bar.box.x })
            #expect(label.box.maxY <= bar.box.y, "\(label.text) at \(label.box), bar at \(bar.box)")
        }
    }
}
