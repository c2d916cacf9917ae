import Foundation
import Hummingbird
import Logging
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel
import ReckonOutput
import ReckonPublish

/// The answers to each route, from the workspace as it is at the time of the request.
struct Handlers: Sendable {
    let files: WorkspaceFiles
    /// The generation of the files answers are made from, for answering from the cache at once.
    let watch: WorkspaceWatch
    let pool: RenderPool
    let cache: ResponseCache
    let metrics: ServeMetrics
    let maxAge: Int
    let logger: Logger
    /// The chart whose renders never finish, in tests (see ``ServeOptions/hangChart``).
    var hangChart: String?
    /// The charts' records for the gallery, drawn or being drawn.
    let records = GalleryRecords()

    var workspace: Workspace { files.workspace }

    /// A route: the paths it serves and what answers a GET of one (HEAD is answered the same, without
    /// the body).
    struct Route<Context: RequestContext> {
        var path: RouterPath
        var answer: @Sendable (Request, Context) async throws -> Response
    }

    /// Every route, in the order the router takes them.
    func routes<Context: RequestContext>(in _: Context.Type) -> [Route<Context>] {
        [
            Route(path: "/") { request, _ in try await gallery(request) },
            Route(path: "/healthz") { request, _ in try plain(request, "ok\n", type: "text/plain; charset=utf-8") },
            Route(path: "/metrics") { request, _ in
                try plain(request, metrics.text(), type: "text/plain; version=0.0.4; charset=utf-8")
            },
            Route(path: "/charts/:file") { request, context in try await chart(try context.parameters.require("file"), request) },
            Route(path: "/:file") { request, context in try await chart(try context.parameters.require("file"), request) },
            Route(path: "/series/:file") { request, context in
                try await series(try context.parameters.require("file"), request)
            },
            Route(path: "/query/:series") { request, context in
                try await query(try context.parameters.require("series"), request)
            },
            Route(path: "/reports/:file") { request, context in
                try await report(try context.parameters.require("file"), request)
            },
        ]
    }

    /// `text`, never cached, for a request without parameters.
    func plain(_ request: Request, _ text: String, type: String) throws(ServeError) -> Response {
        try noParameters(request)
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    // MARK: Charts

    /// A chart's file or embed record.
    func chart(_ name: String, _ request: Request) async throws(ServeError) -> Response {
        let (kept, generation) = keptAnswer(request)
        if let kept { return kept }
        let settings = try files.settings()
        let asked = try ChartRequest(file: name, parameters: parameters(request), charts: settings.charts)
        return try await steady({ [files] in files.stamps(of: asked.spec) }, remembering: request, at: generation) {
            () throws(ServeError) in
            // Read again: the settings may have changed since the request was parsed.
            let settings = try files.settings()
            let asked = try ChartRequest(file: name, parameters: parameters(request), charts: settings.charts)
            let etag = Self.tag(files.inputsHash(of: asked.chart), asked.key)
            return (etag, try await cached(etag, request) { () throws(ServeError) in try await draw(asked, settings, etag) })
        }
    }

    /// The body of a chart request; 422 when the chart works at its own size but not at the one asked.
    func draw(_ asked: ChartRequest, _ settings: WorkspaceSettings, _ etag: String) async throws(ServeError) -> Served {
        do throws(ServeError) {
            let bytes = try await drawn(asked.spec) { spec, pipeline, output throws(ReckonError) in
                switch asked.answer {
                case .record:
                    let primary = settings.charts.first { $0.id == spec.id } ?? spec
                    let record = ChartRecord(primary, output: output, formats: Publisher.withData(primary.formats))
                    return Array(Snippet.json(record, base: "/charts/").utf8)
                case .file(let format):
                    return try pipeline.encode(output, spec: spec, format: format)
                }
            }
            return Served(bytes: bytes, contentType: asked.contentType, etag: etag)
        } catch  where asked.resized && error.status == .internalServerError {
            guard let own = settings.charts.first(where: { $0.id == asked.spec.id }),
                (try? await drawn(own) { _, _, _ in true }) == true
            else { throw error }
            throw ServeError(.unprocessableContent, error.message + "; ask for a larger size")
        }
    }

    /// Builds `spec` on a render thread and makes its answer with `make`, waiting for it `within`
    /// seconds (the render time-out unless told).
    func drawn<T: Sendable>(
        _ spec: ChartSpec, within: Double? = nil,
        _ make: @escaping @Sendable (ChartSpec, ChartPipeline, ChartBuilder.Output) throws(ReckonError) -> T
    ) async throws(ServeError) -> T {
        try RenderPool.requireGraphics()
        let workspace = workspace, logger = logger, hangChart = hangChart
        let result = try await pool.run(within: within) { measurer -> Result<T, ReckonError> in
            while spec.id == hangChart { sleep(60) }
            measurer.reset()
            let pipeline = ChartPipeline(measure: measurer, configPath: workspace.shown(Workspace.configName))
            do throws(ReckonError) {
                let output = try pipeline.build(spec, in: workspace)
                for warning in measurer.warnings { logger.warning("chart '\(spec.id)': \(warning)") }
                return .success(try make(spec, pipeline, output))
            } catch {
                return .failure(error)
            }
        }
        return try result.mapError { ServeError($0, in: workspace) }.get()
    }

    // MARK: Helpers

    /// The response from the cache under `etag`, else made by `make` and kept; 304 when the request
    /// already has it.
    func cached(
        _ etag: String, _ request: Request, _ make: @escaping @Sendable () async throws(ServeError) -> Served
    ) async throws(ServeError) -> Response {
        if Served.matches(request.headers[.ifNoneMatch], etag) {
            metrics.cacheHits.increment()
            return Response(status: .notModified, headers: [.eTag: etag, .cacheControl: "public, max-age=\(maxAge)"])
        }
        let (served, hit) = try await cache.get(etag, make: make)
        (hit ? metrics.cacheHits : metrics.cacheMisses).increment()
        return served.response(to: request)
    }

    /// The response the cache holds for `request`'s target at the generation of the workspace's
    /// files now (nil when it holds none), and that generation (nil when changes are not watched).
    func keptAnswer(_ request: Request) -> (response: Response?, generation: UInt64?) {
        guard let generation = watch.generation() else { return (nil, nil) }
        guard let kept = cache.answer(request.uri.string, at: generation) else { return (nil, generation) }
        metrics.cacheHits.increment()
        return (kept.response(to: request), generation)
    }

    /// The answer the cache holds for `head`'s target at the generation of the workspace's files now,
    /// for the connection's event loop to write at once (see ``CachedAnswerHandler``); nil for a target
    /// it holds no answer for, when changes are not watched, and for methods other than GET and HEAD.
    func keptAnswer(to head: HTTPRequest) -> CachedAnswerHandler.Answer? {
        guard head.method == .get || head.method == .head, let target = head.path,
            let generation = watch.generation(checkingLinks: false), let kept = cache.answer(target, at: generation)
        else { return nil }
        metrics.cacheHits.increment()
        let route = Observe<BasicRequestContext>.route(target.prefix { $0 != "?" })
        let (status, headers, body) = kept.parts(ifNoneMatch: head.headerFields[.ifNoneMatch])
        return CachedAnswerHandler.Answer(
            head: HTTPResponse(status: status, headerFields: headers), body: head.method == .head ? nil : body,
            route: route,
            count: { [metrics] status, duration in metrics.request(route: route, status: status, duration: duration) })
    }

    /// The answer `attempt` makes (with the entity tag it is kept under), made again when a file that
    /// `stamps` looks at changed while it was made: no answer's tag names other files than its body
    /// was made from, and no answer mixes two versions of a file. The answer is remembered for
    /// `request`'s target at `generation` (taken before any file was read; see ``keptAnswer(_:)``).
    func steady(
        _ stamps: @escaping () -> [WorkspaceFiles.Stamp?], remembering request: Request? = nil,
        at generation: UInt64? = nil, _ attempt: () async throws(ServeError) -> (etag: String, response: Response)
    ) async throws(ServeError) -> Response {
        for _ in 0..<3 {
            let before = stamps()
            let (etag, response) = try await attempt()
            if stamps() == before {
                if let request, let generation { cache.remember(request.uri.string, etag: etag, at: generation) }
                return response
            }
            cache.remove(etag)
        }
        throw ServeError(.serviceUnavailable, "the workspace's files kept changing while the answer was made", retryAfter: 1)
    }

    /// The request's URL parameters, in order.
    func parameters(_ request: Request) -> [(name: String, value: String)] {
        Self.parameters(query: request.uri.query)
    }

    /// The parameters of a URL's query, read as HTML forms, `URLSearchParams` and most HTTP clients
    /// write them: `name=value` pairs separated by `&`, an empty pair skipped, a name without `=` given
    /// the empty value, and in names and values alike `+` a space and `%XX` a byte (the text as sent
    /// where those bytes are not UTF-8).
    static func parameters(query: String?) -> [(name: String, value: String)] {
        guard let query else { return [] }
        return query.split(separator: "&").map { pair in
            guard let equals = pair.firstIndex(of: "=") else { return (decoded(pair), "") }
            return (decoded(pair[..<equals]), decoded(pair[pair.index(after: equals)...]))
        }
    }

    /// A query's name or value, `+` a space and percent-escapes decoded.
    static func decoded(_ text: Substring) -> String {
        let spaced = String(text.replacing("+", with: " "))
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Rejects a request with parameters where a route takes none.
    func noParameters(_ request: Request) throws(ServeError) {
        if let first = parameters(request).first {
            throw ServeError(.badRequest, "unknown parameter '\(first.name)' (this address takes none)")
        }
    }

    /// The series `text` names, which must be in the workspace.
    func seriesID(_ text: String) throws(ServeError) -> SeriesID {
        guard let id = try? SeriesID(text), ((try? workspace.seriesIDs()) ?? []).contains(id) else {
            throw ServeError(.notFound, "no series '\(text)' in this workspace")
        }
        return id
    }

    /// A strong entity tag for `parts`.
    static func tag(_ parts: String...) -> String {
        var hash = ContentHash()
        for part in parts { hash.update(part) }
        return "\"" + hash.hex() + "\""
    }

    /// A file name's stem and its last extension.
    static func split(_ name: String) -> (stem: String, ext: String) {
        guard let dot = name.lastIndex(of: ".") else { return (name, "") }
        return (String(name[..<dot]), String(name[name.index(after: dot)...]))
    }
}
