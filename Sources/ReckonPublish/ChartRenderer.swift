import ReckonCairo
import ReckonModel

/// What draws charts on one of `render`'s threads: this process, or a child process that is
/// replaced when a chart kills it.
struct ChartRenderer {
    let workspace: Workspace
    let options: RenderOptions
    /// Made when this process first draws: a thread that hands every chart to a child needs none.
    private lazy var measurer = PangoMeasurer()
    private var child: WorkerProcess?

    init(workspace: Workspace, options: RenderOptions) {
        self.workspace = workspace
        self.options = options
    }

    /// The outcome of one chart.
    mutating func draw(_ job: Publisher.Job) -> Result<Publisher.Drawn, ReckonError> {
        guard let worker = options.worker else {
            return Publisher.draw(job, workspace: workspace, options: options, measurer: measurer)
        }
        if child == nil { child = WorkerProcess(worker) }
        guard let process = child else {
            // No worker can start (the executable was replaced while running, say): render here rather
            // than fail every chart.
            return Publisher.draw(job, workspace: workspace, options: options, measurer: measurer)
        }
        if let result = process.draw(job, options: options) { return result }
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
