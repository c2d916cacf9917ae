public import ReckonCairo
public import ReckonChart
public import ReckonModel

/// The one chart pipeline that every command, the publisher and library users share: spec and
/// workspace → data → `Scene` → a backend's bytes.
///
/// The text measurer and the encoder are passed in, so that the pipeline can run with fixed metrics
/// and a recording encoder in tests.
public struct ChartPipeline: Sendable {
    /// Measures text for layout.
    public var measure: any TextMeasuring
    /// Turns a built chart into a file's bytes.
    public var encoder: any ChartEncoder
    /// The settings file as errors name it; nil for charts made on the command line.
    public var configPath: String?

    /// A pipeline that measures with `measure`, encodes with `encoder` and names `configPath` in errors.
    public init(measure: any TextMeasuring, encoder: any ChartEncoder = StandardEncoder(), configPath: String?) {
        self.measure = measure
        self.encoder = encoder
        self.configPath = configPath
    }

    /// The chart of `spec`, built from the workspace's series.
    ///
    /// - Throws: the chart's error, located in `configPath`.
    public func build(_ spec: ChartSpec, in workspace: Workspace) throws(ReckonError) -> ChartBuilder.Output {
        var builder = ChartBuilder(measure: measure, configPath: configPath)
        builder.seriesFolder = workspace.shown("Series")
        return try builder.build(spec) { id throws(ReckonError) in try workspace.load(id) }
    }

    /// The bytes of a built chart in `format`.
    ///
    /// - Throws: `.internalFailure` naming the chart and the file when the backend fails.
    public func encode(
        _ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat
    ) throws(ReckonError) -> [UInt8] {
        do throws(CairoError) {
            return try encoder.encode(output, spec: spec, format: format)
        } catch {
            throw ReckonError(.internalFailure, "chart '\(spec.id)', \(format.rawValue): \(error.description)")
        }
    }
}

/// Turns a built chart into the bytes of one of its formats.
public protocol ChartEncoder: Sendable {
    /// The bytes of `output` (built from `spec`) in `format`.
    func encode(_ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat) throws(CairoError) -> [UInt8]
}

/// reckon's backends: Cairo for PNG, PDF and the default SVG, the live SVG writer for `svg: live`,
/// the scene as JSON, and the numbers drawn as CSV.
public struct StandardEncoder: ChartEncoder {
    /// The standard backends.
    public init() {}

    /// PNG at the spec's scale; SVG with ids prefixed by the chart's id (Cairo's outlines, or live text
    /// with `svg: live`); PDF dated with the data's last day; the scene as JSON; the data drawn as CSV.
    public func encode(
        _ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat
    ) throws(CairoError) -> [UInt8] {
        switch format {
        case .png: try Renderer.png(output.scene, scale: spec.scale)
        case .svg where spec.svg == .live: LiveSVG.write(output.scene, id: spec.id)
        case .svg: try Renderer.svg(output.scene, idPrefix: spec.id)
        case .pdf: try Renderer.pdf(output.scene, date: (output.lastDay?.description ?? "2000-01-01") + "T00:00:00Z")
        case .scene: Array(output.scene.json().utf8)
        case .csv: DataCSV.write(output)
        }
    }
}
