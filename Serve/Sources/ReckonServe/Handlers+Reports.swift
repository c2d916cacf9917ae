import Foundation
import Hummingbird
import Logging
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonOutput
import ReckonPublish

/// The report route: a report, or a chart file a report links to.
extension Handlers {
    /// A report, by its output's name with or without its extension (`brief` or `brief.md`); any
    /// other name is a chart file, so that the pictures a report links to relatively are found.
    func report(_ name: String, _ request: Request) async throws(ServeError) -> Response {
        let settings = try files.settings()
        guard let spec = settings.reports.first(where: { $0.output == name || Self.split($0.output).stem == name }) else {
            return try await chart(name, request)
        }
        try noParameters(request)
        let workspace = workspace
        let shownTemplate = workspace.shown(spec.template)
        let text: String
        do throws(ReckonError) {
            text = try Report.read(spec.template, in: workspace)
        } catch {
            throw ServeError(error, in: workspace)
        }
        let html = Report.isHTML(spec.output)
        return try await steady({ [files] in files.stampsOfEverything() }) { () throws(ServeError) in
            let ids = (try? workspace.seriesIDs()) ?? []
            let shared = Publisher.sharedReportHash(charts: settings.charts, series: ids, specText: files.specText) {
                files.seriesHash($0)
            }
            let etag = Self.tag(Publisher.reportHash(shared, template: spec.template, text: text), spec.output)
            return (
                etag,
                try await cached(etag, request) { () throws(ServeError) in
                    try RenderPool.requireGraphics()
                    let page = try await pool.run { measurer -> Result<String, ReckonError> in
                        measurer.reset()
                        let pipeline = ChartPipeline(measure: measurer, configPath: workspace.shown(Workspace.configName))
                        do throws(ReckonError) {
                            return .success(
                                try Report.render(
                                    template: text, path: shownTemplate, workspace: workspace, charts: settings.charts,
                                    pipeline: pipeline))
                        } catch {
                            return .failure(error)
                        }
                    }
                    return Served(
                        bytes: Array(try page.mapError { ServeError($0, in: workspace) }.get().utf8),
                        contentType: html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8", etag: etag)
                }
            )
        }
    }
}
