public import HTTPTypes
public import Hummingbird
public import ReckonCairo
import ReckonModel
import ReckonOutput

/// The one error type of `ReckonServe`: an HTTP status and what went wrong, answered as JSON
/// (`{"error": "...", "status": 400}`).
public struct ServeError: Error, Sendable, Equatable, HTTPResponseError {
    /// The response's status.
    public var status: HTTPResponse.Status
    /// The problem in words, for people.
    public var message: String
    /// Seconds a client should wait before trying again (503 only).
    public var retryAfter: Int?

    /// The methods every route answers, as `Allow` lists them on a 405: the server only reads.
    public static let allowedMethods = "GET, HEAD"

    /// An error answered with `status`, said in `message`.
    public init(_ status: HTTPResponse.Status, _ message: String, retryAfter: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
    }

    /// The response: the error as JSON, with `Retry-After` where there is one and `Allow` on a 405;
    /// to HEAD, the same headers without the body.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        if status == .methodNotAllowed { headers[.allow] = Self.allowedMethods }
        let body = "{\"error\": \(JSONText.quoted(message)), \"status\": \(status.code)}\n"
        let response = Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        return request.method == .head ? response.createHeadResponse() : response
    }
}

extension ServeError {
    /// Cairo and Pango missing, as the server answers it: 503, saying why, with no `Retry-After` (it will
    /// not pass by itself); another drawing error, 500.
    public init(graphics error: CairoError) {
        self.init(error.librariesUnavailable ? .serviceUnavailable : .internalServerError, error.description)
    }

    /// A workspace error as the server answers it: a bad request (400), a missing file (404), or the
    /// workspace's own problem (500), with every located message.
    ///
    /// Files are named relative to `workspace`'s root (`Series/x.csv:4:2: ...`), never by the path
    /// the server was started with: an answer tells clients nothing about the machine's folders.
    init(_ error: ReckonError, in workspace: Workspace) {
        let status: HTTPResponse.Status =
            switch error.kind {
            case .usage: .badRequest
            case .missingInput: .notFound
            case .busy: .serviceUnavailable
            case .badData, .cannotCreate, .io, .internalFailure: .internalServerError
            }
        let shown = error.diagnostics.map { Self.relative($0, to: workspace.root) }
        self.init(
            status, shown.map(\.description).joined(separator: "\n"), retryAfter: error.kind == .busy ? 1 : nil)
    }

    /// `diagnostic` with its file relative to the folder `root`, and any path under `root` in its
    /// message too when `root` is absolute (a relative one could match inside other words).
    static func relative(_ diagnostic: Diagnostic, to root: String) -> Diagnostic {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        guard root != ".", prefix != "/" else { return diagnostic }
        var shown = diagnostic
        if let file = shown.file {
            shown.file = file == root ? "." : (file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file)
        }
        if root.hasPrefix("/") { shown.message = shown.message.replacing(prefix, with: "") }
        return shown
    }
}
