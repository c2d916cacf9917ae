import ReckonModel

/// A colour with components from 0 to 1.
public struct Color: Hashable, Sendable, CustomStringConvertible {
    /// The red, green, blue and opacity components, from 0 to 1.
    public var red, green, blue, alpha: Double

    /// A colour from its components, opaque unless `alpha` is given.
    public init(_ red: Double, _ green: Double, _ blue: Double, _ alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `#rrggbb`, or nil.
    public init?(hex: String) {
        var text = Substring(hex)
        if text.hasPrefix("#") { text = text.dropFirst() }
        guard text.count == 6, let v = UInt32(text, radix: 16) else { return nil }
        self.init(Double((v >> 16) & 0xFF) / 255, Double((v >> 8) & 0xFF) / 255, Double(v & 0xFF) / 255)
    }

    /// The same colour with another opacity.
    public func opacity(_ alpha: Double) -> Color { Color(red, green, blue, alpha) }

    /// `#rrggbb`, with `/alpha` when not opaque.
    public var description: String {
        func h(_ v: Double) -> String {
            let s = String(Int((v * 255).rounded()), radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        let base = "#" + h(red) + h(green) + h(blue)
        return alpha == 1 ? base : base + "/" + fmt(alpha)
    }
}

/// A point in pixels, y downwards.
public struct Point: Hashable, Sendable {
    /// Pixels from the left and from the top.
    public var x, y: Double
    /// The point `x` pixels from the left and `y` from the top.
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in pixels.
public struct Rect: Hashable, Sendable {
    /// The top-left corner and the size, in pixels.
    public var x, y, width, height: Double

    /// The rectangle with its top-left corner at (`x`, `y`).
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }

    /// Whether the two rectangles share any area.
    public func intersects(_ o: Rect) -> Bool {
        x < o.maxX && o.x < maxX && y < o.maxY && o.y < maxY
    }

    /// Whether `o` lies inside this rectangle.
    public func contains(_ o: Rect) -> Bool {
        o.x >= x - 1e-9 && o.y >= y - 1e-9 && o.maxX <= maxX + 1e-9 && o.maxY <= maxY + 1e-9
    }
}

/// How a path's outline is drawn.
public struct Stroke: Hashable, Sendable {
    /// The line's colour.
    public var color: Color
    /// The line's width in pixels.
    public var width: Double
    /// Dash and gap lengths in pixels; empty for a solid line.
    public var dash: [Double]

    /// A line of `color`, `width` pixels wide, solid unless `dash` is given.
    public init(_ color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// One step of a path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// A full circle, as its own closed sub-path.
    case circle(center: Point, radius: Double)
    case close
}

/// A shape: an outline, a fill, or both.
public struct Path: Hashable, Sendable {
    /// The steps of the outline.
    public var elements: [PathElement]
    /// How the outline is drawn; nil draws none.
    public var stroke: Stroke?
    /// The fill; nil fills nothing.
    public var fill: Color?

    /// A shape from its steps, stroked, filled, or both.
    public init(_ elements: [PathElement], stroke: Stroke? = nil, fill: Color? = nil) {
        self.elements = elements
        self.stroke = stroke
        self.fill = fill
    }

    /// A polyline through `points`.
    public static func polyline(_ points: [Point], stroke: Stroke) -> Path {
        Path(points.enumerated().map { $0.offset == 0 ? .move($0.element) : .line($0.element) }, stroke: stroke)
    }

    /// A filled rectangle.
    public static func rect(_ r: Rect, fill: Color?, stroke: Stroke? = nil) -> Path {
        Path(
            [.move(Point(r.x, r.y)), .line(Point(r.maxX, r.y)), .line(Point(r.maxX, r.maxY)), .line(Point(r.x, r.maxY)), .close],
            stroke: stroke, fill: fill)
    }
}

/// A font: family, size in pixels, weight.
public struct Font: Hashable, Sendable {
    /// The family, as fontconfig names it (`DejaVu Sans`).
    public var family: String
    /// The size in pixels.
    public var size: Double
    /// Whether the weight is bold.
    public var bold: Bool

    /// A font of `family` at `size` pixels.
    public init(family: String, size: Double, bold: Bool = false) {
        self.family = family
        self.size = size
        self.bold = bold
    }

    /// The Pango description, e.g. `DejaVu Sans Bold 14px`.
    public var pangoDescription: String { "\(family)\(bold ? " Bold" : "") \(fmt(size))px" }
}

/// A line of text at a computed position: the top-left corner of its box, before rotation.
public struct TextRun: Hashable, Sendable {
    /// The text, one line.
    public var text: String
    /// The top-left corner of its box.
    public var origin: Point
    /// The font it is set in.
    public var font: Font
    /// Its colour.
    public var color: Color
    /// The measured size of the text.
    public var size: Size
    /// What the text is, for readers of the scene.
    public var role: TextRole
    /// An outline of this colour drawn around the glyphs, beneath them, so that the text reads over
    /// lines, bars and bands without hiding them behind a box; nil for none.
    public var halo: Color?

    /// A line of text placed with its box's top-left corner at `origin`, measured as `size`.
    public init(
        _ text: String, origin: Point, font: Font, color: Color, size: Size, role: TextRole = .label, halo: Color? = nil
    ) {
        self.text = text
        self.origin = origin
        self.font = font
        self.color = color
        self.size = size
        self.role = role
        self.halo = halo
    }

    /// The width of the halo's outline: a quarter of the type size, at least 2.5 pixels.
    public var haloWidth: Double { max(2.5, font.size * 0.25) }

    /// The box the text covers on the canvas.
    public var box: Rect { Rect(x: origin.x, y: origin.y, width: size.width, height: size.height) }
}

/// A width and height in pixels.
public struct Size: Hashable, Sendable {
    /// The width and height in pixels.
    public var width, height: Double
    /// The size `width` by `height`.
    public init(_ width: Double, _ height: Double) {
        self.width = width
        self.height = height
    }
}

/// One thing to draw.
public indirect enum SceneItem: Hashable, Sendable {
    case path(Path)
    case text(TextRun)
    /// Items drawn together, clipped to `clip` when given; `id` names the group in SVG output.
    case group(id: String, clip: Rect?, items: [SceneItem])
}

/// A chart as a display list: everything a backend needs, with coordinates already computed.
public struct Scene: Hashable, Sendable {
    /// The canvas's width in pixels.
    public var width: Double
    /// The canvas's height in pixels.
    public var height: Double
    /// The colour under everything.
    public var background: Color
    /// What to draw, in order: grid, annotations, one group a layer, labels, legend, text.
    public var items: [SceneItem]
    /// The chart's title and alternative text, for SVG `<title>` and `<desc>` and PDF metadata.
    public var title: String
    /// The alternative text.
    public var description: String
    /// The layers, in drawing order, and what each mark stands for: the scene's meaning beside its
    /// drawing, for tests, exports and backends that annotate marks.
    public var layers: [SceneLayer] = []
    /// Every mark drawn, with the observation it stands for.
    public var marks: [SceneMark] = []
    /// The legend's entries, in order, each with what it stands for; empty when no legend is drawn.
    public var legend: [SceneLegendEntry] = []
    /// The locale the chart writes numbers and dates in (``ChartSpec/locale``), for backends that
    /// write more of them (tooltips); nil for reckon's own style.
    public var locale: String?

    /// A scene of the given size and items; ``layers`` and ``marks`` are set afterwards.
    public init(
        width: Double, height: Double, background: Color, items: [SceneItem] = [], title: String = "", description: String = ""
    ) {
        self.width = width
        self.height = height
        self.background = background
        self.items = items
        self.title = title
        self.description = description
    }

    /// Every text run, groups flattened.
    public var texts: [TextRun] {
        var out: [TextRun] = []
        func walk(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case .text(let t): out.append(t)
                case .group(_, _, let inner): walk(inner)
                case .path: break
                }
            }
        }
        walk(items)
        return out
    }
}

/// A number with at most two decimals and no trailing zeros, for dumps and descriptions (and the
/// scene's JSON, written by ReckonPublish's backends).
package func fmt(_ v: Double) -> String {
    let cents = Int(saturating: (v * 100).rounded())
    let magnitude = abs(cents)
    var s = (cents < 0 ? "-" : "") + String(magnitude / 100)
    let fraction = magnitude % 100
    if fraction != 0 {
        s += "." + (fraction < 10 ? "0" : "") + String(fraction)
        while s.hasSuffix("0") { s.removeLast() }
    }
    return s
}
