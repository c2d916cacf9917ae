import Dispatch
import Foundation
import ReckonPublish

/// Each chart's gallery record, drawn once for each version of its inputs (a chart that fails
/// fails the same way until they change) and shared by every gallery request that wants it, each of
/// which waits for it only until its own deadline.
///
/// A chart that takes longer than the deadline keeps drawing (with no time-out of its own), and the
/// next gallery finds it drawn, or still drawing, rather than asking for it again: one slow chart
/// holds one render thread, however many times the gallery is asked for.
final class GalleryRecords: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    /// A record drawn or being drawn, and the requests waiting for it; read and changed only under
    /// the records' lock.
    private final class Entry: @unchecked Sendable {
        var result: Result<ChartRecord, ServeError>?
        var waiters: [UUID: CheckedContinuation<Result<ChartRecord, ServeError>?, Never>] = [:]
    }

    /// Starts drawing the record under `key` with `draw`, unless it is drawn or being drawn.
    func prepare(_ key: String, draw: @escaping @Sendable () async throws(ServeError) -> ChartRecord) {
        let entry = lock.withLock { () -> Entry? in
            guard entries[key] == nil else { return nil }
            let entry = Entry()
            entries[key] = entry
            return entry
        }
        if let entry { start(entry, key, draw) }
    }

    /// The record under `key` (or the error drawing it) if it is drawn by `deadline`; nil when it is
    /// not, or when nothing draws it.
    func record(_ key: String, by deadline: DispatchTime) async -> Result<ChartRecord, ServeError>? {
        let id = UUID()
        return await withCheckedContinuation { continuation in
            let (done, entry) = lock.withLock { () -> (Result<ChartRecord, ServeError>?, Entry?) in
                guard let entry = entries[key] else { return (nil, nil) }
                if let result = entry.result { return (result, entry) }
                entry.waiters[id] = continuation
                return (nil, entry)
            }
            guard let entry, done == nil else { return continuation.resume(returning: done) }
            DispatchQueue.global().asyncAfter(deadline: deadline) { self.stopWaiting(id, for: entry) }
        }
    }

    /// Forgets the records of every key but `keys`: those of charts whose inputs changed, or that
    /// are gone (a drawing under way still finishes, for the requests waiting for it).
    func keep(only keys: Set<String>) {
        lock.withLock { entries = entries.filter { keys.contains($0.key) } }
    }

    private func start(_ entry: Entry, _ key: String, _ draw: @escaping @Sendable () async throws(ServeError) -> ChartRecord) {
        Task {
            let result: Result<ChartRecord, ServeError>
            do throws(ServeError) {
                result = .success(try await draw())
            } catch {
                result = .failure(error)
            }
            finish(entry, key, result)
        }
    }

    /// Keeps `result` and hands it to every request waiting for it; a full queue (503) is not kept,
    /// so that the next request draws again.
    private func finish(_ entry: Entry, _ key: String, _ result: Result<ChartRecord, ServeError>) {
        let waiters = lock.withLock { () -> [CheckedContinuation<Result<ChartRecord, ServeError>?, Never>] in
            entry.result = result
            if case .failure(let error) = result, error.status == .serviceUnavailable, entries[key] === entry {
                entries[key] = nil
            }
            defer { entry.waiters = [:] }
            return Array(entry.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: result) }
    }

    /// Answers the request `id` with nil if it still waits for `entry`.
    private func stopWaiting(_ id: UUID, for entry: Entry) {
        let waiter = lock.withLock { entry.waiters.removeValue(forKey: id) }
        waiter?.resume(returning: nil)
    }
}
