import Foundation
import ReckonModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The generation of the files chart, series and query answers are made from (`reckon.yaml` and
/// the files in `Series/`): a number that moves whenever one of them may have changed, read for the
/// price of one non-blocking system call.
///
/// On Linux it counts inotify events on the workspace's folder and on `Series/`. The kernel queues
/// an event within the call that changes a file (a write, a rename over it, a deletion), so a
/// request that starts after a writer's call returned sees the new generation: an answer kept at an
/// older generation is never given for it. Where there is no inotify, when a watch cannot be set
/// up, and while one of the files is a symbolic link (an edit of the file it points to would go
/// unseen), there is no generation (nil) and every request checks the files itself.
final class WorkspaceWatch: Sendable {
    /// The events that count as a change: anything that alters a file or a folder's entries.
    #if canImport(Glibc)
        private static let events = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
                | IN_DELETE_SELF | IN_MOVE_SELF)
    #endif

    private struct State: @unchecked Sendable {
        /// The inotify descriptor; -1 when there is none.
        var descriptor: Int32 = -1
        var generation: UInt64 = 0
        /// Whether `reckon.yaml` or a file in `Series/` is a symbolic link.
        var linked = false
        /// Whether files changed since ``linked`` was found.
        var linksUnknown = false
    }
    private let state: Mutex<State>
    private let config: String
    private let series: String

    /// Watches `workspace`'s folder and its `Series/` folder.
    init(_ workspace: Workspace) {
        config = workspace.resolve(Workspace.configName)
        series = workspace.resolve("Series")
        var state = State()
        #if canImport(Glibc)
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor >= 0, inotify_add_watch(descriptor, workspace.root, Self.events) >= 0 {
                state.descriptor = descriptor
                _ = inotify_add_watch(descriptor, series, Self.events)
            } else if descriptor >= 0 {
                close(descriptor)
            }
        #endif
        state.linked = Self.hasLinks(config: config, series: series)
        self.state = Mutex(state)
    }

    deinit {
        state.withLock { if $0.descriptor >= 0 { close($0.descriptor) } }
    }

    /// The files' generation now; nil when changes cannot be watched. Without `checkingLinks`, it is
    /// also nil when files changed since links were last looked for (listing `Series/` is left to a
    /// caller that may wait for the disk: a request answered on the event loop may not).
    func generation(checkingLinks: Bool = true) -> UInt64? {
        state.withLock { state -> UInt64? in
            guard state.descriptor >= 0 else { return nil }
            if drain(state.descriptor) {
                state.generation &+= 1
                // `Series/` may have been made or replaced since it was watched; watching the same
                // folder again is harmless.
                #if canImport(Glibc)
                    _ = inotify_add_watch(state.descriptor, series, Self.events)
                #endif
                state.linksUnknown = true
            }
            if state.linksUnknown {
                guard checkingLinks else { return nil }
                state.linked = Self.hasLinks(config: config, series: series)
                state.linksUnknown = false
            }
            return state.linked ? nil : state.generation
        }
    }

    /// Reads every queued event; whether there was any.
    private func drain(_ descriptor: Int32) -> Bool {
        var any = false
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 8) { buffer in
            while read(descriptor, buffer.baseAddress, buffer.count) > 0 { any = true }
        }
        return any
    }

    /// Whether `reckon.yaml` or an entry of `series` is a symbolic link.
    private static func hasLinks(config: String, series: String) -> Bool {
        func isLink(_ path: String) -> Bool {
            var s = stat()
            return lstat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFLNK
        }
        if isLink(config) { return true }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: series)) ?? []
        return names.contains { isLink(series + "/" + $0) }
    }
}
