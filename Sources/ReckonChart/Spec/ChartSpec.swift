public import ReckonModel

/// One chart: what to draw, how big, with which text. `reckon.yaml` describes charts in this form
/// (``ChartConfig`` reads it); Swift code can build the same value directly:
///
/// ```swift
/// let spec = ChartSpec(
///     id: "troops", title: "North Korean troops in Russia",
///     layers: [LayerSpec(try SeriesID("nk-troops-in-russia"), mark: .points, by: .source)])
/// let scene = try ChartBuilder(measure: PangoMeasurer()).build(spec, load: workspace.load).scene
/// ```
public struct ChartSpec: Sendable, Equatable {
    /// Where the footer's source line comes from.
    public enum SourceLine: Sendable, Equatable {
        /// The sources of the points drawn, de-duplicated.
        case auto
        /// This text after "Source: ".
        case text(String)
        /// No source line.
        case none
    }

    /// The colours: dark text on white, or light text on near-black.
    public enum Theme: String, Sendable, CaseIterable, Codable { case light, dark }

    /// The files a chart is written as: images, and `scene`, the Scene as JSON (`Scene.json()`, in
    /// ReckonPublish's backends).
    public enum FileFormat: String, Sendable, CaseIterable, Codable {
        /// A picture (PNG, SVG, PDF); the scene as JSON; the numbers drawn, as CSV.
        case png, svg, pdf, scene, csv

        /// The file name's ending: `png`, `svg`, `pdf`, `scene.json`, `csv`.
        public var fileExtension: String { self == .scene ? "scene.json" : rawValue }

        /// The format a file name ends in (`chart.scene.json`, `chart.PNG`), or nil.
        public init?(fileName: String) {
            let lower = fileName.lowercased()
            guard let format = FileFormat.allCases.first(where: { lower.hasSuffix("." + $0.fileExtension) }) else { return nil }
            self = format
        }
    }

    /// Where the legend goes: `auto` shows it when there is something to explain; `direct` writes each
    /// line's name at its end, in its colour, and keeps the legend for the rest.
    public enum LegendPlace: String, Sendable, CaseIterable { case auto, top, right, none, direct }

    /// Small multiples: one panel per series, or per source, on shared scales.
    public enum Facet: String, Sendable, CaseIterable { case none, series, source }

    /// How SVG files are written: `cairo` draws every glyph as an outline (exact, for print); `live`
    /// writes text as text, one group a layer, and a tooltip on every mark (small, for web pages).
    public enum SVGStyle: String, Sendable, CaseIterable { case cairo, live }

    /// The chart's id: its file name in `Output/` and the prefix of its SVG ids.
    public var id: String
    /// The title, in bold at the top.
    public var title: String?
    /// A line under the title.
    public var subtitle: String?
    /// A line of small text above the source line.
    public var note: String?
    /// Where the footer's source line comes from.
    public var source: SourceLine = .auto
    /// Alternative text; nil generates it from the data.
    public var alt: String?
    /// The size in pixels, 160 to 8000 wide and 120 to 8000 high.
    public var width = 1200
    /// The height in pixels.
    public var height = 675
    /// The PNG pixel ratio (2 for high-DPI screens).
    public var scale = 1.0
    /// The colours.
    public var theme: Theme = .light
    /// Further widths the chart is drawn at, for narrow columns and small screens (PNG and SVG only).
    public var sizes: [Size] = []
    /// The themes the chart is drawn in when there are several (`[light, dark]`); the first is
    /// ``theme``. Empty draws only ``theme``.
    public var themes: [Theme] = []
    /// The files `render` writes.
    public var formats: [FileFormat] = [.png, .svg]
    /// Keep every version whose content changed under `Output/archive/<id>/`, never rewritten.
    public var archive = false
    /// The locale whose digits, separators, month names and date forms the chart uses (`de`, `uk`,
    /// `ko`, `ar-EG`); nil for reckon's own English style. See ``ChartLocale``.
    public var locale: String?
    /// The font family, as fontconfig names it.
    public var font = "DejaVu Sans"
    /// The time axis.
    public var x = XAxis()
    /// The value axis.
    public var y = YAxis()
    /// The layers, drawn in order (the first lowest).
    public var layers: [LayerSpec] = []
    /// Notes on days, periods and values.
    public var annotations: [Annotation] = []
    /// Where the legend goes.
    public var legend: LegendPlace = .auto
    /// How SVG files are written.
    public var svg: SVGStyle = .cairo
    /// The layers to draw in colour, by legend name or series id; the others are drawn grey. Empty
    /// draws every layer in colour.
    public var highlight: [String] = []
    /// Small multiples: `series` gives each series a panel of its own, `source` each source (the layers
    /// that belong to no one source, such as a consensus, are drawn in every panel); the panels share
    /// their scales.
    public var facet: Facet = .none
    /// Several bar layers stack on one another (negative values below zero) instead of standing side by
    /// side. Their series must share a unit: a stack of drones on people is refused.
    public var stack = false
    /// The line of `reckon.yaml` the chart starts on, for error messages; 0 for charts made in code.
    package var line = 0

    /// A chart with the default size, theme and formats; set any other property afterwards.
    public init(
        id: String, title: String? = nil, subtitle: String? = nil, note: String? = nil, width: Int = 1200,
        height: Int = 675, theme: Theme = .light, x: XAxis = XAxis(), y: YAxis = YAxis(), layers: [LayerSpec] = [],
        annotations: [Annotation] = []
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.note = note
        self.width = width
        self.height = height
        self.theme = theme
        self.x = x
        self.y = y
        self.layers = layers
        self.annotations = annotations
    }

    /// The time axis: a fixed range, or the last stretch of the data.
    public struct XAxis: Sendable, Equatable {
        /// The first day shown.
        public var from: Day?
        /// The last day shown.
        public var to: Day?
        /// Show only this much before the end of the data.
        public var last: CalendarSpan?

        /// A time axis from `from` to `to`, or over the `last` stretch of the data; all nil fits the data.
        public init(from: Day? = nil, to: Day? = nil, last: CalendarSpan? = nil) {
            self.from = from
            self.to = to
            self.last = last
        }
    }

    /// The value axis.
    public struct YAxis: Sendable, Equatable {
        /// How tick labels are written: `11,000`, `11k`, `25%`.
        public enum Format: String, Sendable, CaseIterable { case number, compact, percent }
        /// The lowest value shown; nil fits the data.
        public var min: Double?
        /// The highest value shown; nil fits the data.
        public var max: Double?
        /// A logarithmic axis (not with bars or areas).
        public var log = false
        /// The axis's label; nil uses the first layer's unit.
        public var label: String?
        /// How tick labels and the alternative text write numbers.
        public var format: Format = .number
        /// Include zero; nil means on for bars and areas.
        public var zero: Bool?
        /// Lets a bar chart's axis start above zero, drawn broken at its foot so that no one reads the
        /// bars' lengths as their values (see ``ChartSpec/barBaselineProblem``).
        public var brokenAxis = false
        /// Shaded ranges of values, behind the data; the axis reaches them.
        public var bands: [ValueBand] = []

        /// A value axis; the defaults fit the data.
        public init(
            min: Double? = nil, max: Double? = nil, log: Bool = false, label: String? = nil, format: Format = .number,
            zero: Bool? = nil
        ) {
            self.min = min
            self.max = max
            self.log = log
            self.label = label
            self.format = format
            self.zero = zero
        }
    }
}

extension ChartSpec {
    /// Why the value axis would cut bars short, in words; nil when it does not. A bar is read by its
    /// length from zero, so an axis that starts above zero (`zero: false`, a `min` above zero) or ends
    /// below it makes small differences look large; it is refused unless `broken-axis: true` says the
    /// axis is broken, which the chart then draws.
    public var barBaselineProblem: String? {
        guard !y.brokenAxis, layers.contains(where: { $0.trend == nil && $0.mark == .bar }) else { return nil }
        if y.zero == false {
            return
                "bars are read by their length from zero; 'zero: false' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        }
        if let lo = y.min, lo > 0 {
            return
                "bars are read by their length from zero; 'min: \(NumberText.format(lo))' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        }
        if let hi = y.max, hi < 0 {
            return
                "bars are read by their length from zero; 'max: \(NumberText.format(hi))' would cut them short (give 'broken-axis: true' to draw the axis broken)"
        }
        return nil
    }
}

extension ChartSpec {
    /// The footer's source line in full for a chart of points from `sources`: "Source: A; B", the
    /// spec's own text, or nil (no sources, or `source: none`), with "Source" in `locale`'s language.
    /// Narrow layouts may shorten it.
    public func sourceLine(_ sources: [String], locale: ChartLocale = .house) -> String? {
        switch source {
        case .auto: sources.isEmpty ? nil : locale.word("Source") + ": " + sources.joined(separator: "; ")
        case .text(let s): locale.word("Source") + ": " + s
        case .none: nil
        }
    }
}
