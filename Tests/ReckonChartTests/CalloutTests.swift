import ReckonChart
import ReckonModel
import Testing

@testable import ReckonChart

/// Shaded value bands, and notes on a point with an arrow, placed clear of the data.
struct CalloutTests {
    func chart(_ yaml: String) throws -> ChartSpec {
        let kinds: [SeriesID: SeriesKind] = [
            try SeriesID("ru-drones-downed"): .cumulative, try SeriesID("nk-troops-in-russia"): .level,
        ]
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(charts.first)
    }

    @Test(arguments: [(400, 300), (1200, 675), (2400, 1350)])
    func aNoteOnAPointStaysClearOfTheLineAndPointsAtIt(_ width: Int, _ height: Int) throws {
        var spec = try chart(
            """
            charts:
              - id: c
                x: {last: 12m}
                annotations:
                  - {date: 2026-07-27, value: 2719, label: Most in one day}
                layers:
                  - {series: ru-drones-downed, diff: true, mark: line}
            """)
        (spec.width, spec.height) = (width, height)
        let scene = try Sample.build(spec).scene
        let note = try #require(scene.texts.first { $0.role == .annotation && $0.text == "Most in one day" })
        // No segment of the daily line passes under the note.
        var lines: [[Point]] = []
        for case .group(let id, _, let items) in scene.items where id.hasPrefix("layer-") {
            for case .path(let p) in items where p.fill == nil {
                lines.append(
                    p.elements.compactMap {
                        if case .line(let pt) = $0 { pt } else if case .move(let pt) = $0 { pt } else { nil }
                    })
            }
        }
        // No segment of the daily line passes under the note, where the plot has room for one; on a
        // small chart crowded by a daily line the note takes the nearest spot, on its halo.
        if width >= 1200 { #expect(!lines.contains { Callouts.crosses($0, note.box) }) }
        // The arrow ends beside the day's point.
        let line = try #require(scene.marks.first { $0.kind == .line })
        let peak = try #require(
            lines.flatMap { $0 }.min { abs($0.y - line.box.y) < abs($1.y - line.box.y) })
        var tips: [Point] = []
        for case .group("labels", _, let items) in scene.items {
            for case .path(let p) in items where p.fill != nil && p.elements.count == 4 {
                if case .line(let tip) = p.elements[1] { tips.append(tip) }
            }
        }
        #expect(tips.count == 1)
        let tip = try #require(tips.first)
        #expect(abs(tip.x - peak.x) < 12 && abs(tip.y - peak.y) < 12, "\(tip) \(peak)")
        #expect(layoutProblems(scene) == [])
    }

    @Test func aBandShadesItsValuesAndTheAxisReachesIt() throws {
        let spec = try chart(
            """
            charts:
              - id: c
                y:
                  bands: [{from: 20000, to: 15000, label: Beyond every estimate}]
                layers:
                  - {series: nk-troops-in-russia}
            """)
        #expect(spec.y.bands == [ValueBand(from: 15000, to: 20000, label: "Beyond every estimate")])
        let scene = try Sample.build(spec).scene
        #expect(scene.texts.contains { $0.role == .tickY && $0.text == "20,000" })
        #expect(scene.texts.contains { $0.role == .annotation && $0.text == "Beyond every estimate" })
        #expect(layoutProblems(scene) == [])
    }

    @Test(arguments: [
        (
            "annotations: [{date: 2025-03-27, value: 11000}]",
            "4:19: error: an annotation on a point ('date' and 'value') needs a 'label' for its arrow to come from"
        ),
        ("y: {bands: [{from: 1}]}", "4:17: error: a band needs 'from' and 'to' values"),
        ("y: {bands: 3}", "4:16: error: 'bands' must be a list of {from, to, label}"),
    ])
    func badNotesAndBandsAreLocatedErrors(_ setting: String, _ expected: String) {
        let yaml = "charts:\n  - id: a\n    layers: [{series: nk-troops-in-russia}]\n    \(setting)\n"
        let (_, diagnostics) = ChartConfig.parse(
            yaml, path: "reckon.yaml", series: [try! SeriesID("nk-troops-in-russia"): .level])
        #expect(diagnostics.map(\.description) == ["reckon.yaml:" + expected])
    }
}

/// Segments and polylines cross where geometry says they do.
struct SegmentCrossingTests {
    @Test(
        arguments: [
            // A cross, a T touching, parallel apart, collinear apart, collinear overlapping, apart at an angle.
            ((0.0, 0.0), (10.0, 10.0), (0.0, 10.0), (10.0, 0.0), true),
            ((0, 0), (10, 0), (5, 0), (5, 10), true),
            ((0, 0), (10, 0), (0, 1), (10, 1), false),
            ((0, 0), (4, 0), (5, 0), (9, 0), false),
            ((0, 0), (6, 0), (5, 0), (9, 0), true),
            ((0, 0), (10, 10), (6, 4), (10, 0), false),
        ] as [((Double, Double), (Double, Double), (Double, Double), (Double, Double), Bool)])
    func segmentsCross(
        _ a: (Double, Double), _ b: (Double, Double), _ c: (Double, Double), _ d: (Double, Double), _ expected: Bool
    ) {
        let line = [Point(a.0, a.1), Point(b.0, b.1)]
        #expect(Callouts.crosses(line, segment: (Point(c.0, c.1), Point(d.0, d.1))) == expected)
    }
}
