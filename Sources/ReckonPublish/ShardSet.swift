import ReckonChart
import ReckonModel

/// The shards' folders `render --merge` is given, read and checked before anything is written:
/// one whole split (shards 1 to N, each once), and of each chart only files its spec makes, from
/// this workspace's inputs.
enum ShardSet {
    /// One shard's folder and its manifest.
    struct Part {
        var folder: String
        var manifest: Manifest
        /// Where the manifest is, as messages name it.
        var shown: String
    }

    /// One chart to merge: the shard that has it, its files with their inputs hash, and its record.
    struct Chart {
        var id: String
        var shard: String
        var files: [(name: String, inputs: String)]
        var record: ChartRecord
    }

    /// The folder of a shard, which every file merged from it must lie inside.
    static func boundary(_ folder: String) -> FileIO.Boundary { FileIO.Boundary(folder: folder, name: "the shard's folder") }

    /// The manifests of `folders`, which must be shards 1 to N of one split, each given once.
    ///
    /// - Throws: `.missingInput` for a folder or manifest that is not there; `.badData` for a
    ///   manifest that is not a shard's, or shards that are not one whole split.
    static func read(_ folders: [String]) throws(ReckonError) -> [Part] {
        var parts: [Part] = []
        for folder in folders {
            let shown = folder + "/" + Manifest.fileName
            guard FileIO.isDirectory(folder) else {
                throw ReckonError(.missingInput, file: folder, "no such folder: give the output folders of the shards")
            }
            let bytes = try FileIO.read(shown, shown: shown, limit: FileIO.configLimit, inside: ShardSet.boundary(folder))
            guard let manifest = Manifest(json: bytes) else { throw ReckonError(.badData, file: shown, "not a reckon manifest") }
            guard let shard = manifest.shard else {
                throw ReckonError(.badData, file: shown, "not a shard's output: render it with --shard K/N")
            }
            if let earlier = parts.first(where: { $0.manifest.shard == shard }) {
                throw ReckonError(.badData, file: shown, "shard \(shard) is \(earlier.folder) too: merge each shard once")
            }
            if let first = parts.first, let other = first.manifest.shard, other.count != shard.count {
                throw ReckonError(
                    .badData, file: shown, "shard \(shard) is of another split than \(first.folder) (shard \(other))")
            }
            parts.append(Part(folder: folder, manifest: manifest, shown: shown))
        }
        if let count = parts.first?.manifest.shard?.count, parts.count != count {
            let have = Set(parts.compactMap { $0.manifest.shard?.index })
            let missing = (1...count).filter { !have.contains($0) }.map { "\($0)/\(count)" }
            throw ReckonError(
                .badData, "shard\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) missing: merge every shard")
        }
        return parts
    }

    /// The charts of `specs` that the shards have, each with the files to copy.
    ///
    /// - Throws: `.badData` for a chart in two shards, a file its spec does not make, or a chart
    ///   whose files were made from other inputs than `inputs` gives for this workspace.
    static func plan(
        _ parts: [Part], specs: [ChartSpec], inputs: (ChartSpec) -> String
    ) throws(ReckonError) -> [Chart] {
        var charts: [Chart] = []
        for spec in specs {
            let holders = parts.filter { $0.manifest.charts[spec.id] != nil }
            guard let part = holders.first, let record = part.manifest.charts[spec.id] else { continue }
            if holders.count > 1 {
                throw ReckonError(
                    .badData, file: holders[1].shown, "chart '\(spec.id)' is in \(part.folder) too: merge each shard once")
            }
            let made = Set(spec.files(Publisher.withData(ChartSpec.FileFormat.allCases)).map(\.name))
            let expected = inputs(spec)
            let files = part.manifest.outputs.filter { Publisher.chart(ofFile: $0.key) == spec.id }.sorted { $0.key < $1.key }
            for (name, hash) in files {
                guard made.contains(name) else {
                    throw ReckonError(
                        .badData, file: part.shown, "'\(Escaping.visible(name))' is not a file of chart '\(spec.id)'")
                }
                guard hash == expected else {
                    throw ReckonError(
                        .badData, file: part.shown,
                        "chart '\(spec.id)' was rendered from other inputs (another copy of the series, another reckon.yaml or another reckon); render the shard again"
                    )
                }
            }
            charts.append(Chart(id: spec.id, shard: part.folder, files: files.map { ($0.key, $0.value) }, record: record))
        }
        return charts
    }
}
