/// What a text of the scene is: the title, a tick label, a value label, and so on.
public enum TextRole: String, Hashable, Sendable, CaseIterable {
    case title, subtitle, legend, unit
    case tickX = "tick-x"
    case tickY = "tick-y"
    case label, note, source, annotation
    /// The name of one panel of small multiples.
    case panel
}

/// A layer as the scene shows it: its group id, legend name, colour, dash and mark.
public struct SceneLayer: Hashable, Sendable {
    /// The id of the layer's group of items (`layer-1`, `layer-2`, …).
    public var id: String
    /// The name in the legend.
    public var label: String
    /// The layer's colour.
    public var color: Color
    /// Dash and gap lengths of its line; empty for solid.
    public var dash: [Double]
    /// The mark drawn: `line`, `step`, `area`, `bar`, `points`, `band`, `range`, or `trend`.
    public var mark: String

    /// A layer as the scene shows it.
    public init(id: String, label: String, color: Color, dash: [Double], mark: String) {
        self.id = id
        self.label = label
        self.color = color
        self.dash = dash
        self.mark = mark
    }
}

/// One mark the scene draws, with what it stands for: the box it covers and, for a mark that stands
/// for one observation (a point, a range, a bar), that observation.
public struct SceneMark: Hashable, Sendable {
    /// What a mark draws.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case point, range, line, step, area, band, bar, trend
    }

    /// The id of its layer's group (`layer-1`, …).
    public var layer: String
    /// What it draws.
    public var kind: Kind
    /// The box it covers, in pixels.
    public var box: Rect
    /// The observation's date (`2025-03-27`, `2025-01/2025-02`), for marks that stand for one.
    public var date: String?
    /// Its value, when it has one (a range estimate has none).
    public var value: Double?
    /// The lower bound of the observation, when it has one.
    public var low: Double?
    /// The upper bound of the observation, when it has one.
    public var high: Double?
    /// How the estimate was worded: `about`, `at least`, `at most`.
    public var qualifier: String?
    /// Who made the estimate.
    public var sources: [String]
    /// Whether the mark is interpolated rather than observed (a projection's line and band are).
    public var interpolated: Bool
    /// Whether the bar's period was still in progress when its data ended.
    public var incomplete = false
    /// Whether the bar spreads a total over more days evenly.
    public var spread = false

    /// A mark of `kind` covering `box`; the observation's fields only for marks that stand for one.
    public init(
        layer: String = "", kind: Kind, box: Rect, date: String? = nil, value: Double? = nil, low: Double? = nil,
        high: Double? = nil, qualifier: String? = nil, sources: [String] = [], interpolated: Bool = false
    ) {
        self.layer = layer
        self.kind = kind
        self.box = box
        self.date = date
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.sources = sources
        self.interpolated = interpolated
    }
}

extension Path {
    /// The points the path's elements name (a circle by its centre).
    var points: [Point] {
        elements.compactMap { e in
            switch e {
            case .move(let p), .line(let p): p
            case .circle(let c, _): c
            case .close: nil
            }
        }
    }
}

extension Rect {
    /// The smallest rectangle around `points`; a zero rectangle when there are none.
    static func around(_ points: [Point]) -> Rect {
        guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        var (x0, y0, x1, y1) = (first.x, first.y, first.x, first.y)
        for p in points.dropFirst() {
            (x0, x1) = (min(x0, p.x), max(x1, p.x))
            (y0, y1) = (min(y0, p.y), max(y1, p.y))
        }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The smallest rectangle around both.
    func union(_ o: Rect) -> Rect {
        let x0 = min(x, o.x), y0 = min(y, o.y)
        return Rect(x: x0, y: y0, width: max(maxX, o.maxX) - x0, height: max(maxY, o.maxY) - y0)
    }
}

/// One entry of the legend as the scene shows it: its name, its swatch, and what in the plot it
/// stands for, so that a reader of the scene can check that the plot draws it.
public struct SceneLegendEntry: Hashable, Sendable {
    /// What an entry stands for.
    public indirect enum Stands: Hashable, Sendable {
        /// A layer, by its group's id (`layer-1`).
        case layer(String)
        /// Markers shaped by a qualifier (`about`, `at least`, `at most`).
        case qualifier(String)
        /// Range estimates' whiskers.
        case range
        /// Interpolated stretches of a line.
        case interpolated
        /// Bars spread from a total over more days.
        case spread
        /// Bars of a period still in progress.
        case incomplete
        /// A projection's prediction band.
        case prediction
        /// Entries whose swatches looked alike, merged into one.
        case merged([Stands])
    }

    /// The name written beside the swatch.
    public var label: String
    /// The swatch's shape in words, without its colour (`line dash 6,5`, `box`, `marker about`).
    public var shape: String
    /// The swatch's colour.
    public var color: Color
    /// What the entry stands for.
    public var stands: Stands

    /// An entry named `label`, with a swatch of `shape` in `color`, standing for `stands`.
    public init(label: String, shape: String, color: Color, stands: Stands) {
        self.label = label
        self.shape = shape
        self.color = color
        self.stands = stands
    }

    /// Whether `marks` (the scene's, within its plots) draw what the entry stands for; a merged
    /// entry needs every part drawn.
    public func isBacked(by marks: [SceneMark]) -> Bool { Self.drawn(stands, marks) }

    static func drawn(_ stands: Stands, _ marks: [SceneMark]) -> Bool {
        switch stands {
        case .layer(let id): marks.contains { $0.layer == id }
        case .qualifier(let q): marks.contains { $0.qualifier == q && [.point, .range, .bar].contains($0.kind) }
        case .range: marks.contains { $0.kind == .range }
        case .interpolated: marks.contains { $0.interpolated && $0.kind != .trend }
        case .spread: marks.contains { $0.kind == .bar && $0.spread }
        case .incomplete: marks.contains { $0.kind == .bar && $0.incomplete }
        case .prediction: marks.contains { $0.kind == .band && $0.interpolated }
        case .merged(let parts): parts.allSatisfy { drawn($0, marks) }
        }
    }
}

extension Color {
    /// Whether a reader would take the two colours for one where they show over `background`: no
    /// channel differs by more than 30 of 255.
    func looksLike(_ other: Color, over background: Color) -> Bool {
        let (a, b) = (composited(over: background), other.composited(over: background))
        return max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue)) <= 30.0 / 255
    }
}

extension Rect {
    /// The area both rectangles cover, or nil when they do not meet.
    func intersection(_ o: Rect) -> Rect? {
        let x0 = max(x, o.x), y0 = max(y, o.y), x1 = min(maxX, o.maxX), y1 = min(maxY, o.maxY)
        return x1 > x0 && y1 > y0 ? Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }
}
