import Foundation
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonPublish

/// Loading chart specs and writing rendered charts, shared by `render`, `plot` and `check`.
enum ChartSupport {
    /// The charts of `reckon.yaml`, or every problem with them.
    static func charts(_ workspace: Workspace) throws(ModelError) -> [ChartSpec] {
        let (charts, diagnostics) = try parse(workspace)
        if !diagnostics.isEmpty { throw ModelError(.badData, diagnostics) }
        return charts
    }

    static func parse(_ workspace: Workspace) throws(ModelError) -> ([ChartSpec], [Diagnostic]) {
        try Publisher.charts(of: workspace)
    }

    /// Builds a chart that did not come from `reckon.yaml` and writes it to `path` in `format`;
    /// returns the path. The folder must exist.
    static func render(
        _ spec: ChartSpec, format: ChartSpec.FileFormat, to path: String, workspace: Workspace, measurer: PangoMeasurer
    ) throws(ModelError) -> String {
        try AtomicFile.requireParent(of: path, shown: path)
        let builder = ChartBuilder(measure: measurer, configPath: nil)
        let output: ChartBuilder.Output
        do throws(ChartError) {
            output = try builder.build(spec) { id throws(ModelError) in try workspace.load(id) }
        } catch {
            throw error.modelError
        }
        printDiagnostics(output.warnings)
        let bytes: [UInt8]
        do throws(CairoError) {
            bytes = try Publisher.encode(output, spec: spec, format: format)
        } catch {
            throw ModelError(.internalFailure, "chart '\(spec.id)': \(error.description)")
        }
        try AtomicFile.write(bytes, to: path, shown: path)
        return path
    }

    /// Font and glyph problems, as warnings.
    static func reportFontProblems(_ measurer: PangoMeasurer) {
        printDiagnostics(measurer.warnings.map { Diagnostic(.warning, file: nil, $0) })
    }
}
