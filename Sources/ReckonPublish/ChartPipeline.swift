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
    /// - Throws: the chart's error as a `ModelError` of the same kind, located in `configPath`.
    public func build(_ spec: ChartSpec, in workspace: Workspace) throws(ModelError) -> ChartBuilder.Output {
        let builder = ChartBuilder(measure: measure, configPath: configPath)
        do throws(ChartError) {
            return try builder.build(spec) { id throws(ModelError) in try workspace.load(id) }
        } catch {
            throw error.modelError
        }
    }

    /// The bytes of a built chart in `format`.
    ///
    /// - Throws: `.internalFailure` naming the chart and the file when the backend fails.
    public func encode(
        _ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat
    ) throws(ModelError) -> [UInt8] {
        do throws(CairoError) {
            return try encoder.encode(output, spec: spec, format: format)
        } catch {
            throw ModelError(.internalFailure, "chart '\(spec.id)', \(format.rawValue): \(error.description)")
        }
    }
}
