import Foundation
public import HTTPTypes
public import Hummingbird
import Synchronization

/// A response body with its type and strong entity tag, as the cache keeps it.
struct Served: Sendable {
    var bytes: [UInt8]
    var contentType: String
    /// The entity tag, quotes included: the hash of everything the body was made from.
    var etag: String
    /// Whether the body is the answer for good; a provisional one (a gallery with charts still
    /// being drawn) is neither kept in the cache nor tagged, and caches are told not to keep it.
    var isFinal = true

    /// The response to `request`: 304 with no body when its `If-None-Match` names this body's tag,
    /// else 200 with the body; both with `ETag` and `Cache-Control` (a provisional body: 200 with
    /// `Cache-Control: no-store` alone).
    func response(to request: Request, maxAge: Int) -> Response {
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "public, max-age=\(maxAge)"]
        if !isFinal {
            headers = [.cacheControl: "no-store"]
        } else if Self.matches(request.headers[.ifNoneMatch], etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Whether an `If-None-Match` header names `etag` (or is `*`).
    static func matches(_ header: String?, _ etag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { tag in
            let t = tag.trimmingCharacters(in: .whitespaces)
            return t == "*" || t == etag || t == "W/" + etag
        }
    }
}

/// Rendered responses by entity tag, up to a number of bytes; the oldest go first.
///
/// Requests that miss the same entry at the same time share one render (as nginx's
/// `proxy_cache_lock` does): a chart asked for by 256 connections at once, or just after its series
/// changed, is drawn once, not 256 times.
final class ResponseCache: Sendable {
    /// The responses kept, oldest first, and the renders under way.
    private struct State {
        var entries: [String: Served] = [:]
        var pending: [String: Task<Result<Served, ServeError>, Never>] = [:]
        var order: [String] = []
        var size = 0
    }
    private let state = Mutex(State())
    /// The most bytes kept.
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The response kept under `key`.
    subscript(key: String) -> Served? { state.withLock { $0.entries[key] } }

    /// The response kept under `key`, or made by `make` and kept; a request that finds `key` being
    /// made waits for that instead. Whether it was kept already is returned with it.
    func get(
        _ key: String, make: @escaping @Sendable () async throws(ServeError) -> Served
    ) async throws(ServeError) -> (served: Served, hit: Bool) {
        let found = state.withLock { state -> (Served?, Task<Result<Served, ServeError>, Never>?, Bool) in
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
        return (try await task.value.get(), shared)
    }

    private func finish(_ key: String, _ result: Result<Served, ServeError>) {
        if case .success(let served) = result, served.isFinal { keep(served, as: key) }
        state.withLock { $0.pending[key] = nil }
    }

    /// Forgets the entry under `key`.
    func remove(_ key: String) {
        state.withLock { state in
            if let old = state.entries.removeValue(forKey: key) {
                state.size -= old.bytes.count
                state.order.removeAll { $0 == key }
            }
        }
    }

    /// Keeps `served` under `key`, dropping the oldest entries past the limit.
    func keep(_ served: Served, as key: String) {
        guard served.bytes.count <= limit / 4 else { return }
        state.withLock { state in
            if let old = state.entries.updateValue(served, forKey: key) {
                state.size -= old.bytes.count
            } else {
                state.order.append(key)
            }
            state.size += served.bytes.count
            while state.size > limit, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                state.size -= state.entries.removeValue(forKey: oldest)?.bytes.count ?? 0
            }
        }
    }
}
