import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

/// Small charts shed text in a fixed order, keep what readers need, and never fail for a long title.
struct SmallChartTests {
    func troops(width: Int, height: Int, title: String? = nil) throws -> ChartBuilder.Output {
        var spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        (spec.width, spec.height) = (width, height)
        if let title { spec.title = title }
        return try Sample.build(spec)
    }

    @Test func aLongTitleIsCutToTwoLinesNotAFailedRender() throws {
        let long = String(repeating: "North Korean troops in Russia, as estimated by five sources, ", count: 4)
        let output = try troops(width: 320, height: 240, title: long)
        let title = output.scene.texts.filter { $0.role == .title }
        #expect((1...2).contains(title.count) && title.last?.text.hasSuffix("…") == true)
        #expect(output.warnings.contains { $0.message.contains("title past two lines") })
        #expect(layoutProblems(output.scene) == [])
    }

    /// Where the full legend does not fit, its explanations go first and the layers stay named.
    @Test func theLegendKeepsItsLayersLongerThanItsExplanations() throws {
        let sizes = [(640, 360), (600, 338), (560, 330), (540, 320), (520, 310), (500, 300), (480, 300), (400, 260)]
        var sawCompact = false
        for (w, h) in sizes {
            let output = try troops(width: w, height: h)
            let legend = output.scene.texts.filter { $0.role == .legend }.map(\.text)
            let compact = output.warnings.contains { $0.message.contains("legend's explanations") }
            let cut = output.warnings.contains { $0.message.contains("legend,") || $0.message.contains("legend's full names") }
            if compact, !cut {
                sawCompact = true
                #expect(legend.contains("South Korea Joint Chiefs of Staff") && !legend.contains("about"), "\(w)x\(h)")
            }
            #expect(layoutProblems(output.scene) == [], "\(w)x\(h)")
        }
        #expect(sawCompact)
    }
}
