import Foundation
public import HTTPTypes
public import Hummingbird
import Synchronization

/// A response body with its type and strong entity tag, as the cache keeps it.
struct Served: Sendable {
    /// The body, in the buffer every response to it shares (a response does not copy it).
    var body: ByteBuffer
    var contentType: String
    /// The entity tag, quotes included: the hash of everything the body was made from.
    var etag: String
    /// Whether the body is the answer for good; a provisional one (a gallery with charts still
    /// being drawn) is neither kept in the cache nor tagged, and caches are told not to keep it.
    var isFinal = true

    init(bytes: [UInt8], contentType: String, etag: String, isFinal: Bool = true) {
        body = ByteBuffer(bytes: bytes)
        self.contentType = contentType
        self.etag = etag
        self.isFinal = isFinal
    }

    /// The body's length in bytes.
    var count: Int { body.readableBytes }

    /// The response to `request`: 304 with no body when its `If-None-Match` names this body's tag,
    /// else 200 with the body; both with `ETag` and `Cache-Control` (a provisional body: 200 with
    /// `Cache-Control: no-store` alone).
    func response(to request: Request, maxAge: Int) -> Response {
        Prepared(self, maxAge: maxAge).response(to: request)
    }

    /// Whether an `If-None-Match` header names `etag` (or is `*`).
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { tag in
            let t = tag.trimmingCharacters(in: .whitespaces)
            return t == "*" || t == etag || t == "W/" + etag
        }
    }

    /// A body with the headers of its responses built once, for the cache to answer many requests
    /// from without building anything.
    struct Prepared: Sendable {
        let served: Served
        /// The headers of a 200 and of a 304.
        let ok: HTTPFields
        let notModified: HTTPFields

        init(_ served: Served, maxAge: Int) {
            self.served = served
            if served.isFinal {
                notModified = [.eTag: served.etag, .cacheControl: "public, max-age=\(maxAge)"]
                var ok = notModified
                ok[.contentType] = served.contentType
                ok[.contentLength] = String(served.count)
                self.ok = ok
            } else {
                notModified = [:]
                ok = [.cacheControl: "no-store", .contentType: served.contentType, .contentLength: String(served.count)]
            }
        }

        /// The response to `request` (see ``Served/response(to:maxAge:)``).
        func response(to request: Request) -> Response {
            let (status, headers, body) = parts(ifNoneMatch: request.headers[.ifNoneMatch])
            return Response(status: status, headers: headers, body: body.map { .init(byteBuffer: $0) } ?? .init())
        }

        /// The status, headers and body of the response to a request whose `If-None-Match` is `header`:
        /// 304 with no body when it names this body's tag, else 200 with the body.
        func parts(ifNoneMatch header: String?) -> (status: HTTPResponse.Status, headers: HTTPFields, body: ByteBuffer?) {
            if served.isFinal, let header, Served.matches(header, served.etag) { return (.notModified, notModified, nil) }
            return (.ok, ok, served.body)
        }
    }
}

/// Rendered responses by entity tag, up to a number of bytes; the oldest go first. Each is kept with
/// its headers built (see ``Served/Prepared``).
///
/// Requests that miss the same entry at the same time share one render (as nginx's
/// `proxy_cache_lock` does): a chart asked for by 256 connections at once, or just after its series
/// changed, is drawn once, not 256 times.
///
/// The cache also remembers which entry answered each request target (path and query as sent) at
/// which generation of the workspace's files (see ``WorkspaceWatch``): a request for a target at the
/// generation it was answered at is answered from here at once, with no file read and no hash made.
final class ResponseCache: Sendable {
    /// The responses kept, oldest first, and the renders under way.
    private struct State {
        var entries: [String: Served.Prepared] = [:]
        var pending: [String: Task<Result<Served, ServeError>, Never>] = [:]
        var order: [String] = []
        var size = 0
        /// The entity tag each request target was answered with, and the generation then.
        var targets: [String: (generation: UInt64, etag: String)] = [:]
    }
    private let state = Mutex(State())
    /// The most bytes kept.
    let limit: Int
    /// The `max-age` of the responses' `Cache-Control`.
    let maxAge: Int
    /// The most request targets remembered; past it they are all forgotten and learnt again.
    static let targetLimit = 65_536

    init(limit: Int, maxAge: Int) {
        self.limit = limit
        self.maxAge = maxAge
    }

    /// The response kept for the request target `target` when it was answered at `generation`.
    func answer(_ target: String, at generation: UInt64) -> Served.Prepared? {
        state.withLock { state in
            guard let known = state.targets[target], known.generation == generation else { return nil }
            return state.entries[known.etag]
        }
    }

    /// Remembers that `target` was answered with the entry `etag` at `generation`.
    func remember(_ target: String, etag: String, at generation: UInt64) {
        state.withLock { state in
            if state.targets.count >= Self.targetLimit { state.targets.removeAll() }
            state.targets[target] = (generation, etag)
        }
    }

    /// The response kept under `key`, or made by `make` and kept; a request that finds `key` being
    /// made waits for that instead. Whether it was kept already is returned with it.
    func get(
        _ key: String, make: @escaping @Sendable () async throws(ServeError) -> Served
    ) async throws(ServeError) -> (served: Served.Prepared, hit: Bool) {
        let found = state.withLock { state -> (Served.Prepared?, Task<Result<Served, ServeError>, Never>?, Bool) in
            if let kept = state.entries[key] { return (kept, nil, true) }
            if let running = state.pending[key] { return (nil, running, true) }
            let task = Task {
                let result: Result<Served, ServeError>
                do throws(ServeError) {
                    result = .success(try await make())
                } catch {
                    result = .failure(error)
                }
                self.finish(key, result)
                return result
            }
            state.pending[key] = task
            return (nil, task, false)
        }
        if let kept = found.0 { return (kept, true) }
        guard let task = found.1 else { throw ServeError(.internalServerError, "no render for '\(key)'") }
        let shared = found.2
        return (Served.Prepared(try await task.value.get(), maxAge: maxAge), shared)
    }

    private func finish(_ key: String, _ result: Result<Served, ServeError>) {
        if case .success(let served) = result, served.isFinal { keep(served, as: key) }
        state.withLock { $0.pending[key] = nil }
    }

    /// Forgets the entry under `key`.
    func remove(_ key: String) {
        state.withLock { state in
            if let old = state.entries.removeValue(forKey: key) {
                state.size -= old.served.count
                state.order.removeAll { $0 == key }
            }
        }
    }

    /// Keeps `served` under `key`, dropping the oldest entries past the limit.
    func keep(_ served: Served, as key: String) {
        guard served.count <= limit / 4 else { return }
        let prepared = Served.Prepared(served, maxAge: maxAge)
        state.withLock { state in
            if let old = state.entries.updateValue(prepared, forKey: key) {
                state.size -= old.served.count
            } else {
                state.order.append(key)
            }
            state.size += served.count
            while state.size > limit, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                state.size -= state.entries.removeValue(forKey: oldest)?.served.count ?? 0
            }
        }
    }
}
