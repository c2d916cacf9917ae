import ReckonCairo
import ReckonChart
import ReckonModel

extension Publisher {
    /// Renders the chart a worker was asked for, from `settings` (this workspace's `reckon.yaml`), into the request's folder; returns its record as a one-chart manifest (the
    /// files written under `outputs`) and its warnings.
    static func renderOne(
        _ request: ChartWorker.Request, settings: WorkspaceSettings, workspace: Workspace, measurer: PangoMeasurer
    ) throws(ReckonError) -> (manifest: Manifest, warnings: [ReckonModel.Diagnostic]) {
        guard let spec = try settings.checked().charts.first(where: { $0.id == request.chart }) else {
            throw ReckonError(.usage, "no chart '\(request.chart)' in \(Workspace.configName)")
        }
        let files = spec.files(request.formats).filter { request.files.contains($0.name) }
        let job = Job(spec: spec, inputs: "", files: files, formats: request.formats)
        var options = RenderOptions(folder: request.folder, shownFolder: request.shown, jobs: 1)
        options.strict = request.strict
        switch render(job, workspace: workspace, options: options, measurer: measurer) {
        case .success(let done):
            var manifest = Manifest()
            manifest.charts[spec.id] = done.record
            for file in done.files { manifest.outputs[file] = "" }
            return (manifest, done.warnings)
        case .failure(let error):
            throw error
        }
    }
}
