import Foundation
import ReckonCairo
public import ReckonChart
public import ReckonModel

extension Publisher {
    /// Renders the reports whose inputs changed into the output folder, as charts are rendered: each
    /// written atomically, and one that fails keeps its previous file and fails alone.
    ///
    /// A report's inputs are its template, every series and chart of the workspace (a template may
    /// quote any of them) and reckon's version. `seriesHashes` are the hashes the charts' step
    /// already took; only the other series are read again.
    static func renderReports(
        _ reports: [ReportSpec], charts: [ChartSpec], workspace: Workspace, options: RenderOptions,
        seriesHashes: [SeriesID: String], specText: (ChartSpec) -> String = specText, manifest: inout Manifest,
        summary: inout RenderSummary
    ) {
        guard !reports.isEmpty else { return }
        let ids = (try? workspace.seriesIDs()) ?? []
        let shared = sharedReportHash(charts: charts, series: ids, specText: specText) {
            seriesHashes[$0] ?? seriesHash(workspace, $0)
        }
        let pipeline = ChartPipeline(measure: PangoMeasurer(), configPath: workspace.shown(Workspace.configName))
        // The files of the series whose charts failed this run: their errors have been said.
        var said: Set<String> = []
        for spec in charts where summary.failed.contains(spec.id) {
            for layer in spec.layers {
                said.insert(workspace.shown(Workspace.csvName(layer.series)))
                said.insert(workspace.shown(Workspace.sidecarName(layer.series)))
            }
        }
        // The charts whose worker crashed or ran past --timeout: building them here would do the same.
        // (A chart that failed on its data fails a report that quotes it with that error, said once.)
        let stopped = Set(zip(summary.failed, summary.failureKinds).filter { $0.1 == .internalFailure }.map(\.0))
        for report in reports {
            let shownTemplate = workspace.shown(report.template)
            let text: String
            do throws(ReckonError) {
                text = try Report.read(report.template, in: workspace)
            } catch {
                fail(report, error, said: said, &summary)
                continue
            }
            let inputs = reportHash(shared, template: report.template, text: text)
            let target = options.folder + "/" + report.output
            if !options.force, manifest.outputs[report.output] == inputs, FileManager.default.fileExists(atPath: target) {
                summary.unchanged.append(report.output)
                continue
            }
            do throws(ReckonError) {
                let page = try Report.render(
                    template: text, path: shownTemplate, workspace: workspace, charts: charts, pipeline: pipeline,
                    failed: stopped)
                try AtomicFile.write(
                    Array(page.utf8), to: target, shown: options.shownFolder + "/" + report.output, durability: .deferred)
                manifest.outputs[report.output] = inputs
                summary.rendered.append(report.output)
                summary.written.append(options.shownFolder + "/" + report.output)
            } catch {
                fail(report, error, said: said, &summary)
            }
        }
    }

    /// Every problem `render --all` would find in the templates of `settings`' reports: templates
    /// that cannot be read (missing, not text, outside the workspace) and every tag a template cannot
    /// render, each located (the entries of `reports:` themselves are checked by ``WorkspaceSettings``). A series' own problems are left to the series'
    /// checks. This is what `reckon check` says of reports.
    ///
    /// The charts that figures quote are laid out with fixed text metrics: which facts have values
    /// does not depend on fonts, and checking never loads Cairo or Pango.
    public static func reportProblems(in workspace: Workspace, settings: WorkspaceSettings) -> [Diagnostic] {
        let config = workspace.shown(Workspace.configName)
        let (reports, charts) = (settings.reports, settings.charts)
        var out: [Diagnostic] = []
        let pipeline = ChartPipeline(measure: FixedMetrics(), configPath: config)
        for report in reports {
            let shown = workspace.shown(report.template)
            do throws(ReckonError) {
                let template = try Report.read(report.template, in: workspace)
                _ = try Report.render(template: template, path: shown, workspace: workspace, charts: charts, pipeline: pipeline)
            } catch {
                out += error.diagnostics.filter { $0.file == shown || $0.file == config }
            }
        }
        return out
    }

    /// What every report's inputs hash starts from: reckon's version, every chart's spec (its text
    /// given by `specText`, ``specText(_:)`` unless told) and every series' hash (given by
    /// `seriesHash`), as a template may quote any of them.
    public static func sharedReportHash(
        charts: [ChartSpec], series: [SeriesID], specText: (ChartSpec) -> String = specText,
        seriesHash: (SeriesID) -> String
    ) -> ContentHash {
        var shared = ContentHash()
        shared.update(ReckonVersion.current)
        for spec in charts { shared.update(specText(spec)) }
        for id in series { shared.update(seriesHash(id)) }
        return shared
    }

    /// The hash of a report's inputs, which the manifest keeps: `shared` (see `sharedReportHash`), the
    /// template's path and its text.
    public static func reportHash(_ shared: ContentHash, template: String, text: String) -> String {
        var hash = shared
        hash.update(template)
        hash.update(text)
        return hash.hex()
    }

    /// Records a failed report; errors in the files of `said` are left out, as the charts that read
    /// them have reported them already.
    private static func fail(_ report: ReportSpec, _ error: ReckonError, said: Set<String>, _ summary: inout RenderSummary) {
        summary.failed.append(report.output)
        summary.failureKinds.append(error.kind)
        summary.diagnostics += error.diagnostics.filter { d in d.file.map { !said.contains($0) } ?? true }
    }
}
