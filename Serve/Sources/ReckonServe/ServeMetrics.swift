import Prometheus
import Synchronization

/// The server's Prometheus metrics, served at `/metrics`: requests by route and status, their
/// latencies, render-cache hits and misses, renders running and renders turned away.
///
/// Kept in a registry of the server's own rather than bootstrapped into swift-metrics' process-wide
/// system, so that several servers (in tests) each count their own.
final class ServeMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    let cacheHits: Counter
    let cacheMisses: Counter
    let rejected: Counter
    let rendersInFlight: Gauge

    init() {
        let cache = MetricNameDescriptor(
            metricName: "reckon_render_cache", unitName: "total", helpText: "Renders answered from the cache, or rendered")
        cacheHits = registry.makeCounter(descriptor: cache, labels: [("result", "hit")])
        cacheMisses = registry.makeCounter(descriptor: cache, labels: [("result", "miss")])
        rejected = registry.makeCounter(
            name: "reckon_renders_rejected_total", help: "Renders turned away with 503 because the queue was full")
        rendersInFlight = registry.makeGauge(name: "reckon_renders_in_flight", help: "Renders running now")
    }

    /// The counter and histogram of each route and status met so far: finding them in the registry
    /// by their labels costs more than the rest of a request answered from the cache.
    private let byRoute = Mutex<[RouteStatus: (count: Counter, latency: DurationHistogram)]>([:])

    private struct RouteStatus: Hashable {
        var route: String
        var status: Int
    }

    /// Counts a request to `route` answered with `status` after `duration`.
    func request(route: String, status: Int, duration: Duration) {
        let key = RouteStatus(route: route, status: status)
        let metrics =
            byRoute.withLock { $0[key] }
            ?? {
                let made = (
                    count: registry.makeCounter(
                        descriptor: Self.requests, labels: [("route", route), ("status", String(status))]),
                    latency: registry.makeDurationHistogram(
                        descriptor: Self.latency, labels: [("route", route)], buckets: Self.buckets)
                )
                byRoute.withLock { $0[key] = made }
                return made
            }()
        metrics.count.increment()
        metrics.latency.record(duration)
    }

    private nonisolated(unsafe) static let requests = MetricNameDescriptor(
        metricName: "reckon_http_requests", unitName: "total", helpText: "HTTP requests by route and status")
    private nonisolated(unsafe) static let latency = MetricNameDescriptor(
        metricName: "reckon_http_request_duration", unitName: "seconds", helpText: "HTTP request latency by route")
    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(5), .milliseconds(25), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .milliseconds(2500), .seconds(10),
    ]

    /// The metrics in Prometheus' text format.
    func text() -> String { registry.emitToString() }
}
