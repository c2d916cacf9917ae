import ReckonCairo
import ReckonModel

/// What renders charts on one of `render`'s threads: this process, or a child process that is
/// replaced when a chart kills it.
struct ChartRenderer {
    let workspace: Workspace
    let options: RenderOptions
    private let measurer = PangoMeasurer()
    private var child: WorkerProcess?

    init(workspace: Workspace, options: RenderOptions) {
        self.workspace = workspace
        self.options = options
    }

    /// The outcome of one chart.
    mutating func render(_ job: Publisher.Job) -> Result<Publisher.Done, ReckonError> {
        guard let worker = options.worker else {
            return Publisher.render(job, workspace: workspace, options: options, measurer: measurer)
        }
        if child == nil { child = WorkerProcess(worker) }
        guard let process = child else {
            // No worker can start (the executable was replaced while running, say): render here rather
            // than fail every chart.
            return Publisher.render(job, workspace: workspace, options: options, measurer: measurer)
        }
        if let result = process.render(job, options: options) { return result }
        child = nil
        return .failure(failure(job, process.deathMessage()))
    }

    /// Ends the child process, if there is one.
    mutating func finish() {
        child?.finish()
        child = nil
    }

    private func failure(_ job: Publisher.Job, _ message: String) -> ReckonError {
        ReckonError(.internalFailure, file: nil, "chart '\(job.spec.id)': \(message); its previous files are kept")
    }
}
