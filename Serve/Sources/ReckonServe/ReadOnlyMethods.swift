import HTTPTypes
import Hummingbird

/// What the routes themselves do not answer: the server only reads, so a method other than GET and
/// HEAD is answered 405 with `Allow: GET, HEAD` on a path that a route serves (before any work), and
/// 404 on one that none serves; and every error, the router's own included (an unknown path, a
/// missing parameter), is answered as a ``ServeError``, in JSON.
///
/// HEAD is answered by the router like GET without the body (`autoGenerateHeadEndpoints`); an
/// error's body is left out by ``ServeError/response(from:context:)``.
struct ReadOnlyMethods<Context: RequestContext>: RouterMiddleware {
    /// The routes' paths, each answering at once: tells whether a path is served without serving it.
    private let paths: RouterResponder<Context>

    /// The middleware for routes at `paths`.
    init(paths: [RouterPath]) {
        let router = Router(context: Context.self)
        for path in paths {
            router.get(path) { _, _ in HTTPResponse.Status.noContent }
        }
        self.paths = router.buildResponder()
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            throw try await refusal(of: request, context: context)
        }
        do {
            return try await next(request, context)
        } catch let error as ServeError {
            throw error
        } catch let error as any HTTPResponseError {
            throw Self.json(error, path: request.uri.path)
        }
    }

    /// The error for a method other than GET and HEAD: 405 where a route serves the path, else 404.
    func refusal(of request: Request, context: Context) async throws -> ServeError {
        var head = request.head
        head.method = .get
        let probe = try await paths.respond(to: Request(head: head, body: .init(buffer: .init())), context: context)
        guard probe.status != .notFound else { return Self.notFound(request.uri.path) }
        return ServeError(
            .methodNotAllowed, "\(request.method) is not answered here: this server only reads (\(ServeError.allowedMethods))")
    }

    /// The router's own error (Hummingbird's `HTTPError`) as a ``ServeError``, with a message.
    static func json(_ error: any HTTPResponseError, path: String) -> ServeError {
        if error.status == .notFound { return notFound(path) }
        let said = (error as? HTTPError)?.body ?? error.status.reasonPhrase
        return ServeError(error.status, said)
    }

    /// The error for a path no route serves.
    static func notFound(_ path: String) -> ServeError {
        ServeError(.notFound, "nothing at '\(path)': see / for the charts, /series/<id>.csv, /query/<series>, /reports/<name>")
    }
}
