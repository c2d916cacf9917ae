import Dispatch
import Foundation
import ReckonPublish
import Synchronization

/// Each chart's gallery record, drawn once for each version of its inputs (a chart that fails
/// fails the same way until they change) and shared by every gallery request that wants it, each of
/// which waits for it only until its own deadline.
///
/// A chart that takes longer than the deadline keeps drawing (with no time-out of its own), and the
/// next gallery finds it drawn, or still drawing, rather than asking for it again: one slow chart
/// holds one render thread, however many times the gallery is asked for.
final class GalleryRecords: Sendable {
    /// A record drawn or being drawn, and the requests waiting for it.
    private struct Entry {
        /// Which drawing this is: a key forgotten and drawn again is another.
        var drawing: UInt64
        var result: Result<ChartRecord, ServeError>?
        var waiters: [UUID: CheckedContinuation<Result<ChartRecord, ServeError>?, Never>] = [:]
    }
    private struct State {
        var entries: [String: Entry] = [:]
        /// Drawings under way whose keys were forgotten, finishing for the requests that wait.
        var forgotten: [UInt64: Entry] = [:]
        var drawings: UInt64 = 0

        /// The entry of `drawing`, kept or forgotten.
        subscript(drawing: UInt64, key: String) -> Entry? {
            get { entries[key]?.drawing == drawing ? entries[key] : forgotten[drawing] }
            set {
                if entries[key]?.drawing == drawing { entries[key] = newValue } else { forgotten[drawing] = newValue }
            }
        }
    }
    private let state = Mutex(State())

    /// Starts drawing the record under `key` with `draw`, unless it is drawn or being drawn.
    func prepare(_ key: String, draw: @escaping @Sendable () async throws(ServeError) -> ChartRecord) {
        let drawing = state.withLock { state -> UInt64? in
            guard state.entries[key] == nil else { return nil }
            state.drawings += 1
            state.entries[key] = Entry(drawing: state.drawings)
            return state.drawings
        }
        if let drawing { start(drawing, key, draw) }
    }

    /// The record under `key` (or the error drawing it) if it is drawn by `deadline`; nil when it is
    /// not, or when nothing draws it.
    func record(_ key: String, by deadline: DispatchTime) async -> Result<ChartRecord, ServeError>? {
        let id = UUID()
        return await withCheckedContinuation { continuation in
            let waiting = state.withLock { state -> (done: Result<ChartRecord, ServeError>?, drawing: UInt64?) in
                guard let entry = state.entries[key] else { return (nil, nil) }
                if let result = entry.result { return (result, nil) }
                state.entries[key]?.waiters[id] = continuation
                return (nil, entry.drawing)
            }
            guard let drawing = waiting.drawing else { return continuation.resume(returning: waiting.done) }
            DispatchQueue.global().asyncAfter(deadline: deadline) { self.stopWaiting(id, for: drawing, key) }
        }
    }

    /// Forgets the records of every key but `keys`: those of charts whose inputs changed, or that
    /// are gone (a drawing under way still finishes, for the requests waiting for it).
    func keep(only keys: Set<String>) {
        state.withLock { state in
            for (key, entry) in state.entries where !keys.contains(key) {
                state.entries[key] = nil
                if entry.result == nil, !entry.waiters.isEmpty { state.forgotten[entry.drawing] = entry }
            }
        }
    }

    private func start(
        _ drawing: UInt64, _ key: String, _ draw: @escaping @Sendable () async throws(ServeError) -> ChartRecord
    ) {
        Task {
            let result: Result<ChartRecord, ServeError>
            do throws(ServeError) {
                result = .success(try await draw())
            } catch {
                result = .failure(error)
            }
            finish(drawing, key, result)
        }
    }

    /// Keeps `result` and hands it to every request waiting for it; a full queue (503) is not kept,
    /// so that the next request draws again.
    private func finish(_ drawing: UInt64, _ key: String, _ result: Result<ChartRecord, ServeError>) {
        let waiters = state.withLock { state -> [CheckedContinuation<Result<ChartRecord, ServeError>?, Never>] in
            if let forgotten = state.forgotten.removeValue(forKey: drawing) { return Array(forgotten.waiters.values) }
            guard var entry = state.entries[key], entry.drawing == drawing else { return [] }
            let waiters = Array(entry.waiters.values)
            entry.waiters = [:]
            entry.result = result
            if case .failure(let error) = result, error.status == .serviceUnavailable {
                state.entries[key] = nil
            } else {
                state.entries[key] = entry
            }
            return waiters
        }
        for waiter in waiters { waiter.resume(returning: result) }
    }

    /// Answers the request `id` with nil if it still waits for `drawing` of the record under `key`.
    private func stopWaiting(_ id: UUID, for drawing: UInt64, _ key: String) {
        let waiter = state.withLock { state in state[drawing, key]?.waiters.removeValue(forKey: id) }
        waiter?.resume(returning: nil)
    }
}
