import Foundation
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonPublish

/// Loading chart specs and writing rendered charts, shared by `render`, `plot` and `check`.
enum ChartSupport {
    /// The kind of every series in the workspace, for validating specs.
    static func kinds(_ workspace: Workspace) throws(ModelError) -> [SeriesID: SeriesKind] {
        var kinds: [SeriesID: SeriesKind] = [:]
        for id in try workspace.seriesIDs() {
            kinds[id] = (try? workspace.metadata(of: id))?.effectiveKind ?? .level
        }
        return kinds
    }

    /// The charts of `reckon.yaml`, or every problem with them.
    static func charts(_ workspace: Workspace) throws(ModelError) -> [ChartSpec] {
        let (charts, diagnostics) = try parse(workspace)
        if !diagnostics.isEmpty { throw ModelError(.badData, diagnostics) }
        return charts
    }

    static func parse(_ workspace: Workspace) throws(ModelError) -> ([ChartSpec], [Diagnostic]) {
        let text = try workspace.configText()
        return ChartConfig.parse(text, path: workspace.shown(Workspace.configName), series: try kinds(workspace))
    }

    /// Builds and writes one chart in each of `formats` into `folder`, returning the files written.
    static func render(
        _ spec: ChartSpec, formats: [ChartSpec.FileFormat], into folder: String, workspace: Workspace,
        measurer: PangoMeasurer, fromConfig: Bool = true
    ) throws(ModelError) -> [String] {
        let builder = ChartBuilder(measure: measurer, configPath: fromConfig ? workspace.shown(Workspace.configName) : nil)
        let output: ChartBuilder.Output
        do throws(ChartError) {
            output = try builder.build(spec) { id throws(ModelError) in try workspace.load(id) }
        } catch {
            throw ModelError(.badData, error.diagnostics)
        }
        printDiagnostics(output.warnings)
        try AtomicFile.makeFolder(folder)
        var written: [String] = []
        for format in formats {
            let bytes: [UInt8]
            do throws(CairoError) {
                bytes = try Publisher.encode(output, spec: spec, format: format)
            } catch {
                throw ModelError(.io, "chart '\(spec.id)': \(error.description)")
            }
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + spec.id + "." + format.rawValue
            try AtomicFile.write(bytes, to: path, shown: path)
            written.append(path)
        }
        return written
    }

    /// Font and glyph problems, as warnings.
    static func reportFontProblems(_ measurer: PangoMeasurer) {
        printDiagnostics(measurer.warnings.map { Diagnostic(.warning, file: nil, $0) })
    }
}
