import Foundation
public import ReckonModel

extension Publisher {
    /// Merges the output folders of shards (`render --shard K/N`) into `options.folder`, so that it
    /// holds what one run of every chart writes: each chart's files and archived versions, copied
    /// from the shard that rendered it, then the reports, the manifest and the galleries.
    ///
    /// Merge verifies what it merges before it writes anything: the folders are shards 1 to N of one
    /// split, each given once; every file it copies is one the chart's spec makes, named by the
    /// shard's manifest, a regular file inside the shard's folder (never a link out of it); and
    /// every chart was rendered from this workspace's inputs (its spec, its series, reckon's
    /// version), so charts of another copy of the data never sit beside reports of this one.
    ///
    /// Holds the output folder's lock like `render`; a file whose bytes are already there is not
    /// written again, and every write is atomic.
    ///
    /// - Throws: `.badData` for any problem in `reckon.yaml`, a manifest that cannot be read, shards
    ///   that are not one whole split, a chart in two shards, a file the chart does not make or a
    ///   chart rendered from other inputs; `.missingInput` for a shard folder or file that is not
    ///   there (or lies outside its folder); `.busy` when another run holds the lock; `.io` when a
    ///   copy fails.
    public static func merge(
        _ workspace: Workspace, shards: [String], _ options: RenderOptions
    ) throws(ReckonError) -> RenderSummary {
        let settings = try WorkspaceSettings.read(workspace).checked()
        let (specs, reports) = (settings.charts, settings.reports)
        let parts = try ShardSet.read(shards)
        var hashes: [SeriesID: String] = [:]
        for id in (try? workspace.seriesIDs()) ?? [] { hashes[id] = seriesHash(workspace, id) }
        let plan = try ShardSet.plan(parts, specs: specs) { spec in
            inputsHash(of: spec) { hashes[$0] ?? seriesHash(workspace, $0) }
        }

        let folder = options.folder
        let lock = try lockOutput(options)
        defer { withExtendedLifetime(lock) {} }
        var summary = RenderSummary()
        summary.diagnostics += settings.diagnostics
        var manifest = Manifest.read(in: folder)
        manifest.shard = nil
        for chart in plan {
            for (name, inputs) in chart.files {
                try copy(name, from: chart.shard, options: options, summary: &summary)
                manifest.outputs[name] = inputs
            }
            for version in Archive.versions(of: chart.id, in: chart.shard) {
                for name in version.files.map(\.path) where !FileIO.exists(folder + "/" + name) {
                    try AtomicFile.makeFolder(folder + "/" + Archive.folderName + "/" + chart.id)
                    try copy(name, from: chart.shard, options: options, summary: &summary)
                }
            }
            manifest.charts[chart.id] = chart.record
            summary.rendered.append(chart.id)
        }
        renderReports(
            reports, charts: specs, workspace: workspace, options: options, seriesHashes: hashes, manifest: &manifest,
            summary: &summary)
        try finish(specs: specs, reports: reports, forget: true, manifest: &manifest, options: options, summary: &summary)
        try writeOpenData(workspace, specs: specs, manifest: manifest, options: options, summary: &summary)
        return summary
    }

    /// The chart a file of the output folder belongs to: its name up to the first dot.
    static func chart(ofFile name: String) -> String { String(name[..<(name.firstIndex(of: ".") ?? name.endIndex)]) }

    /// Copies the file `name` from `shard` into the output folder, unless the same bytes are there.
    private static func copy(
        _ name: String, from shard: String, options: RenderOptions, summary: inout RenderSummary
    ) throws(ReckonError) {
        let bytes = try FileIO.read(shard + "/" + name, shown: shard + "/" + name, inside: ShardSet.boundary(shard))
        let target = options.folder + "/" + name
        if let current = try? FileIO.read(target, shown: name), current == bytes { return }
        try AtomicFile.write(bytes, to: target, shown: options.shownFolder + "/" + name)
        summary.written.append(options.shownFolder + "/" + name)
    }
}
