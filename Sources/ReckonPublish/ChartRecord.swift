public import ReckonChart
import ReckonModel

/// What a gallery or an embed snippet needs to know about a rendered chart.
public struct ChartRecord: Sendable, Equatable, Codable {
    /// The chart's id.
    public var id: String
    /// The chart's title (its id when it has none).
    public var title: String
    /// The chart's note.
    public var note: String?
    /// The footer's source line ("Source: ..."), or nil.
    public var sourceLine: String?
    /// The sources of the points drawn.
    public var sources: [String]
    /// The alternative text.
    public var alt: String
    /// The display size in pixels (a PNG at scale 2 has twice as many).
    public var width: Int
    /// The display height in pixels.
    public var height: Int
    /// The PNG pixel ratio.
    public var scale = 1.0
    /// The formats written, in order.
    public var formats: [ChartSpec.FileFormat]
    /// The last day of the chart's data.
    public var lastDay: String?
    /// Every rendering of the chart, its own size and first theme first (see ``primary``); the others
    /// are written in the web formats among ``formats``.
    public var renderings: [Rendering] = []
    /// The versions kept in the archive, oldest first (filled from the output folder, not stored).
    public var versions: [Archive.Version] = []

    /// Every field but ``versions``, which the output folder holds.
    enum CodingKeys: String, CodingKey {
        case id, title, note, sourceLine, sources, alt, width, height, scale, formats, lastDay, renderings
    }

    /// A record from its fields.
    public init(
        id: String, title: String, note: String?, sourceLine: String?, sources: [String], alt: String, width: Int, height: Int,
        formats: [ChartSpec.FileFormat], lastDay: String?
    ) {
        self.id = id
        self.title = title
        self.note = note
        self.sourceLine = sourceLine
        self.sources = sources
        self.alt = alt
        self.width = width
        self.height = height
        self.formats = formats
        self.lastDay = lastDay
    }

    /// The record of a chart built from `spec`.
    public init(_ spec: ChartSpec, output: ChartBuilder.Output, formats: [ChartSpec.FileFormat]) {
        self.init(
            id: spec.id, title: spec.title ?? spec.id, note: spec.note, sourceLine: spec.sourceLine(output.sources), sources: output.sources,
            alt: output.scene.description, width: spec.width, height: spec.height, formats: formats,
            lastDay: output.lastDay?.description)
        renderings = spec.renderings
        scale = spec.scale
    }

    /// The file name of the chart in `format`.
    public func file(_ format: ChartSpec.FileFormat) -> String { "\(id).\(format.fileExtension)" }

    /// The file name of the chart's `rendering` in `format`.
    public func file(_ rendering: Rendering, _ format: ChartSpec.FileFormat) -> String {
        "\(id)\(rendering.suffix).\(format.fileExtension)"
    }

    /// The format of the image to show: PNG when there is one, else SVG.
    public var imageFormat: ChartSpec.FileFormat? {
        formats.contains(.png) ? .png : (formats.contains(.svg) ? .svg : nil)
    }

    /// The image to show: the PNG when there is one, else the SVG.
    public var image: String? { imageFormat.map(file) }

    /// The chart's own rendering: its size, in its first theme.
    public var primary: Rendering {
        renderings.first ?? Rendering(width: width, height: height, theme: .light, suffix: "")
    }

    /// The formats of the renderings other than the primary one.
    public var webFormats: [ChartSpec.FileFormat] { formats.filter(Rendering.webFormats.contains) }
}
