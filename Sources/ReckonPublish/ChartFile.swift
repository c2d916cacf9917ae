public import ReckonChart

/// One file of a chart in the output folder: a rendering in a format, as `<id><suffix>.<extension>`.
public struct ChartFile: Sendable, Hashable {
    /// The size and theme drawn.
    public var rendering: Rendering
    /// The format written.
    public var format: ChartSpec.FileFormat
    /// The file's name in the output folder.
    public var name: String

    /// The file of `chart` in `rendering` and `format`.
    public init(chart: String, rendering: Rendering, format: ChartSpec.FileFormat) {
        self.rendering = rendering
        self.format = format
        name = chart + rendering.suffix + "." + format.fileExtension
    }
}

extension ChartSpec {
    /// Every file `render` writes for the chart when its primary rendering is written in `formats`:
    /// those formats at the chart's own size and theme, and the web formats among them (PNG, SVG) in
    /// every other rendering.
    public func files(_ formats: [FileFormat]) -> [ChartFile] {
        renderings.flatMap { rendering in
            (rendering.isPrimary ? formats : formats.filter(Rendering.webFormats.contains)).map { format in
                ChartFile(chart: id, rendering: rendering, format: format)
            }
        }
    }
}
