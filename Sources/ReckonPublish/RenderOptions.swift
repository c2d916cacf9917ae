public import ReckonChart
public import ReckonModel

/// What `reckon render` is asked to do.
public struct RenderOptions: Sendable {
    /// The charts to render; nil for all.
    public var charts: [String]?
    /// Formats instead of each chart's own.
    public var formats: [ChartSpec.FileFormat]?
    /// The folder to write to, as a path, and as messages show it.
    public var folder: String
    /// The folder as messages show it.
    public var shownFolder: String
    /// Render even what is up to date.
    public var force = false
    /// A character that no installed font has fails its chart instead of being drawn as a box.
    public var strict = false
    /// How many charts to render at once.
    public var jobs: Int
    /// How long to wait for another render's lock, in seconds.
    public var wait = 0.0
    /// Called as charts finish: (done, total), from any thread.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Renders each chart in a process of its own when set, so that a chart whose rendering
    /// crashes or hangs fails alone; nil renders in this process (for library users).
    public var worker: ChartWorker?
    /// Renders only this share of the charts (see ``Shard``), leaving the reports to the step that
    /// merges the shards.
    public var shard: Shard?

    /// Options to render into `folder` (shown as `shownFolder`), `jobs` charts at once.
    public init(folder: String, shownFolder: String, jobs: Int) {
        self.folder = folder
        self.shownFolder = shownFolder
        self.jobs = jobs
    }
}

/// What a render did.
public struct RenderSummary: Sendable {
    /// The charts rendered.
    public var rendered: [String] = []
    /// The charts that were up to date.
    public var unchanged: [String] = []
    /// The charts that failed.
    public var failed: [String] = []
    /// The kind of each failure, in the order of ``failed``.
    public var failureKinds: [ReckonError.Kind] = []
    /// The files written, as messages show them.
    public var written: [String] = []
    /// Errors and warnings, in `file:line:column:` form.
    public var diagnostics: [Diagnostic] = []

    /// Nothing done yet.
    public init() {}

    /// The kind of failure the run as a whole reports: the first failed chart's, or nil when none
    /// failed.
    public var failureKind: ReckonError.Kind? { failureKinds.first }
}
