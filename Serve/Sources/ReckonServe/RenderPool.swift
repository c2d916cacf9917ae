import Dispatch
import Foundation
import ReckonCairo
import ServiceLifecycle
import Synchronization

/// Runs renders on a fixed set of threads, each with its own text measurer (Pango's font map
/// belongs to the thread that made it), with a bounded queue in front: a render that finds the queue
/// full, or waits past the time-out, is answered 503 rather than piling up.
///
/// Written here rather than on Swift's cooperative pool because a render blocks its thread in Cairo
/// and Pango for tens of milliseconds; blocking the pool that runs the server's I/O would stall it.
final class RenderPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [@Sendable (PangoMeasurer) -> Void] = []
    /// Set when the server shuts down: the threads finish the renders queued and end.
    private var stopping = false
    /// How many render threads have not ended.
    private var live = 0
    /// How many renders run at once.
    let threads: Int
    /// How many renders may wait for a thread.
    let queueLimit: Int
    /// How long a request waits for its render, in seconds.
    let timeout: Double
    private let metrics: ServeMetrics

    init(threads: Int, queueLimit: Int, timeout: Double, metrics: ServeMetrics) {
        self.threads = max(1, threads)
        self.queueLimit = max(0, queueLimit)
        self.timeout = timeout
        self.metrics = metrics
        live = self.threads
        for n in 0..<self.threads {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "reckon-render-\(n)"
            thread.start()
        }
    }

    /// The result of `job`, run on a render thread, waited for `within` seconds (the pool's time-out
    /// unless told; `.infinity` waits until it is done).
    ///
    /// - Throws: 503 with `Retry-After` when every thread is busy and the queue is full, or when the
    ///   render has not finished within the time-out (it still finishes, and its thread is busy
    ///   until then).
    func run<T: Sendable>(
        within: Double? = nil, _ job: @escaping @Sendable (PangoMeasurer) -> T
    ) async throws(ServeError) -> T {
        let once = Once<T>()
        let result: Result<T, ServeError> = await withCheckedContinuation { continuation in
            once.start(continuation)
            condition.lock()
            guard queue.count < queueLimit else {
                condition.unlock()
                metrics.rejected.increment()
                once.finish(
                    .failure(ServeError(.serviceUnavailable, "too many renders waiting; try again shortly", retryAfter: 1)))
                return
            }
            queue.append { measurer in once.finish(.success(job(measurer))) }
            condition.signal()
            condition.unlock()
            let seconds = within ?? timeout
            guard seconds.isFinite else { return }
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                once.finish(
                    .failure(ServeError(.serviceUnavailable, "the render took longer than \(Int(seconds)) s", retryAfter: 5)))
            }
        }
        return try result.get()
    }

    /// Cairo and Pango loaded for a render, or 503 saying why they cannot be: the server keeps serving
    /// what needs no drawing.
    static func requireGraphics() throws(ServeError) {
        do throws(CairoError) {
            try GraphicsLibrary.load()
        } catch {
            throw ServeError(graphics: error)
        }
    }

    /// Ends the render threads once the renders queued are done; a render asked for later waits
    /// for its time-out.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// How many render threads are running (after ``stop()``, how many have not yet ended).
    var liveThreads: Int {
        condition.lock()
        defer { condition.unlock() }
        return live
    }

    private func work() {
        let measurer = PangoMeasurer()
        while true {
            condition.lock()
            while queue.isEmpty, !stopping { condition.wait() }
            guard !queue.isEmpty else {
                live -= 1
                condition.unlock()
                return
            }
            let job = queue.removeFirst()
            metrics.rendersInFlight.increment()
            condition.unlock()
            job(measurer)
            metrics.rendersInFlight.decrement()
        }
    }
}

/// A continuation resumed by whichever comes first: the result or the time-out.
private final class Once<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Result<T, ServeError>, Never>?>(nil)

    func start(_ continuation: CheckedContinuation<Result<T, ServeError>, Never>) {
        self.continuation.withLock { $0 = continuation }
    }

    func finish(_ result: Result<T, ServeError>) {
        let c = continuation.withLock { c in
            defer { c = nil }
            return c
        }
        c?.resume(returning: result)
    }
}

/// The pool as one of the application's services: it runs until the server shuts down, then stops
/// its threads, so that a server started and stopped in one process (as the tests do) leaves none.
extension RenderPool: Service {
    func run() async throws {
        try? await gracefulShutdown()
        stop()
    }
}
