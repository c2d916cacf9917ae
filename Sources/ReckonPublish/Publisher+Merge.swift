import Foundation
public import ReckonModel

extension Publisher {
    /// Merges the output folders of shards (`render --shard K/N`) into `options.folder`, so that it
    /// holds what one run of every chart writes: each chart's files and archived versions, copied
    /// from the shard that rendered it, then the reports, the manifest and the galleries.
    ///
    /// Holds the output folder's lock like `render`; a file whose bytes are already there is not
    /// written again, and every write is atomic. A chart that no shard has keeps what the output
    /// folder had.
    ///
    /// - Throws: `.badData` for any problem in `reckon.yaml`; `.missingInput` for a shard folder
    ///   without a manifest; `.badData` for a manifest that cannot be read or a chart in two shards;
    ///   `.busy` when another run holds the lock; `.io` when a copy fails.
    public static func merge(
        _ workspace: Workspace, shards: [String], _ options: RenderOptions
    ) throws(ModelError) -> RenderSummary {
        let (specs, reports, specProblems) = try settings(of: workspace)
        let folder = options.folder
        let lock = try lockOutput(options)
        defer { withExtendedLifetime(lock) {} }

        var summary = RenderSummary()
        summary.diagnostics += specProblems
        let manifestPath = folder + "/" + Manifest.fileName
        let manifestBytes = try? FileIO.read(manifestPath, shown: Manifest.fileName, limit: FileIO.configLimit)
        var manifest = manifestBytes.flatMap { Manifest(json: $0) } ?? Manifest()
        let ids = Set(specs.map(\.id))
        var from: [String: String] = [:]
        for shard in shards {
            let shown = shard + "/" + Manifest.fileName
            let bytes = try FileIO.read(shard + "/" + Manifest.fileName, shown: shown, limit: FileIO.configLimit)
            guard let part = Manifest(json: bytes) else { throw ModelError(.badData, file: shown, "not a reckon manifest") }
            for (id, record) in part.charts.sorted(by: { $0.key < $1.key }) where ids.contains(id) {
                if let other = from[id] {
                    throw ModelError(.badData, file: shown, "chart '\(id)' is in \(other) too: merge each shard once")
                }
                from[id] = shard
                let files = part.outputs.filter { Self.chart(ofFile: $0.key) == id }
                for (name, inputs) in files.sorted(by: { $0.key < $1.key }) {
                    try copy(name, from: shard, options: options, summary: &summary)
                    manifest.outputs[name] = inputs
                }
                for version in Archive.versions(of: id, in: shard) {
                    for name in version.files.map(\.path) where !FileIO.exists(folder + "/" + name) {
                        try AtomicFile.makeFolder(folder + "/" + Archive.folderName + "/" + id)
                        try copy(name, from: shard, options: options, summary: &summary)
                    }
                }
                manifest.charts[id] = record
                summary.rendered.append(id)
            }
        }
        var hashes: [SeriesID: String] = [:]
        for id in (try? workspace.seriesIDs()) ?? [] { hashes[id] = seriesHash(workspace, id) }
        renderReports(
            reports, charts: specs, workspace: workspace, options: options, seriesHashes: hashes, manifest: &manifest,
            summary: &summary)
        try finish(specs: specs, reports: reports, forget: true, manifest: &manifest, options: options, summary: &summary)
        return summary
    }

    /// The chart a file of the output folder belongs to: its name up to the first dot.
    static func chart(ofFile name: String) -> String { String(name[..<(name.firstIndex(of: ".") ?? name.endIndex)]) }

    /// Copies the file `name` from `shard` into the output folder, unless the same bytes are there.
    private static func copy(
        _ name: String, from shard: String, options: RenderOptions, summary: inout RenderSummary
    ) throws(ModelError) {
        let bytes = try FileIO.read(shard + "/" + name, shown: shard + "/" + name)
        let target = options.folder + "/" + name
        if let current = try? FileIO.read(target, shown: name), current == bytes { return }
        try AtomicFile.write(bytes, to: target, shown: options.shownFolder + "/" + name)
        summary.written.append(options.shownFolder + "/" + name)
    }
}
