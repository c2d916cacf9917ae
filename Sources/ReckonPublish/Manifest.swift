import Foundation
import ReckonChart
import ReckonModel
import ReckonOutput

/// `Output/reckon-manifest.json`: for each output file, the hash of everything it was made from, and
/// for each chart what galleries and snippets need. A render whose inputs have the same hash leaves
/// the file alone.
public struct Manifest: Sendable, Equatable {
    /// The manifest's file name in the output folder.
    public static let fileName = "reckon-manifest.json"

    /// Output file name → the hash of its inputs.
    public var outputs: [String: String] = [:]
    /// Chart id → its record, from its last successful render.
    public var charts: [String: ChartRecord] = [:]
    /// The share of the charts this folder holds (`render --shard K/N`); nil for a whole run.
    public var shard: Shard?

    /// An empty manifest.
    public init() {}

    /// Reads a manifest; nil when the bytes are not one (a missing or damaged manifest means
    /// everything is rendered again).
    public init?(json bytes: [UInt8]) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let outputs = root["outputs"] as? [String: String], let charts = root["charts"] as? [String: [String: Any]]
        else { return nil }
        self.outputs = outputs
        shard = (root["shard"] as? String).flatMap(Shard.init)
        for (id, c) in charts {
            guard let title = c["title"] as? String, let alt = c["alt"] as? String, let width = c["width"] as? Int,
                let height = c["height"] as? Int, let formats = c["formats"] as? [String]
            else { return nil }
            self.charts[id] = ChartRecord(
                id: id, title: title, note: c["note"] as? String, sourceLine: c["sourceLine"] as? String,
                sources: c["sources"] as? [String] ?? [], alt: alt, width: width, height: height,
                formats: formats.compactMap(ChartSpec.FileFormat.init(rawValue:)), lastDay: c["lastDay"] as? String)
            self.charts[id]?.scale = (c["scale"] as? Double).flatMap { (0.5...4).contains($0) ? $0 : nil } ?? 1
            self.charts[id]?.renderings = (c["renderings"] as? [[String: Any]] ?? []).compactMap(Self.rendering)
        }
    }

    /// The manifest in the output folder `folder`; an empty one when it is missing or damaged, so
    /// that everything is drawn again.
    static func read(in folder: String) -> Manifest {
        let bytes = try? FileIO.read(folder + "/" + fileName, shown: fileName, limit: FileIO.configLimit)
        return bytes.flatMap { Manifest(json: $0) } ?? Manifest()
    }

    /// The manifest as JSON, keys sorted, one chart a line: the same manifest gives the same bytes.
    public func json() -> [UInt8] {
        func optional(_ s: String?) -> JSONText.Value { s.map(JSONText.Value.string) ?? .null }
        let outputs = JSONText.Value.object(self.outputs.keys.sorted().map { ($0, .string(self.outputs[$0]!)) })
        let charts = self.charts.keys.sorted().map { id -> String in
            let c = self.charts[id]!
            let value = JSONText.Value.object([
                ("title", .string(c.title)), ("note", optional(c.note)), ("sourceLine", optional(c.sourceLine)),
                ("sources", .array(c.sources.map(JSONText.Value.string))), ("alt", .string(c.alt)), ("width", .int(c.width)),
                ("height", .int(c.height)), ("scale", .number(c.scale)),
                ("formats", .array(c.formats.map { .string($0.rawValue) })),
                ("lastDay", optional(c.lastDay)), ("renderings", .array(c.renderings.map(Self.json))),
            ])
            return "    " + JSONText.quoted(id) + ": " + JSONText.encode(value)
        }
        let text =
            "{\n  \"version\": 1,\n" + (shard.map { "  \"shard\": \"\($0)\",\n" } ?? "") + "  \"outputs\": "
            + JSONText.encode(outputs) + ",\n  \"charts\": {\n"
            + charts.joined(separator: ",\n") + (charts.isEmpty ? "" : "\n") + "  }\n}\n"
        return Array(text.utf8)
    }

    private static func json(_ r: Rendering) -> JSONText.Value {
        .object([
            ("width", .int(r.width)), ("height", .int(r.height)), ("theme", .string(r.theme.rawValue)),
            ("suffix", .string(r.suffix)),
        ])
    }

    private static func rendering(_ object: [String: Any]) -> Rendering? {
        guard let width = object["width"] as? Int, let height = object["height"] as? Int,
            let theme = (object["theme"] as? String).flatMap(ChartSpec.Theme.init(rawValue:)),
            let suffix = object["suffix"] as? String, suffix.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." })
        else { return nil }
        return Rendering(width: width, height: height, theme: theme, suffix: suffix)
    }
}
