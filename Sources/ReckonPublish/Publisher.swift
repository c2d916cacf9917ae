import Dispatch
import Foundation
import ReckonCairo
public import ReckonChart
public import ReckonModel
import Synchronization

/// `reckon render`: incremental, parallel, atomic and locked rendering of a workspace's charts, with
/// the manifest and the galleries.
public enum Publisher {

    /// Renders the charts that are out of date.
    ///
    /// Holds an exclusive lock on the output folder for the whole run (waiting up to `options.wait`
    /// seconds for another run). A chart is out of date when one of its files is missing or was made
    /// from other inputs: its spec, the series it reads, reckon's version. A chart that fails keeps its
    /// previous files; the others are still rendered. Every file is written atomically, and files whose
    /// contents would not change (manifest, galleries) are not written at all.
    ///
    /// Nothing is written unless all of `reckon.yaml` is valid. Leftover temporary files of killed
    /// runs are removed under the lock. With `options.worker`, each chart renders in a child process.
    ///
    /// - Throws: `.badData` for any problem in `reckon.yaml`; `.busy` when another run holds the lock;
    ///   `.missingInput` when there is no workspace; `.cannotCreate` when the output folder's parent is
    ///   missing or read-only; `.io` when writing the manifest or a gallery fails.
    public static func render(_ workspace: Workspace, _ options: RenderOptions) throws(ReckonError) -> RenderSummary {
        // The whole of reckon.yaml is valid before anything is written.
        let settings = try WorkspaceSettings.read(workspace).checked()
        let (specs, reports) = (settings.charts, settings.reports)
        let folder = options.folder
        let lock = try lockOutput(options)
        defer { withExtendedLifetime(lock) {} }

        var summary = RenderSummary()
        summary.diagnostics += settings.diagnostics
        let chosen = try chosenCharts(specs, options)
        var manifest = Manifest.read(in: folder)
        manifest.shard = options.shard

        var seriesHashes: [SeriesID: String] = [:]
        // Each spec's text is made once for the charts' and the reports' hashes alike.
        var specTexts: [String: String] = [:]
        let text = { (spec: ChartSpec) -> String in
            if let known = specTexts[spec.id] { return known }
            let made = specText(spec)
            specTexts[spec.id] = made
            return made
        }
        let jobs = plan(chosen, manifest: manifest, options: options, summary: &summary, specText: text) { id in
            if let known = seriesHashes[id] { return known }
            let hash = seriesHash(workspace, id)
            seriesHashes[id] = hash
            return hash
        }
        // Draw in parallel; each thread has its own text measurer (Pango's font map is per thread).
        let results = run(jobs, workspace: workspace, options: options)
        for (job, result) in zip(jobs, results) {
            record(job, result, options: options, manifest: &manifest, summary: &summary)
        }
        // The reports, with every run of all the charts (a shard leaves them to the merge).
        if options.charts == nil, options.shard == nil {
            renderReports(
                reports, charts: specs, workspace: workspace, options: options, seriesHashes: seriesHashes,
                specText: text, manifest: &manifest, summary: &summary)
        }
        try finish(
            specs: options.shard.map { shard in specs.filter(shard.contains) } ?? specs, reports: reports,
            forget: options.charts == nil, manifest: &manifest, options: options, summary: &summary)
        if options.charts == nil, options.shard == nil {
            try writeOpenData(workspace, specs: specs, manifest: manifest, options: options, summary: &summary)
        }
        return summary
    }

    /// The charts a run draws: those `options.charts` names (all without), in this run's shard.
    ///
    /// - Throws: `.usage` for a name that is not a chart of `specs`.
    static func chosenCharts(_ specs: [ChartSpec], _ options: RenderOptions) throws(ReckonError) -> [ChartSpec] {
        let inShard = { (spec: ChartSpec) in options.shard.map { $0.contains(spec) } ?? true }
        guard let names = options.charts else { return specs.filter(inShard) }
        var chosen: [ChartSpec] = []
        for name in names {
            guard let spec = specs.first(where: { $0.id == name }) else {
                throw ReckonError(
                    .usage, "no chart '\(name)' in \(Workspace.configName) (charts: \(specs.map(\.id).joined(separator: ", ")))")
            }
            if inShard(spec) { chosen.append(spec) }
        }
        return chosen
    }

    /// The jobs of the charts that are out of date: a file missing, or made from other inputs than
    /// now (`specText` gives each spec's text, `seriesHash` each series' hash). The others are listed
    /// as unchanged.
    static func plan(
        _ chosen: [ChartSpec], manifest: Manifest, options: RenderOptions, summary: inout RenderSummary,
        specText: (ChartSpec) -> String = specText, seriesHash: (SeriesID) -> String
    ) -> [Job] {
        var jobs: [Job] = []
        for spec in chosen {
            let inputs = inputsHash(of: spec, text: specText(spec), seriesHash: seriesHash)
            // Every chart offers the numbers it draws for download, whatever pictures it is drawn in.
            let formats = withData(options.formats ?? spec.formats)
            let files = spec.files(formats)
            let stale = files.filter { file in
                options.force || manifest.outputs[file.name] != inputs
                    || !FileManager.default.fileExists(atPath: options.folder + "/" + file.name)
            }
            if stale.isEmpty, manifest.charts[spec.id] != nil {
                summary.unchanged.append(spec.id)
            } else {
                jobs.append(Job(spec: spec, inputs: inputs, files: stale.isEmpty ? files : stale, formats: formats))
            }
        }
        return jobs
    }

    /// Takes a job's outcome into the manifest and the summary.
    static func record(
        _ job: Job, _ result: Result<Drawn, ReckonError>, options: RenderOptions, manifest: inout Manifest,
        summary: inout RenderSummary
    ) {
        switch result {
        case .success(let done):
            summary.rendered.append(job.spec.id)
            summary.written += done.files.map { options.shownFolder + "/" + $0 }
            summary.diagnostics += done.warnings
            for file in job.files { manifest.outputs[file.name] = job.inputs }
            var record = done.record
            // The formats the chart now has files in: with --formats, also those from earlier runs.
            let previous = manifest.charts[job.spec.id]?.formats ?? []
            let written = Set(job.files.filter(\.rendering.isPrimary).map(\.format))
            let wanted =
                options.formats == nil
                ? job.formats
                : ChartSpec.FileFormat.allCases.filter { job.formats.contains($0) || previous.contains($0) }
            record.formats = wanted.filter { f in written.contains(f) || previous.contains(f) }
            manifest.charts[job.spec.id] = record
        case .failure(let error):
            summary.failed.append(job.spec.id)
            summary.failureKinds.append(error.kind)
            // Two charts of one broken series fail with the same error: it is said once.
            summary.diagnostics += error.diagnostics.filter { d in !summary.diagnostics.contains(d) }
        }
    }

    /// Forgets (with `forget`) the charts and reports that `reckon.yaml` no longer has, then writes the
    /// manifest and the galleries of `specs`, each only when its contents change.
    static func finish(
        specs: [ChartSpec], reports: [ReportSpec], forget: Bool, manifest: inout Manifest, options: RenderOptions,
        summary: inout RenderSummary
    ) throws(ReckonError) {
        let folder = options.folder
        if forget {
            let ids = Set(specs.map(\.id))
            let reportFiles = Set(reports.map(\.output))
            manifest.charts = manifest.charts.filter { ids.contains($0.key) }
            manifest.outputs = manifest.outputs.filter { key, _ in
                reportFiles.contains(key) || ids.contains(chart(ofFile: key))
            }
        }
        // The manifest and the galleries, written only when they change.
        let records = specs.compactMap { spec -> ChartRecord? in
            var record = manifest.charts[spec.id]
            record?.versions = Archive.versions(of: spec.id, in: folder)
            return record
        }
        // The charts and reports written without a sync each are on disk before the manifest says
        // they are current: one sync for the run.
        if !summary.written.isEmpty { AtomicFile.syncFileSystem(of: folder) }
        let writes: [(String, [UInt8], Durability)] = [
            (Manifest.fileName, manifest.json(), .synced),
            // The galleries are compared with what they should be on every run, and written again.
            ("index.md", Array(Gallery.markdown(records).utf8), .deferred),
            ("index.html", Array(Gallery.html(records).utf8), .deferred),
        ]
        for (name, bytes, durability) in writes {
            let path = folder + "/" + name
            if let current = try? FileIO.read(path, shown: name), current == bytes { continue }
            try AtomicFile.write(bytes, to: path, shown: options.shownFolder + "/" + name, durability: durability)
            summary.written.append(options.shownFolder + "/" + name)
        }
    }

    /// Makes the output folder when it is missing, takes its lock (waiting up to `options.wait`
    /// seconds) and removes the temporary files that killed runs left.
    static func lockOutput(_ options: RenderOptions) throws(ReckonError) -> FileLock {
        try AtomicFile.requireParent(of: options.folder, shown: options.shownFolder)
        if !FileManager.default.fileExists(atPath: options.folder) { try AtomicFile.makeFolder(options.folder) }
        let lock = try FileLock(
            folder: options.folder, shown: options.shownFolder, timeout: options.wait,
            busy: "another reckon render is writing this folder; try again later (or give --wait SECONDS)")
        AtomicFile.removeLeftovers(in: options.folder)
        return lock
    }

    /// `formats` with the data download (`csv`) added when it is not among them.
    public static func withData(_ formats: [ChartSpec.FileFormat]) -> [ChartSpec.FileFormat] {
        formats.contains(.csv) ? formats : formats + [.csv]
    }

    /// One chart to render: which files, from which inputs.
    struct Job: Sendable {
        var spec: ChartSpec
        var inputs: String
        /// The files to write.
        var files: [ChartFile]
        /// The formats of the chart's primary rendering, written now or before.
        var formats: [ChartSpec.FileFormat]
    }

    /// One chart drawn: the files written, its record and its warnings.
    struct Drawn: Sendable, Equatable {
        var files: [String]
        var record: ChartRecord
        var warnings: [ReckonModel.Diagnostic]
    }

    /// The hash of a chart's inputs, which the manifest keeps for each file: reckon's version, the
    /// chart's spec and the hashes of the series it reads (given by `seriesHash`).
    public static func inputsHash(of spec: ChartSpec, seriesHash: (SeriesID) -> String) -> String {
        inputsHash(of: spec, text: specText(spec), seriesHash: seriesHash)
    }

    /// ``inputsHash(of:seriesHash:)`` with the spec's ``specText(_:)`` given, for a caller that keeps
    /// it while the spec is unchanged (making the text is most of the hash's cost).
    public static func inputsHash(of spec: ChartSpec, text: String, seriesHash: (SeriesID) -> String) -> String {
        var hash = ContentHash()
        hash.update(ReckonVersion.current)
        hash.update(text)
        for layer in spec.layers { hash.update(seriesHash(layer.series)) }
        return hash.hex()
    }

    /// The text of a chart's spec that input hashes are made from: every setting, printed, without
    /// where it was written (see `ChartSpec.canonical`).
    public static func specText(_ spec: ChartSpec) -> String { String(reflecting: spec.canonical) }

    /// The hash of a series' CSV file and sidecar, read a piece at a time (a file that cannot be
    /// read adds nothing).
    public static func seriesHash(_ workspace: Workspace, _ id: SeriesID) -> String {
        var hash = ContentHash()
        for name in [Workspace.csvName(id), Workspace.sidecarName(id)] {
            hash.update(name)
            guard
                let (fd, _) = try? FileIO.openForReading(
                    workspace.resolve(name), shown: name, limit: FileIO.dataLimit, inside: .workspace(workspace.root))
            else { continue }
            _ = hash.update(readingFrom: fd)
            close(fd)
        }
        return hash.hex()
    }

    /// Renders every job with up to `options.jobs` threads; the results are in job order.
    static func run(_ jobs: [Job], workspace: Workspace, options: RenderOptions) -> [Result<Drawn, ReckonError>] {
        guard !jobs.isEmpty else { return [] }
        let progress = RunProgress(count: jobs.count)
        let workers = max(1, min(options.jobs, jobs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var renderer = ChartRenderer(workspace: workspace, options: options)
            defer { renderer.finish() }
            while let i = progress.take() {
                let finished = progress.keep(renderer.draw(jobs[i]), at: i)
                options.progress?(finished, jobs.count)
            }
        }
        return progress.results
    }

    /// Draws one chart in each of its renderings that has files to write, and writes them; keeps the
    /// version in the archive when the chart asks for it.
    static func draw(
        _ job: Job, workspace: Workspace, options: RenderOptions, measurer: PangoMeasurer
    ) -> Result<Drawn, ReckonError> {
        let spec = job.spec
        let pipeline = ChartPipeline(measure: measurer, configPath: workspace.shown(Workspace.configName))
        var written: [String] = []
        let primary: ChartBuilder.Output
        // What the further renderings warn of beyond the primary's: labels left out. The text a
        // narrower layout sheds by design (subtitle, note, legend details) is not news each run.
        var further: [ReckonModel.Diagnostic] = []
        // The measurer's notes are this chart's alone.
        measurer.reset()
        // All of the chart's files or none: a format that fails leaves every file as it was. They
        // reach the disk by the sync `finish` makes before the manifest records them.
        var files = StagedFiles(durability: .deferred)
        do throws(ReckonError) {
            primary = try pipeline.build(spec, in: workspace)
            if options.strict, !measurer.missingCharacters.isEmpty {
                throw ReckonError(
                    .badData, file: workspace.shown(Workspace.configName),
                    "chart '\(spec.id)': " + PangoMeasurer.missingMessage(measurer.missingCharacters)
                        + "; with --strict the chart is not drawn")
            }
            for rendering in spec.renderings {
                let chartFiles = job.files.filter { $0.rendering == rendering }
                guard !chartFiles.isEmpty else { continue }
                let drawn = spec.drawn(as: rendering)
                let output = rendering.isPrimary ? primary : try pipeline.build(drawn, in: workspace)
                further += output.warnings.filter { w in
                    !primary.warnings.contains(w) && !further.contains(w) && !ChartBuilder.isLayoutFallback(w)
                }
                for file in chartFiles {
                    let bytes = try pipeline.encode(output, spec: drawn, format: file.format)
                    try files.stage(bytes, to: options.folder + "/" + file.name, shown: options.shownFolder + "/" + file.name)
                    written.append(file.name)
                }
            }
            try files.commit()
            if spec.archive {
                // The chart's own formats, whichever of them this run wrote.
                let formats = withData(spec.formats)
                written += try Archive.keep(spec.id, formats: formats, lastDay: primary.lastDay, options: options)
            }
        } catch {
            return .failure(error)
        }
        let warnings =
            primary.warnings + further
            + measurer.warnings.map { ReckonModel.Diagnostic(.warning, file: nil, "chart '\(spec.id)': " + $0) }
        return .success(
            Drawn(files: written, record: ChartRecord(spec, output: primary, formats: job.formats), warnings: warnings))
    }
}

/// The jobs of a run as its threads share them: which is next, and the results so far.
final class RunProgress: Sendable {
    private struct State {
        var next = 0
        var done = 0
        var results: [Result<Publisher.Drawn, ReckonError>?]
    }
    private let state: Mutex<State>
    private let count: Int

    init(count: Int) {
        self.count = count
        state = Mutex(State(results: Array(repeating: nil, count: count)))
    }

    /// The index of the next job to draw; nil when every job is taken.
    func take() -> Int? {
        state.withLock { state in
            guard state.next < count else { return nil }
            defer { state.next += 1 }
            return state.next
        }
    }

    /// Keeps the result of job `index`; returns how many jobs are done.
    func keep(_ result: Result<Publisher.Drawn, ReckonError>, at index: Int) -> Int {
        state.withLock { state in
            state.results[index] = result
            state.done += 1
            return state.done
        }
    }

    /// Every job's result, once all are done.
    var results: [Result<Publisher.Drawn, ReckonError>] { state.withLock { $0.results.map { $0! } } }
}
