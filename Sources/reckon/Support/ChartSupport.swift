import Foundation
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonPublish

/// Loading chart specs and writing rendered charts, shared by `render`, `plot` and `check`.
enum ChartSupport {
    /// The charts of `reckon.yaml`, or every problem with it (warnings too).
    static func charts(_ workspace: Workspace) throws(ReckonError) -> [ChartSpec] {
        let settings = try WorkspaceSettings.read(workspace)
        if !settings.diagnostics.isEmpty { throw ReckonError(.badData, settings.diagnostics) }
        return settings.charts
    }

    /// Builds a chart that did not come from `reckon.yaml` and writes it to `path` in `format`;
    /// returns the path. The folder must exist.
    static func render(
        _ spec: ChartSpec, format: ChartSpec.FileFormat, to path: String, workspace: Workspace, measurer: PangoMeasurer
    ) throws(ReckonError) -> String {
        try AtomicFile.requireParent(of: path, shown: path)
        let pipeline = ChartPipeline(measure: measurer, configPath: nil)
        let output = try pipeline.build(spec, in: workspace)
        printDiagnostics(output.warnings)
        // A chart written by hand is drawn again by running the command again: no sync, as other
        // plotting tools (see `Durability.deferred`).
        try AtomicFile.write(
            try pipeline.encode(output, spec: spec, format: format), to: path, shown: path, durability: .deferred)
        return path
    }

    /// Font and glyph problems, as warnings.
    static func reportFontProblems(_ measurer: PangoMeasurer) {
        printDiagnostics(measurer.warnings.map { Diagnostic(.warning, file: nil, $0) })
    }
}
