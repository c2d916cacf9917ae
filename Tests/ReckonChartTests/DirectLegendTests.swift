import Testing

@testable import ReckonChart

/// `legend: direct` names each line at its end, in its colour; the legend keeps the rest.
struct DirectLegendTests {
    @Test(arguments: [(400, 300), (1200, 675), (2400, 1350)])
    func linesAreNamedAtTheirEnds(_ width: Int, _ height: Int) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "drones-daily" })
        (spec.width, spec.height) = (width, height)
        let scene = try Sample.build(spec).scene
        let mean = try #require(scene.layers.first { $0.label == "7-day mean" })
        let named = scene.texts.filter { $0.role == .legend && $0.text == "7-day mean" }
        #expect(named.count == 1)
        let name = try #require(named.first)
        // In the line's colour, made dark enough to read as text.
        #expect(name.color == mean.color.adjusted(toContrast: 4.5, on: scene.background))
        // Right of where the line ends, and level with it.
        let line = try #require(scene.marks.filter { $0.layer == mean.id && $0.kind == .line }.max { $0.box.maxX < $1.box.maxX })
        #expect(name.box.x >= line.box.maxX)
        #expect(name.box.maxY >= line.box.y && name.box.y <= line.box.maxY)
        // The bars, which have no end to name, stay in the legend.
        #expect(scene.texts.contains { $0.role == .legend && $0.text == "Downed that day" })
        #expect(layoutProblems(scene) == [])
    }

    /// Two lines that end a few pixels apart keep both names, moved apart, right of the plot.
    @Test(arguments: [(375, 300), (640, 360), (1200, 675)])
    func namesOfLinesEndingCloseTogetherAreMovedApart(_ width: Int, _ height: Int) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "totals-log" })
        (spec.width, spec.height) = (width, height)
        let scene = try Sample.build(spec).scene
        let names = scene.texts.filter { $0.role == .legend && ["Drones downed", "Personnel (about)"].contains($0.text) }
        #expect(names.count == 2)
        let plotRight = try #require(scene.marks.filter { $0.kind == .line }.map(\.box.maxX).max())
        #expect(names.allSatisfy { $0.box.x >= plotRight })
        #expect(!names[0].box.intersects(names[1].box))
        #expect(layoutProblems(scene) == [])
    }
}
