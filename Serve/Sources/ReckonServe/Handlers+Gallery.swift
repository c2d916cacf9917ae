import Dispatch
import Hummingbird
import ReckonChart
import ReckonModel
import ReckonPublish

extension Handlers {
    /// The gallery of every chart, its pictures and links pointing at this server.
    ///
    /// It waits for the charts' records no longer than the render time-out in all: a chart not drawn
    /// by then is shown as still being drawn, and the page is provisional (not kept, not tagged),
    /// while the chart goes on drawing for the next request. A chart that fails fails the page.
    func gallery(_ request: Request) async throws(ServeError) -> Response {
        try noParameters(request)
        let (kept, generation) = keptAnswer(request)
        if let kept { return kept }
        return try await steady({ [files] in files.stampsOfEverything() }, remembering: request, at: generation) {
            () throws(ServeError) in
            let settings = try files.settings()
            let inputs = settings.charts.map { files.inputsHash(of: $0) }
            let etag = Self.tag(inputs.joined(), "gallery")
            return (
                etag,
                try await cached(etag, request) { () throws(ServeError) in
                    let drawn = try await galleryRecords(settings.charts, inputs: inputs)
                    let page = Self.galleryHTML(settings.charts, drawn)
                    return Served(
                        bytes: Array(page.utf8), contentType: "text/html; charset=utf-8", etag: etag,
                        isFinal: !drawn.contains(nil))
                }
            )
        }
    }

    /// The record of each of `charts` (whose inputs' hashes are `inputs`), nil for those not drawn
    /// within the render time-out.
    ///
    /// - Throws: a chart's error, other than a full queue (that chart is not drawn yet).
    func galleryRecords(_ charts: [ChartSpec], inputs: [String]) async throws(ServeError) -> [ChartRecord?] {
        let keys = inputs.map { Self.tag($0, "record") }
        records.keep(only: Set(keys))
        let deadline = DispatchTime.now() + pool.timeout
        for (spec, key) in zip(charts, keys) {
            records.prepare(key) { () throws(ServeError) in
                try await self.drawn(spec, within: .infinity) { spec, _, output throws(ReckonError) in
                    ChartRecord(spec, output: output, formats: Publisher.withData(spec.formats))
                }
            }
        }
        var drawn: [ChartRecord?] = []
        for key in keys {
            switch await records.record(key, by: deadline) {
            case .success(let record): drawn.append(record)
            case .failure(let error) where error.status == .serviceUnavailable: drawn.append(nil)
            case .failure(let error): throw error
            case nil: drawn.append(nil)
            }
        }
        return drawn
    }

    /// The gallery page of `charts`: each drawn one as `reckon render` shows it, each other marked
    /// as still being drawn, in its place.
    static func galleryHTML(_ charts: [ChartSpec], _ drawn: [ChartRecord?]) -> String {
        let shown = zip(charts, drawn).map { spec, record in record ?? placeholder(spec) }
        let pending = Set(zip(charts, drawn).filter { $0.1 == nil }.map(\.0.id))
        return Gallery.html(shown, pending: pending)
    }

    /// A record with no files, standing in for a chart not drawn yet.
    static func placeholder(_ spec: ChartSpec) -> ChartRecord {
        ChartRecord(
            id: spec.id, title: spec.title ?? spec.id, note: nil, sourceLine: nil, sources: [], alt: "", width: spec.width,
            height: spec.height, formats: [], lastDay: nil)
    }
}
