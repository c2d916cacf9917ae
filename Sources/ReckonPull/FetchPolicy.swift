/// How patiently and how much `pull` fetches.
public struct FetchPolicy: Sendable, Equatable {
    /// Seconds without a byte from the source before giving up on an attempt.
    public var timeout: Double = 30
    /// Attempts after the first, for a timeout, a 5xx or 429, or a reset or truncated connection.
    public var retries = 2
    /// Seconds before the first retry; each later retry waits twice as long as the one before.
    public var backoff: Double = 1
    /// The largest body accepted, in bytes; a larger one is refused as it arrives, or before it when
    /// the source says its length.
    public var maximumBytes = 64 << 20
    /// Redirects followed before the source counts as unavailable.
    public var maximumRedirects = 5

    /// The defaults: 30 s, 2 retries from 1 s, 64 MiB, 5 redirects.
    public init() {}

    /// The wait before retry `attempt` (1 for the first): `backoff`, doubled each time, at most a minute.
    public func delay(before attempt: Int) -> Double {
        min(60, backoff * Double(1 << min(max(attempt - 1, 0), 16)))
    }
}
