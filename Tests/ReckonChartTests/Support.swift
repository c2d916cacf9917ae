import Foundation
import ReckonChart
import ReckonModel
import Testing

/// The repository's sample workspace and its charts.
enum Sample {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func workspace() throws -> Workspace { try Workspace(at: repository) }

    static func charts() throws -> [ChartSpec] {
        let w = try workspace()
        var kinds: [SeriesID: SeriesKind] = [:]
        for id in try w.seriesIDs() { kinds[id] = try w.metadata(of: id).effectiveKind }
        let (charts, diagnostics) = ChartConfig.parse(try w.configText(), path: "reckon.yaml", series: kinds)
        #expect(diagnostics.isEmpty)
        return charts
    }

    static func build(_ spec: ChartSpec, measure: any TextMeasuring = FixedMetrics()) throws -> ChartBuilder.Output {
        let w = try workspace()
        return try ChartBuilder(measure: measure).build(spec) { id throws(ReckonError) in try w.load(id) }
    }
}

/// Compares `text` with the snapshot `name` in Snapshots/. With RECORD_SNAPSHOTS=1 in the environment
/// it writes the snapshot instead and fails, so a recording never passes silently.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); run the tests again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if text != expected {
        let a = text.split(separator: "\n", omittingEmptySubsequences: false)
        let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record(
            "snapshot \(name) differs at line \(line + 1):\n  got:      \(line < a.count ? String(a[line]) : "<end>")\n  expected: \(line < b.count ? String(b[line]) : "<end>")",
            sourceLocation: sourceLocation)
    }
}

/// Every pair of text boxes that overlap, and every text box outside the canvas.
func layoutProblems(_ scene: Scene) -> [String] {
    var problems: [String] = []
    let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
    let texts = scene.texts
    for (i, a) in texts.enumerated() {
        if !canvas.contains(a.box) { problems.append("'\(a.text)' is outside the canvas at \(a.box)") }
        for b in texts[(i + 1)...] where a.box.intersects(b.box) {
            problems.append("'\(a.text)' overlaps '\(b.text)'")
        }
    }
    return problems
}
