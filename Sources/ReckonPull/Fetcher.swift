import Foundation
import FoundationNetworking
import Glibc
import ReckonModel

/// What a source answered.
public struct Fetched: Sendable, Equatable {
    /// The body, or nil for 304 Not Modified.
    public var bytes: [UInt8]?
    /// The validators to send next time.
    public var validators: Validators
    /// How many attempts it took.
    public var attempts = 1
}

/// A source's validators, for a conditional request (`If-None-Match`, `If-Modified-Since`).
public struct Validators: Sendable, Equatable {
    /// The `ETag` last sent.
    public var etag: String?
    /// The `Last-Modified` last sent.
    public var lastModified: String?

    /// Validators, none by default.
    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }
}

/// Fetches a source: `http` and `https` through Foundation's `URLSession`, conditionally, with a
/// timeout, retries with backoff, a size limit and a redirect limit; `file` by reading it, bounded.
public enum Fetcher {
    /// Fetches `url`, sending `validators` when there are any.
    ///
    /// - Throws: ``PullError`` `.unavailable` (4xx, too many redirects, too large, no such file),
    ///   `.temporary` (timeouts, 5xx, 429, resets and truncated bodies, after every retry).
    public static func fetch(_ url: String, validators: Validators, policy: FetchPolicy) throws(PullError) -> Fetched {
        if url.lowercased().hasPrefix("file://") { return try readFile(url, policy: policy) }
        guard let address = URL(string: url) else { throw PullError(.unavailable, file: url, "not a URL") }
        var attempt = 1
        while true {
            switch HTTPAttempt.run(address, validators: validators, policy: policy) {
            case .success(var fetched):
                fetched.attempts = attempt
                return fetched
            case .failure(let error) where error.kind == .temporary && attempt <= policy.retries:
                usleep(UInt32(clamping: Int(policy.delay(before: attempt) * 1_000_000)))
                attempt += 1
            case .failure(var error):
                if attempt > 1 {
                    error.diagnostics = error.diagnostics.map { d in
                        var d = d
                        d.message += " (after \(attempt) attempts)"
                        return d
                    }
                }
                throw error
            }
        }
    }

    /// A `file://` source, read whole up to the size limit; a file read again is compared by hash.
    static func readFile(_ url: String, policy: FetchPolicy) throws(PullError) -> Fetched {
        let path = URL(string: url)?.path ?? String(url.dropFirst(7))
        do throws(ReckonError) {
            let bytes = try FileIO.read(path, shown: url, limit: policy.maximumBytes)
            return Fetched(bytes: bytes, validators: Validators())
        } catch {
            throw PullError(.unavailable, error.diagnostics)
        }
    }
}
