import Foundation
public import Hummingbird
import HummingbirdCore
public import Logging
public import ReckonModel

/// `reckon serve`: a read-only HTTP server over a workspace, on Hummingbird.
///
/// Routes: the gallery at `/`; chart files at `/charts/<file>` (and at `/<file>`, where the gallery's
/// links point), with `width`, `height`, `scale` and `theme`; the embed record at
/// `/charts/<id>.json`; `/series/<id>.csv|json`; `/query/<series>` with the query's parameters;
/// `/reports/<name>`; `/metrics` (Prometheus) and `/healthz`. Each answers GET and HEAD; any other
/// method is answered 405 (see ``ReadOnlyMethods``), and every error is JSON (see ``ServeError``).
public enum ReckonServer {
    /// The `Server` header of every response.
    static let serverName = "reckon"

    /// The application serving `options.workspace`, calling `onRunning` with the address it listens
    /// on once it does.
    ///
    /// - Throws: `.missingInput` when the folder is not a workspace.
    public static func application(
        _ options: ServeOptions, logger: Logger, onRunning: @escaping @Sendable (String) async -> Void = { _ in }
    ) throws(ReckonError) -> some ApplicationProtocol {
        let workspace = try Workspace(at: options.workspace)
        let metrics = ServeMetrics()
        let pool = RenderPool(
            threads: options.renders, queueLimit: options.queue, timeout: options.renderTimeout, metrics: metrics)
        let handlers = Handlers(
            files: WorkspaceFiles(workspace),
            watch: WorkspaceWatch(workspace),
            pool: pool,
            cache: ResponseCache(limit: options.cacheBytes, maxAge: options.maxAge), metrics: metrics, maxAge: options.maxAge,
            logger: logger,
            hangChart: options.hangChart)
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: Observe(metrics: metrics, logger: logger))
        let routes = handlers.routes(in: BasicRequestContext.self)
        router.add(middleware: ReadOnlyMethods(paths: routes.map(\.path)))
        for route in routes { router.get(route.path, use: route.answer) }
        return Application(
            router: router,
            server: HTTPServerBuilder { responder in
                AnsweringHTTP1Channel(
                    http1: HTTP1Channel(
                        responder: responder, configuration: .init(idleTimeout: .seconds(Int64(options.idleTimeout)))),
                    answers: { handlers.keptAnswer(to: $0) }, logger: logger)
            },
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: serverName),
            services: [pool],
            onServerRunning: { channel in
                let address = channel.localAddress
                let host = address?.ipAddress ?? options.host
                let shown = host.contains(":") ? "[\(host)]" : host
                await onRunning("http://\(shown):\(address?.port ?? options.port)")
            },
            logger: logger)
    }
}

/// Logs every request (method, path, status, milliseconds) and counts it in the metrics by route.
struct Observe<Context: RequestContext>: RouterMiddleware {
    let metrics: ServeMetrics
    let logger: Logger

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let route = Self.route(request.uri.path)
        func done(_ status: Int) {
            let elapsed = ContinuousClock.now - start
            metrics.request(route: route, status: status, duration: elapsed)
            logger.info(
                "\(request.method) \(request.uri.path) \(status)",
                metadata: ["route": "\(route)", "ms": "\(elapsed.roundedMilliseconds)"])
        }
        do {
            let response = try await next(request, context)
            done(response.status.code)
            return response
        } catch let error as ServeError {
            done(error.status.code)
            if error.status.code >= 500 { logger.warning("\(request.uri.path): \(error.message)") }
            throw error
        } catch let error as any HTTPResponseError {
            done(error.status.code)
            throw error
        } catch {
            done(500)
            throw error
        }
    }

    /// The route a path is counted under: its first segment, `gallery` for `/`, and `charts` for a
    /// chart file at the top.
    static func route(_ path: some StringProtocol) -> String {
        // The first segment, found without making a string: this runs for every request.
        let first = path.drop { $0 == "/" }.prefix { $0 != "/" }
        switch first {
        case "": return "gallery"
        case "series": return "series"
        case "query": return "query"
        case "reports": return "reports"
        case "metrics": return "metrics"
        case "healthz": return "healthz"
        default: return "charts"
        }
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded, as the request log shows it.
    var roundedMilliseconds: Int {
        Int((Double(components.attoseconds) / 1e15 + Double(components.seconds) * 1000).rounded())
    }
}
