public import ReckonCairo
public import ReckonChart

/// Turns a built chart into the bytes of one of its formats.
public protocol ChartEncoder: Sendable {
    /// The bytes of `output` (built from `spec`) in `format`.
    func encode(_ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat) throws(CairoError) -> [UInt8]
}

/// The format registry: which of reckon's backends (the siblings in `Backends/`) writes each format:
/// Cairo for PNG, PDF and the default SVG, the live SVG writer for `svg: live`, the scene as JSON, and
/// the numbers drawn as CSV.
public struct StandardEncoder: ChartEncoder {
    /// The standard backends.
    public init() {}

    /// PNG at the spec's scale; SVG with ids prefixed by the chart's id (Cairo's outlines, or live text
    /// with `svg: live`); PDF dated with the data's last day; the scene as JSON; the data drawn as CSV.
    public func encode(
        _ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat
    ) throws(CairoError) -> [UInt8] {
        switch format {
        case .svg where spec.svg == .live: LiveSVG.write(output.scene, id: spec.id)
        case .png, .svg, .pdf: try CairoBackend.encode(output, spec: spec, format: format)
        case .scene: Array(output.scene.json().utf8)
        case .csv: DataCSV.write(output)
        }
    }
}
