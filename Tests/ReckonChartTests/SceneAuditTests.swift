import ReckonModel
import Testing

@testable import ReckonChart

/// The audit of a scene finds what it looks for.
struct SceneAuditTests {
    static let font = Font(family: "DejaVu Sans", size: 10)

    static func text(_ s: String, x: Double, y: Double = 10, width: Double = 30, color: Color = Color(0, 0, 0)) -> SceneItem {
        .text(TextRun(s, origin: Point(x, y), font: font, color: color, size: Size(width, 12)))
    }

    @Test func textsCloserThanThreePixelsOnALineAreFound() {
        let scene = Scene(
            width: 200, height: 100, background: Color(1, 1, 1),
            items: [Self.text("59,190", x: 10), Self.text("60,849", x: 41), Self.text("apart", x: 100)])
        #expect(SceneAudit.textProblems(scene) == ["'59,190' is 1 px from '60,849' (at least 3)"])
    }

    @Test func stackedLinesMayTouchButNotOverlap() {
        let touching = Scene(
            width: 200, height: 100, background: Color(1, 1, 1),
            items: [Self.text("one", x: 10, y: 10), Self.text("two", x: 10, y: 22)])
        #expect(SceneAudit.textProblems(touching).isEmpty)
        let overlapping = Scene(
            width: 200, height: 100, background: Color(1, 1, 1),
            items: [Self.text("one", x: 10, y: 10), Self.text("two", x: 10, y: 21)])
        #expect(SceneAudit.textProblems(overlapping) == ["'one' overlaps 'two'"])
    }

    @Test func textOffTheCanvasIsFound() {
        let scene = Scene(width: 100, height: 100, background: Color(1, 1, 1), items: [Self.text("edge", x: 80)])
        #expect(SceneAudit.textProblems(scene) == ["'edge' leaves the canvas at 80,10 30x12"])
    }

    @Test func aLayerLineThroughATextIsFound() {
        let line = Path.polyline([Point(0, 16), Point(100, 16)], stroke: Stroke(Color(0, 0, 0), width: 1))
        let grid = SceneItem.group(id: "grid", clip: nil, items: [.path(line)])
        let layer = SceneItem.group(id: "layer-1", clip: nil, items: [.path(line)])
        let text = Self.text("4 Nov 2024", x: 20)
        #expect(SceneAudit.lineProblems(Scene(width: 100, height: 100, background: Color(1, 1, 1), items: [grid, text])) == [])
        #expect(
            SceneAudit.lineProblems(Scene(width: 100, height: 100, background: Color(1, 1, 1), items: [layer, text]))
                == ["a line runs through '4 Nov 2024'"])
    }

    @Test func aSwatchTwiceAndASwatchOfNothingDrawnAreFound() {
        var scene = Scene(width: 100, height: 100, background: Color(1, 1, 1))
        let grey = Color(0.35, 0.35, 0.35)
        scene.legend = [
            SceneLegendEntry(label: "Median", shape: "line dash 6,5", color: grey.opacity(0.55), stands: .layer("layer-1")),
            SceneLegendEntry(label: "interpolated", shape: "line dash 6,5", color: grey.opacity(0.7), stands: .interpolated),
            SceneLegendEntry(label: "Band", shape: "box", color: grey, stands: .layer("layer-2")),
        ]
        scene.marks = [SceneMark(layer: "layer-1", kind: .line, box: Rect(x: 0, y: 0, width: 10, height: 10), interpolated: true)]
        #expect(
            SceneAudit.legendProblems(scene) == [
                "the legend shows the swatch of 'Median' again for 'interpolated'",
                "the legend shows 'Band', which the plot does not draw",
            ])
    }

    /// Contrast ratios against WCAG 2's published examples: black on white is 21:1, #777777 on white
    /// about 4.48:1 (just below 4.5), #767676 about 4.54:1.
    @Test func contrastFollowsWCAG() {
        let white = Color(1, 1, 1)
        #expect(abs(Color(0, 0, 0).contrast(with: white) - 21) < 1e-9)
        #expect(abs(Color(hex: "#777777")!.contrast(with: white) - 4.48) < 0.01)
        #expect(abs(Color(hex: "#767676")!.contrast(with: white) - 4.54) < 0.01)
        let scene = Scene(
            width: 200, height: 100, background: white,
            items: [
                Self.text("faint", x: 10, color: Color(hex: "#777777")!),
                Self.text("dark", x: 100, color: Color(hex: "#767676")!),
            ])
        #expect(SceneAudit.contrastProblems(scene) == ["'faint' has contrast 4.48:1"])
    }
}

/// The sample workspace's charts pass the audit at the sizes readers see them, in both themes.
struct SampleAuditTests {
    static let sizes = [(1200, 675), (640, 360), (375, 300), (320, 240)]

    @Test(arguments: try! Sample.charts().map(\.id))
    func sampleChartPassesTheAudit(_ id: String) throws {
        let base = try #require(try Sample.charts().first { $0.id == id })
        for (width, height) in Self.sizes {
            for theme in ChartSpec.Theme.allCases {
                var spec = base
                (spec.width, spec.height, spec.theme) = (width, height, theme)
                let output = try Sample.build(spec)
                let problems = SceneAudit.problems(in: output.scene)
                #expect(problems == [], "\(id) at \(width)x\(height), \(theme)")
            }
        }
    }
}
