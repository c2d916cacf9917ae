// A chart built in code from estimates held in memory, rendered to PNG and SVG:
//   swift run chart-from-code [FOLDER]
import Foundation
import ReckonAnalysis
import ReckonCairo
import ReckonChart
import ReckonModel

/// An estimate of North Korean troops in Russia, as its source worded it.
func estimate(
    _ date: String, _ value: Double?, low: Double? = nil, high: Double? = nil, _ qualifier: Qualifier? = nil, by source: String
) throws -> Observation {
    Observation(
        date: try ObservationDate.parse(date), value: value, low: low, high: high, qualifier: qualifier, source: source)
}

let folder = CommandLine.arguments.dropFirst().first ?? "."
do {
    let id = try SeriesID("nk-troops-in-russia")
    let troops = Series(
        id: id, metadata: SeriesMetadata(title: "North Korean troops in Russia", unit: "troops", kind: .level),
        observations: [
            try estimate("2024-10-28", 10000, .about, by: "US Department of Defense"),
            try estimate("2024-11-04", 11000, by: "Ukrainian intelligence"),
            try estimate("2024-12-23", nil, low: 11000, high: 12000, by: "US, Ukrainian and South Korean intelligence"),
            try estimate("2025-03-27", 11000, .about, by: "South Korea Joint Chiefs of Staff"),
        ])
    let spec = ChartSpec(
        id: "troops", title: "North Korean troops in Russia", subtitle: "Estimates by who made them",
        y: ChartSpec.YAxis(zero: true),
        layers: [LayerSpec(id, labels: true, by: .source, consensus: true)])

    let measurer = PangoMeasurer()
    let output = try ChartBuilder(measure: measurer, configPath: nil).build(spec, series: [troops])
    for (name, bytes) in [
        ("troops.png", try Renderer.png(output.scene)), ("troops.svg", try Renderer.svg(output.scene, idPrefix: spec.id)),
    ] {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        print("\(path): \(bytes.count) bytes")
    }
    print(output.scene.description)
} catch {
    FileHandle.standardError.write(Data("chart-from-code: \(error)\n".utf8))
    exit(1)
}
