import Foundation
import ReckonCairo
import ReckonChart
import ReckonModel
import Testing

/// The sample workspace's charts, measured with the fonts they are drawn in, pass the scene audit
/// (texts apart and on the canvas, no line through a text, a legend of what is drawn, contrast) at
/// the sizes readers see them, in both themes.
struct SampleAuditTests {
    static let sizes = [(1200, 675), (640, 360), (375, 300), (320, 240)]

    static func charts() throws -> (Workspace, [ChartSpec]) {
        let w = try Workspace(at: SampleChartRenderingTests.repository)
        var kinds: [SeriesID: SeriesKind] = [:]
        for id in try w.seriesIDs() { kinds[id] = try w.metadata(of: id).effectiveKind }
        return (w, ChartConfig.parse(try w.configText(), path: "reckon.yaml", series: kinds).charts)
    }

    @Test(arguments: try! charts().1.map(\.id))
    func passesTheAuditWithRealFonts(_ id: String) throws {
        let (w, charts) = try Self.charts()
        let base = try #require(charts.first { $0.id == id })
        let builder = ChartBuilder(measure: PangoMeasurer())
        for (width, height) in Self.sizes {
            for theme in ChartSpec.Theme.allCases {
                var spec = base
                (spec.width, spec.height, spec.theme) = (width, height, theme)
                let scene = try builder.build(spec) { id throws(ReckonError) in try w.load(id) }.scene
                #expect(SceneAudit.problems(in: scene) == [], "\(id) at \(width)x\(height), \(theme)")
            }
        }
    }
}
