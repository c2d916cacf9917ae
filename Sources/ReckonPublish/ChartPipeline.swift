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
        builder.onTwoThreads = workspace.worksOnTwoThreads
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
