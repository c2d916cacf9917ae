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
    /// Whether the mark is interpolated rather than observed.
    public var interpolated: Bool

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
