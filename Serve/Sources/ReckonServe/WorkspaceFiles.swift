import Foundation
import ReckonChart
import ReckonModel
import ReckonPublish
import Synchronization

/// What requests read of the workspace, re-read whenever a file changes: `reckon.yaml`'s charts and
/// reports, and each series' content hash.
///
/// A file counts as changed when its size, modification time or inode does, so an edit in place and
/// an atomic replacement (what reckon's own writers do) are both seen on the next request, with no
/// restart; unchanged files are not read again.
final class WorkspaceFiles: Sendable {
    let workspace: Workspace
    /// What was read, with the stamps of the files it was read from.
    private struct Known {
        var hashes: [String: (stamps: Pair, hash: String)] = [:]
        var config: (stamp: Stamp, settings: WorkspaceSettings)?
        /// Each chart's spec text (see `Publisher.specText`), by chart id, with the spec it is of.
        var specTexts: [String: (spec: ChartSpec, text: String)] = [:]
    }
    private let known = Mutex(Known())

    /// What tells that a file changed, without reading it.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64

        /// The stamp of the file at `path`; nil when there is none.
        init?(_ path: String) {
            var s = stat()
            guard stat(path, &s) == 0 else { return nil }
            size = Int64(s.st_size)
            seconds = s.st_mtim.tv_sec
            nanoseconds = s.st_mtim.tv_nsec
            inode = UInt64(s.st_ino)
        }
    }

    init(_ workspace: Workspace) {
        self.workspace = workspace
    }

    /// The charts and reports of `reckon.yaml` as it is now.
    ///
    /// - Throws: 500 with every located problem when `reckon.yaml` has errors.
    func settings() throws(ServeError) -> WorkspaceSettings {
        let path = workspace.resolve(Workspace.configName)
        let stamp = Stamp(path)
        if let kept = known.withLock({ $0.config }), kept.stamp == stamp { return kept.settings }
        let settings: WorkspaceSettings
        do throws(ReckonError) {
            settings = try WorkspaceSettings.read(workspace)
            let errors = settings.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else { throw ReckonError(.badData, errors) }
        } catch {
            throw ServeError(error, in: workspace)
        }
        // Kept only when the file did not change while it was read.
        if let stamp, Stamp(path) == stamp { known.withLock { $0.config = (stamp, settings) } }
        return settings
    }

    /// The hash of a series' CSV file and sidecar, as the manifest takes it.
    func seriesHash(_ id: SeriesID) -> String {
        let stamps = stamps(id)
        let key = id.description
        if let kept = known.withLock({ $0.hashes[key] }), kept.stamps == stamps { return kept.hash }
        let hash = Publisher.seriesHash(workspace, id)
        if self.stamps(id) == stamps { known.withLock { $0.hashes[key] = (stamps, hash) } }
        return hash
    }

    /// The hash of a chart's inputs (see `Publisher.inputsHash`).
    func inputsHash(of spec: ChartSpec) -> String {
        Publisher.inputsHash(of: spec, text: specText(spec)) { seriesHash($0) }
    }

    /// A chart spec's text for hashes (see `Publisher.specText`), made once for as long as the spec
    /// stays the same.
    func specText(_ spec: ChartSpec) -> String {
        if let kept = known.withLock({ $0.specTexts[spec.id] }), kept.spec == spec { return kept.text }
        let text = Publisher.specText(spec)
        known.withLock { $0.specTexts[spec.id] = (spec, text) }
        return text
    }

    /// The stamps of the files a chart reads, to tell whether any changed while it was drawn.
    func stamps(of spec: ChartSpec) -> [Stamp?] {
        [Stamp(workspace.resolve(Workspace.configName))] + spec.layers.flatMap { layer in stamps(layer.series).parts }
    }

    /// The stamps of a series' files.
    func stamps(ofSeries id: SeriesID) -> [Stamp?] { stamps(id).parts }

    /// The stamps of every series and of `reckon.yaml`, for what reads them all (the gallery, reports).
    func stampsOfEverything() -> [Stamp?] {
        let ids = (try? workspace.seriesIDs()) ?? []
        return [Stamp(workspace.resolve(Workspace.configName))] + ids.flatMap { stamps($0).parts }
    }

    private func stamps(_ id: SeriesID) -> Pair {
        Pair(
            parts: [
                Stamp(workspace.resolve(Workspace.csvName(id))), Stamp(workspace.resolve(Workspace.sidecarName(id))),
            ])
    }

    /// The stamps of a series' two files.
    private struct Pair: Equatable, Sendable {
        var parts: [Stamp?]
    }
}
