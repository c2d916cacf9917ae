import Foundation
import FoundationNetworking
import ReckonModel
import Synchronization

/// One HTTP request and what came of it, through a `URLSession` whose delegate enforces the size
/// limit as bytes arrive and counts redirects.
final class HTTPAttempt: NSObject, URLSessionDataDelegate, Sendable {
    private struct State {
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var refusal: PullError?
        var redirects = 0
    }

    private let policy: FetchPolicy
    private let shown: String
    private let state = Mutex(State())
    private let done = DispatchSemaphore(value: 0)
    private let failure = Mutex<(any Error)?>(nil)

    private init(policy: FetchPolicy, shown: String) {
        self.policy = policy
        self.shown = shown
    }

    /// Requests `url` once and waits for the whole answer.
    static func run(_ url: URL, validators: Validators, policy: FetchPolicy) -> Result<Fetched, PullError> {
        let attempt = HTTPAttempt(policy: policy, shown: url.absoluteString)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.timeoutIntervalForRequest = policy.timeout
        configuration.timeoutIntervalForResource = max(policy.timeout * 20, 60)
        let session = URLSession(configuration: configuration, delegate: attempt, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.setValue("reckon/\(ReckonVersion.current)", forHTTPHeaderField: "User-Agent")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified = validators.lastModified {
            request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since")
        }
        session.dataTask(with: request).resume()
        attempt.done.wait()
        return attempt.outcome()
    }

    /// What the finished transfer amounts to.
    private func outcome() -> Result<Fetched, PullError> {
        let s = state.withLock { $0 }
        if let refusal = s.refusal { return .failure(refusal) }
        if let error = failure.withLock({ $0 }) { return .failure(Self.classify(error, shown: shown, policy: policy)) }
        guard let response = s.response else { return .failure(PullError(.temporary, file: shown, "no response")) }
        let status = response.statusCode
        let validators = Validators(
            etag: response.value(forHTTPHeaderField: "ETag"), lastModified: response.value(forHTTPHeaderField: "Last-Modified"))
        switch status {
        case 304:
            return .success(Fetched(bytes: nil, validators: validators))
        case 200..<300:
            let expected = response.expectedContentLength
            if expected >= 0, Int64(s.body.count) != expected {
                return .failure(
                    PullError(.temporary, file: shown, "the body ended after \(s.body.count) of \(expected) bytes (truncated)"))
            }
            return .success(Fetched(bytes: s.body, validators: validators))
        case 300..<400:
            return .failure(
                PullError(.unavailable, file: shown, "more than \(policy.maximumRedirects) redirects (HTTP \(status))"))
        case 408, 429, 500..<600:
            return .failure(PullError(.temporary, file: shown, "HTTP \(status)"))
        default:
            return .failure(PullError(.unavailable, file: shown, "HTTP \(status)"))
        }
    }

    /// A transport error as a pull failure: timeouts and lost or refused connections are temporary.
    static func classify(_ error: any Error, shown: String, policy: FetchPolicy) -> PullError {
        guard let error = error as? URLError else { return PullError(.temporary, file: shown, "\(error)") }
        switch error.code {
        case .timedOut:
            return PullError(.temporary, file: shown, "timed out: no data for \(NumberText.format(policy.timeout)) s")
        case .unknown:
            // libcurl's own failures, a body cut short among them ("transfer closed with n bytes remaining").
            return PullError(.temporary, file: shown, "the transfer failed: \(error.localizedDescription)")
        case .networkConnectionLost, .cannotConnectToHost, .notConnectedToInternet, .secureConnectionFailed,
            .cannotParseResponse, .badServerResponse:
            return PullError(.temporary, file: shown, "the connection failed: \(error.localizedDescription)")
        case .httpTooManyRedirects:
            return PullError(.unavailable, file: shown, "more than \(policy.maximumRedirects) redirects")
        default:
            return PullError(.unavailable, file: shown, "cannot fetch: \(error.localizedDescription)")
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let http = response as? HTTPURLResponse
        let length = response.expectedContentLength
        let tooLarge = (http.map { (200..<300).contains($0.statusCode) } ?? false) && length > Int64(policy.maximumBytes)
        state.withLock { s in
            s.response = http
            if tooLarge { s.refusal = refusal(announced: length) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { s in
            guard s.refusal == nil else { return true }
            if s.body.count + data.count > policy.maximumBytes {
                s.refusal = refusal(announced: nil)
                s.body = []
                return true
            }
            s.body.append(contentsOf: data)
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        let follow = state.withLock { s in
            s.redirects += 1
            return s.redirects <= policy.maximumRedirects
        }
        completionHandler(follow ? request : nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        failure.withLock { $0 = error }
        done.signal()
    }

    private func refusal(announced: Int64?) -> PullError {
        let limit = NumberText.grouped(Double(policy.maximumBytes))
        let said = announced.map { " (it announced \(NumberText.grouped(Double($0))))" } ?? ""
        return PullError(.unavailable, file: shown, "the body is larger than the limit of \(limit) bytes\(said); refused")
    }
}
