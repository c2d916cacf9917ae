import Foundation
import Hummingbird
import Logging
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonOutput
import ReckonPublish

/// The series and query routes: a series' file or observations, and query results.
extension Handlers {
    /// A series' file as stored (`.csv`) or its observations as JSON (`.json`). A file larger than
    /// ``StreamedFile/threshold`` is sent from the file a chunk at a time; a smaller one, and the JSON,
    /// are made whole and kept in the cache.
    func series(_ name: String, _ request: Request) async throws(ServeError) -> Response {
        try noParameters(request)
        let (stem, ext) = Self.split(name)
        guard ext == "csv" || ext == "json" else {
            throw ServeError(.notFound, "no series file '\(name)': ask for <id>.csv or <id>.json")
        }
        let (kept, generation) = keptAnswer(request)
        if let kept { return kept }
        let id = try seriesID(stem)
        let contentType = ext == "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8"
        return try await steady({ [files] in files.stamps(ofSeries: id) }, remembering: request, at: generation) {
            () throws(ServeError) in
            let etag = Self.tag(files.seriesHash(id), ext)
            if ext == "csv", let file = try largeFile(Workspace.csvName(id)) {
                return (etag, file.response(to: request, contentType: contentType, etag: etag, maxAge: maxAge))
            }
            return (
                etag,
                try await cached(etag, request) { () throws(ServeError) in
                    Served(bytes: try await seriesBytes(id, ext), contentType: contentType, etag: etag)
                }
            )
        }
    }

    /// The file `name` of the workspace, opened, when it is larger than ``StreamedFile/threshold``;
    /// nil when it is smaller.
    func largeFile(_ name: String) throws(ServeError) -> StreamedFile? {
        let path = workspace.resolve(name)
        guard let stamp = WorkspaceFiles.Stamp(path), stamp.size > StreamedFile.threshold else { return nil }
        do throws(ReckonError) {
            return try StreamedFile(path, shown: workspace.shown(name), inside: .workspace(workspace.root))
        } catch {
            throw ServeError(error, in: workspace)
        }
    }

    /// A series' file as stored (`csv`) or its observations as JSON (`json`), whole, made on a render thread.
    func seriesBytes(_ id: SeriesID, _ ext: String) async throws(ServeError) -> [UInt8] {
        let workspace = workspace
        let bytes = try await pool.run { _ -> Result<[UInt8], ReckonError> in
            do throws(ReckonError) {
                if ext == "csv" {
                    let name = Workspace.csvName(id)
                    return .success(try workspace.readFile(name))
                }
                return .success(Array(ObservationListing(try workspace.load(id)).rendered(.json).utf8))
            } catch {
                return .failure(error)
            }
        }
        return try bytes.mapError { ServeError($0, in: workspace) }.get()
    }

    /// A query's points as JSON; the parameters are `reckon query`'s options, and `by=source`.
    func query(_ name: String, _ request: Request) async throws(ServeError) -> Response {
        let (kept, generation) = keptAnswer(request)
        if let kept { return kept }
        let id = try seriesID(name)
        var given = parameters(request)
        let bySource: Bool
        if let by = given.firstIndex(where: { $0.name == "by" }) {
            guard given[by].value == "source" else { throw ServeError(.badRequest, "by: the only value is 'source'") }
            bySource = true
            given.remove(at: by)
        } else {
            bySource = false
        }
        let options: QueryOptions
        do throws(AnalysisError) {
            options = try QueryOptions(parameters: given)
        } catch {
            throw ServeError(.badRequest, error.message)
        }
        if bySource, options.source != nil { throw ServeError(.badRequest, "by=source shows every source; leave out source") }
        let key = given.map { "\($0.name)=\($0.value)" }.sorted().joined(separator: "&") + (bySource ? "&by=source" : "")
        let workspace = workspace
        return try await steady({ [files] in files.stamps(ofSeries: id) }, remembering: request, at: generation) {
            () throws(ServeError) in
            let etag = Self.tag(files.seriesHash(id), "query?" + key)
            return (
                etag,
                try await cached(etag, request) { () throws(ServeError) in
                    let text = try await pool.run { _ -> Result<String, ServeError> in
                        do throws(ReckonError) {
                            let series = try workspace.load(id)
                            do throws(AnalysisError) {
                                if bySource {
                                    let groups = try BySource.run(series, options)
                                    return .success(
                                        PointsListing(bySource: groups.map { ($0.source, $0.result.points) }).rendered(.json))
                                }
                                return .success(PointsListing(try Query.run(series, options).points).rendered(.json))
                            } catch {
                                return .failure(
                                    ServeError(error.kind == .usage ? .badRequest : .unprocessableContent, error.message))
                            }
                        } catch {
                            return .failure(ServeError(error, in: workspace))
                        }
                    }
                    return Served(bytes: Array(try text.get().utf8), contentType: "application/json; charset=utf-8", etag: etag)
                }
            )
        }
    }
}
