import Foundation
import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// Charts never show more than the sources said: ranges, bounds and sources, read from the Scene.
struct HonestChartTests {
    /// The sample troops chart, as `render` builds it.
    func troops() throws -> Scene {
        try Sample.build(try #require(try Sample.charts().first { $0.id == "nk-troops" })).scene
    }

    /// A chart of one made-up daily series, each row given as (value, low, high, qualifier).
    func chart(
        _ rows: [(Double?, Double?, Double?, Qualifier?)], mark: LayerSpec.Mark = .line,
        configure: (inout ChartSpec) -> Void = { _ in }
    ) throws -> Scene {
        let first = Day(year: 2025, month: 1, day: 1)!
        let series = Series(
            id: try SeriesID("s"), metadata: SeriesMetadata(kind: .level),
            observations: rows.enumerated().map { i, r in
                Observation(date: ObservationDate(first + i), value: r.0, low: r.1, high: r.2, qualifier: r.3)
            })
        var spec = ChartSpec(id: "s")
        var layer = LayerSpec(series: try SeriesID("s"))
        layer.mark = mark
        layer.labels = true
        spec.layers = [layer]
        configure(&spec)
        return try ChartBuilder(measure: FixedMetrics()).build(spec) { _ throws(ReckonError) in series }.scene
    }

    @Test func aRangeIsDrawnAsARangeNeverAsADot() throws {
        let scene = try troops()
        let marks = scene.marks.filter { $0.date == "2024-12-23" }
        #expect(marks.count == 1)
        let range = try #require(marks.first)
        #expect(range.kind == .range && range.value == nil && range.low == 11000 && range.high == 12000)
        // The whisker spans 1,000 troops on the axis: a tall box, not a dot's square.
        #expect(range.box.height > 2 * range.box.width)
        #expect(scene.texts.contains { $0.role == .label && $0.text == "11,000–12,000, 23 Dec 2024" })
        #expect(scene.texts.contains { $0.role == .legend && $0.text == "range of an estimate" })
    }

    @Test(arguments: [LayerSpec.Mark.line, .points, .range, .bar, .band, .area, .step])
    func everyMarkDrawsARangeAsAWhisker(_ mark: LayerSpec.Mark) throws {
        let scene = try chart([(10, nil, nil, nil), (nil, 9, 14, nil), (12, nil, nil, nil)], mark: mark)
        let atRange = scene.marks.filter { $0.date == "2025-01-02" }
        #expect(atRange.map(\.kind) == [.range], "\(mark)")
        #expect(!scene.marks.contains { $0.kind == .point && $0.value == nil })
    }

    /// A line passes a range and a bound only in the interpolated style: no solid stretch reaches them.
    @Test func linesPassBoundsOnlyAsInterpolationAndRangesNotAtAll() throws {
        var rows: [(Double?, Double?, Double?, Qualifier?)] = (0..<9).map { (Double(10 + $0), nil, nil, nil) }
        rows[3] = (nil, 20, 24, nil)
        rows[6] = (16, nil, nil, .atLeast)
        let scene = try chart(rows)
        let solid = scene.marks.filter { $0.kind == .line && !$0.interpolated }
        let dashed = scene.marks.filter { $0.kind == .line && $0.interpolated }
        // Solid: days 1-3, 5-6, 8-9; dashed: 3→5 past the range, 6→7, 7→8.
        #expect(solid.count == 3 && dashed.count == 3)
        let range = try #require(scene.marks.first { $0.kind == .range })
        let bound = try #require(scene.marks.first { $0.qualifier == "at least" })
        for mark in solid {
            #expect(!(mark.box.x < range.box.x + 1 && mark.box.maxX > range.box.maxX - 1))
            #expect(!(mark.box.x < bound.box.x + 1 && mark.box.maxX > bound.box.maxX - 1))
        }
        // The line joins the values on either side of the range (12 and 14), not the range's middle (22).
        let past = try #require(dashed.first { $0.box.x < range.box.x && $0.box.maxX > range.box.maxX })
        #expect(past.box.y > range.box.maxY)
        #expect(scene.texts.contains { $0.text == "interpolated, also through bounds" })
        #expect(scene.texts.contains { $0.text == "at least 16, 7 Jan 2025" })
    }

    /// With no value beyond a range, the line stops at the last value: the range shows alone.
    @Test func aLineStopsWhereOnlyARangeFollows() throws {
        var rows: [(Double?, Double?, Double?, Qualifier?)] = (0..<5).map { (Double(10 + $0), nil, nil, nil) }
        rows.append((nil, 20, 24, nil))
        let scene = try chart(rows)
        let range = try #require(scene.marks.first { $0.kind == .range })
        let lines = scene.marks.filter { $0.kind == .line }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.box.maxX < range.box.x })
    }

    @Test func aBarThatIsABoundKeepsItsArrow() throws {
        let scene = try troops()
        let bar = try #require(scene.marks.first { $0.kind == .bar })
        #expect(bar.qualifier == "at least" && bar.value == 3000 && bar.date == "2025-01/2025-02")
        #expect(scene.texts.contains { $0.role == .legend && $0.text == "at least" })
        #expect(scene.description.contains("Sent in January and February 2025, at least 3,000 (Jan–Feb 2025)"))
    }

    @Test func bySourceGivesEachSourceItsOwnLayerAndColour() throws {
        let scene = try troops()
        let sources = [
            "US Department of Defense", "United States", "Ukrainian intelligence", "US, Ukrainian and South Korean intelligence",
            "South Korea Joint Chiefs of Staff",
        ]
        let layers = scene.layers.filter { sources.contains($0.label) }
        #expect(layers.map(\.label) == sources)
        #expect(Set(layers.map(\.color)).count == sources.count)
        #expect(layers.allSatisfy { $0.mark == "points" })
        // Each source's estimates are its layer's marks, with that source.
        for layer in layers {
            let marks = scene.marks.filter { $0.layer == layer.id && $0.date != nil }
            #expect(!marks.isEmpty && marks.allSatisfy { $0.sources == [layer.label] })
        }
        // The consensus line lies beneath the sources, marks no point of its own, and is named by its rule.
        let consensus = try #require(scene.layers.first)
        #expect(consensus.label == "Median of the sources")
        #expect(!scene.marks.contains { $0.layer == consensus.id && $0.date != nil })
        #expect(
            scene.texts.filter { $0.role == .legend }.map(\.text).prefix(6) == [
                "Median of the sources, interpolated between estimates"
            ] + sources[...])
    }

    @Test func altTextTellsTinyValuesApart() throws {
        let scene = try chart([(0.001, nil, nil, nil), (0.0012, nil, nil, nil), (0.0011, nil, nil, nil)])
        #expect(scene.description.contains("from 0.001 (1 Jan 2025) to 0.0011 (3 Jan 2025); highest 0.0012 (2 Jan 2025)"))
    }

    @Test func altTextDescribesEveryLayerOrSaysHowManyMore() throws {
        let scene = try chart([(1, nil, nil, nil), (2, nil, nil, nil)]) { spec in
            spec.layers = (1...10).map { k in
                var layer = spec.layers[0]
                layer.label = "Layer \(k)"
                return layer
            }
        }
        #expect(scene.description.contains("Layer 8, from 1 (1 Jan 2025) to 2 (2 Jan 2025). And 2 more: Layer 9, Layer 10."))
    }

    @Test func altTextSaysARangeAsARange() throws {
        let scene = try chart([(nil, 9, 14, nil)]) { $0.title = "Troops" }
        #expect(scene.description == "Line chart: Troops, 9–14 (1 Jan 2025). Latest data: 1 Jan 2025.")
    }
}

struct AltTextSentenceTests {
    let honest = HonestChartTests()

    /// A tiny value beside a large one keeps its own digits.
    @Test func aTinyValueBesideALargeOneIsNotZero() throws {
        let scene = try honest.chart([(1_000, nil, nil, nil), (0.001, nil, nil, nil), (500, nil, nil, nil)])
        #expect(scene.description.contains("lowest 0.001 (2 Jan 2025)"), "\(scene.description)")
    }

    /// With several layers every sentence names its layer, even one named like the chart's title.
    @Test func everyLayerIsNamedInItsSentence() throws {
        let scene = try honest.chart([(1, nil, nil, nil), (2, nil, nil, nil)]) { spec in
            spec.title = "Troops"
            var second = spec.layers[0]
            second.label = "Troops"
            spec.layers[0].label = "Estimates"
            spec.layers.append(second)
            spec.layers[1].query.rolling = 2
        }
        #expect(scene.description.contains("Estimates, from 1 (1 Jan 2025)"), "\(scene.description)")
        #expect(scene.description.contains(". Troops, "), "\(scene.description)")
    }

    /// Two layers drawn alike from the same data say their sentence once.
    @Test func noSentenceIsRepeated() throws {
        let scene = try honest.chart([(1, nil, nil, nil), (2, nil, nil, nil)]) { spec in
            spec.layers.append(spec.layers[0])
        }
        let sentences = scene.description.components(separatedBy: ". ")
        #expect(Set(sentences).count == sentences.count, "\(scene.description)")
    }
}
