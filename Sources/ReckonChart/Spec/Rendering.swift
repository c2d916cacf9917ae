/// One picture of a chart: a size and a theme. A chart is drawn at its own size in its first theme,
/// and again at each of its other `sizes` and in each of its other `themes`, so that a narrow column
/// gets a layout made for it rather than a shrunken wide one, and a dark page a dark chart.
public struct Rendering: Sendable, Hashable, Codable {
    /// The width in pixels.
    public var width: Int
    /// The height in pixels.
    public var height: Int
    /// The colours.
    public var theme: ChartSpec.Theme
    /// What the file name carries between the chart id and the format: empty for the chart's own size
    /// and first theme, `.640` for another width, `.dark` for another theme, `.640.dark` for both.
    /// Chart ids have no dots, so these names never meet another chart's.
    public var suffix: String

    /// A rendering from its fields.
    public init(width: Int, height: Int, theme: ChartSpec.Theme, suffix: String) {
        self.width = width
        self.height = height
        self.theme = theme
        self.suffix = suffix
    }

    /// Whether this is the chart's own size and first theme, the one every format is written in.
    public var isPrimary: Bool { suffix.isEmpty }

    /// The formats a rendering other than the primary one is written in: the pictures a web page shows.
    public static let webFormats: [ChartSpec.FileFormat] = [.png, .svg]
}

extension ChartSpec {
    /// A further width of a chart (`sizes:`), with its height, or nil to keep the chart's proportions.
    public struct Size: Sendable, Hashable {
        /// The width in pixels.
        public var width: Int
        /// The height in pixels; nil keeps the chart's width-to-height ratio.
        public var height: Int?

        /// A size `width` wide and `height` (or the chart's proportion) high.
        public init(width: Int, height: Int? = nil) {
            self.width = width
            self.height = height
        }
    }

    /// The themes the chart is drawn in: `themes`, or the one `theme`.
    public var drawnThemes: [Theme] { themes.isEmpty ? [theme] : themes }

    /// Every picture of the chart: its own size in its first theme first, then the other sizes, then
    /// the same in each further theme.
    public var renderings: [Rendering] {
        let sizes =
            [(width, height, "")]
            + self.sizes.map { size in
                (size.width, size.height ?? proportionalHeight(size.width), ".\(size.width)")
            }
        let themes = drawnThemes
        return themes.flatMap { theme in
            sizes.map { width, height, suffix in
                Rendering(
                    width: width, height: height, theme: theme,
                    suffix: suffix + (theme == themes[0] ? "" : ".\(theme.rawValue)"))
            }
        }
    }

    /// The spec of one of its renderings: the same chart at that size and in that theme.
    public func drawn(as rendering: Rendering) -> ChartSpec {
        var spec = self
        spec.width = rendering.width
        spec.height = rendering.height
        spec.theme = rendering.theme
        return spec
    }

    /// The height that keeps the chart's proportions at `width`, within the limits of a height.
    func proportionalHeight(_ width: Int) -> Int {
        let exact = (Double(width) * Double(height) / Double(max(self.width, 1))).rounded()
        return Int(min(max(exact, 120), 8000))
    }
}
