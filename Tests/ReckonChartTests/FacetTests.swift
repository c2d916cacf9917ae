import ReckonChart
import ReckonModel
import Testing

/// Small multiples: a panel a source (or series), on the same scales, with one legend.
struct FacetTests {
    @Test(arguments: [(800, 450), (1200, 675), (2400, 1350)])
    func aPanelEachSourceOnTheSameScales(_ width: Int, _ height: Int) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "troops-by-source" })
        (spec.width, spec.height) = (width, height)
        let scene = try Sample.build(spec).scene
        let names = scene.texts.filter { $0.role == .panel }
        #expect(names.count == 5)
        #expect(names.first?.text == "US Department of Defense")
        // Every panel has the same value ticks: one scale.
        let ticks = scene.texts.filter { $0.role == .tickY }.map(\.text)
        let perPanel = ticks.count / 5
        #expect(perPanel >= 2 && ticks.count == perPanel * 5)
        #expect(Set(ticks).count == perPanel)
        // The consensus line (no one source's) is drawn in every panel; each source's point in its own.
        let median = try #require(scene.layers.first { $0.label == "Median of the sources" })
        #expect(scene.marks.filter { $0.layer == median.id && $0.kind == .line }.count >= 5)
        let jcs = try #require(scene.layers.first { $0.label == "South Korea Joint Chiefs of Staff" })
        #expect(scene.marks.filter { $0.layer == jcs.id && $0.date != nil }.count == 1)
        // One legend, above the panels.
        #expect(scene.texts.filter { $0.role == .legend && $0.text == "US Department of Defense" }.count == 1)
        #expect(layoutProblems(scene) == [])
    }

    /// Panels too small to read (and to keep the legend beside them) give way to one plot.
    @Test(arguments: [(320, 240), (600, 338)])
    func aChartTooSmallForItsPanelsIsOnePlotAndSaysSo(_ width: Int, _ height: Int) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "troops-by-source" })
        (spec.width, spec.height) = (width, height)
        let output = try Sample.build(spec)
        #expect(output.scene.texts.filter { $0.role == .panel }.isEmpty)
        #expect(output.warnings.contains { $0.message.contains("has no room for a panel each; its layers share one plot") })
        // At 600 pixels the one plot keeps its legend (at 320, six sources leave no room for it).
        if width >= 600 { #expect(output.scene.texts.contains { $0.role == .legend && $0.text == "US Department of Defense" }) }
        #expect(layoutProblems(output.scene) == [])
    }

    @Test func seriesPanelsSetTheirBarsApart() throws {
        var spec = try #require(try Sample.charts().first { $0.id == "losses-monthly" })
        spec.facet = .series
        let scene = try Sample.build(spec).scene
        #expect(scene.texts.filter { $0.role == .panel }.map(\.text) == ["Drones downed", "Personnel (about)"])
        // Alone in its panel, a bar layer takes its period's whole slot: no room kept for the other
        // layer's bars, as in one plot, where the two stand side by side, each in half the slot.
        func share(_ scene: Scene) -> Double {
            let bars = scene.marks.filter { $0.kind == .bar && $0.layer == "layer-1" }
            let extent = bars.map(\.box.maxX).max()! - bars.map(\.box.x).min()!
            return bars[0].box.width / (extent / Double(bars.count))
        }
        var grouped = spec
        grouped.facet = .none
        let alone = share(scene), side = share(try Sample.build(grouped).scene)
        #expect(alone > side * 1.6, "\(alone) \(side)")
    }
}

/// Monthly data gets month ticks at the finest, each month named under its middle.
struct PeriodTickTests {
    @Test(arguments: [(800, 450), (1200, 675), (2400, 1350)])
    func monthsAreNamedUnderTheirBars(_ width: Int, _ height: Int) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "losses-monthly" })
        (spec.width, spec.height) = (width, height)
        let scene = try Sample.build(spec).scene
        let ticks = scene.texts.filter { $0.role == .tickX }
        // No day numbers inside the months.
        #expect(!ticks.contains { Int($0.text) != nil && $0.text.count <= 2 })
        // "Oct" sits over the middle of October's two bars.
        let october = scene.marks.filter { $0.kind == .bar && $0.date == "2025-10" }
        #expect(october.count == 2)
        let middle = (october.map(\.box.x).min()! + october.map(\.box.maxX).max()!) / 2
        let label = try #require(ticks.first { $0.text == "Oct" })
        #expect(abs(label.box.x + label.box.width / 2 - middle) < 2, "\(label.box) \(middle)")
        #expect(layoutProblems(scene) == [])
    }
}
