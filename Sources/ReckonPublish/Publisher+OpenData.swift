import Foundation
import ReckonChart
import ReckonModel

extension Publisher {
    /// After a whole run: `Output/feed.xml` (``AtomFeed``) and the workspace's `datapackage.json`
    /// (``DataPackage``), each written only when its bytes change. A series that cannot be read is
    /// left out of both (its charts failed already, and said why); the chart downloads are in the
    /// package when the run writes the workspace's own `Output/`.
    static func writeOpenData(
        _ workspace: Workspace, specs: [ChartSpec], manifest: Manifest, options: RenderOptions, summary: inout RenderSummary
    ) throws(ReckonError) {
        var series: [DataPackage.SeriesTable] = []
        var entries: [Workspace.LogEntry] = []
        for id in (try? workspace.seriesIDs()) ?? [] {
            guard let loaded = try? workspace.load(id) else { continue }
            entries += workspace.log(of: loaded)
            series.append(DataPackage.SeriesTable(id: id, columns: header(workspace, id), metadata: loaded.metadata))
        }
        entries = Workspace.newestFirst(entries)
        var links: [String: String] = [:]
        for spec in specs {
            guard let record = manifest.charts[spec.id], let image = record.image else { continue }
            for layer in spec.layers where links[layer.series.description] == nil { links[layer.series.description] = image }
        }
        let name = URL(fileURLWithPath: workspace.root).standardizedFileURL.lastPathComponent
        let feed = AtomFeed.xml(entries, title: "New and revised estimates", key: name, chartLinks: links)
        // The downloads are described where the package can point at them: in the workspace's Output/.
        let inOutput =
            URL(fileURLWithPath: options.folder).standardizedFileURL.path
            == URL(fileURLWithPath: workspace.resolve("Output")).standardizedFileURL.path
        let charts = specs.compactMap { spec -> (id: String, title: String)? in
            guard inOutput, let record = manifest.charts[spec.id], record.formats.contains(.csv) else { return nil }
            return (spec.id, record.title)
        }
        let package = DataPackage.json(name: name, series: series, charts: charts)
        for (path, shown, bytes) in [
            (options.folder + "/feed.xml", options.shownFolder + "/feed.xml", Array(feed.utf8)),
            (workspace.resolve(DataPackage.fileName), workspace.shown(DataPackage.fileName), package),
        ] {
            if let current = try? FileIO.read(path, shown: shown), current == bytes { continue }
            try AtomicFile.write(bytes, to: path, shown: shown)
            summary.written.append(shown)
        }
    }

    /// The names in the first line of a series' CSV, in order.
    static func header(_ workspace: Workspace, _ id: SeriesID) -> [String] {
        guard let bytes = try? workspace.readFile(Workspace.csvName(id)) else { return [] }
        var line = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        return String(decoding: line, as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
    }
}
