import ReckonCairo
import ReckonChart
import ReckonModel

extension Publisher {
    /// Draws the chart a worker was asked for, from `settings` (this workspace's `reckon.yaml`), into
    /// the job's folder.
    ///
    /// - Throws: the settings' errors, a chart the settings do not have (`.usage`), the chart's own.
    static func draw(
        _ job: ChartJob, settings: WorkspaceSettings, workspace: Workspace, measurer: PangoMeasurer
    ) throws(ReckonError) -> Drawn {
        guard let spec = try settings.checked().charts.first(where: { $0.id == job.chart }) else {
            throw ReckonError(.usage, "no chart '\(job.chart)' in \(Workspace.configName)")
        }
        let files = spec.files(job.formats).filter { job.files.contains($0.name) }
        var options = RenderOptions(folder: job.folder, shownFolder: job.shown, jobs: 1)
        options.strict = job.strict
        return try draw(
            Job(spec: spec, inputs: "", files: files, formats: job.formats), workspace: workspace, options: options,
            measurer: measurer
        ).get()
    }
}
