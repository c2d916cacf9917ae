public import ReckonChart
import ReckonModel

/// An SVG for web pages, written from a `Scene`: text stays text (searchable, selectable, read by
/// screen readers), every layer is a `<g>` with an id and a class, and every mark that stands for an
/// observation carries a `<title>` tooltip, its name for screen readers. Cairo's SVG, which draws each glyph as
/// an outline, stays the exact one for print.
///
/// The bytes depend only on the scene and the id: numbers are written with at most two decimals.
public enum LiveSVG {
    /// The fonts a browser falls back to when the measured font is missing: Verdana and DejaVu Sans
    /// share their metrics' lineage (Bitstream Vera), so text keeps close to the width it was laid out at.
    static let fallbackFonts = "Verdana, Geneva, sans-serif"

    /// How far below the top of a text's box its baseline sits, as a share of the box's height: a
    /// font's ascent over its ascent plus descent (DejaVu Sans: 0.928 / 1.164 em).
    static let baseline = 0.797

    /// The scene as a web SVG whose ids start with `id` (`nk-troops-layer-1`), so that several charts
    /// can share one page.
    public static func write(_ scene: Scene, id: String) -> [UInt8] {
        var writer = Writer(prefix: XML.idSafe(id), scene: scene)
        writer.document()
        return Array(writer.out.utf8)
    }
}

/// Writes one document; `out` grows as it goes.
struct Writer {
    let prefix: String
    let scene: Scene
    var out = ""
    private var clips = 0
    private let layers: [String: SceneLayer]
    private let marks: [String: [SceneMark]]
    /// Whether every mark has the same sources: then the footer's source line names them for every
    /// mark, and the tooltips do not repeat them hundreds of times.
    private let oneSource: Bool
    /// How the tooltips write numbers and dates: as the chart does.
    private let locale: ChartLocale

    init(prefix: String, scene: Scene) {
        self.prefix = prefix
        self.scene = scene
        layers = Dictionary(scene.layers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let observed = scene.marks.filter { $0.date != nil }
        marks = Dictionary(grouping: observed, by: \.layer)
        oneSource = Set(observed.map(\.sources)).count == 1 && scene.description.contains("Source: ")
        locale = ChartLocale(spec: scene.locale)
        out.reserveCapacity(64 * 1024)
    }

    mutating func document() {
        let w = XML.number(scene.width), h = XML.number(scene.height)
        let family = scene.texts.first?.font.family ?? "DejaVu Sans"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
        out += " id=\"\(prefix)-chart\" class=\"reckon-chart\" role=\"graphics-document document\""
        out += " aria-labelledby=\"\(prefix)-title\" aria-describedby=\"\(prefix)-desc\""
        out += " font-family=\"\(XML.escape(family)), \(LiveSVG.fallbackFonts)\" stroke-linejoin=\"round\">\n"
        out += "<title id=\"\(prefix)-title\">\(XML.escape(scene.title))</title>\n"
        out += "<desc id=\"\(prefix)-desc\">\(XML.escape(scene.description))</desc>\n"
        out += "<rect width=\"100%\" height=\"100%\"\(XML.paint("fill", scene.background))/>\n"
        items(scene.items)
        out += "</svg>\n"
    }

    private mutating func items(_ list: [SceneItem], clip: Rect? = nil) {
        var pending: Path?
        for item in list {
            guard case .path(let drawn) = item else {
                if let run = pending { path(run) }
                pending = nil
                switch item {
                case .text(let t): text(t)
                case .group(let id, let clip, let inner): group(id, clip: clip, inner)
                case .path: break
                }
                continue
            }
            // What its group's clip hides entirely is left out.
            if let clip, !Rect.around(drawn).overlaps(clip) { continue }
            let p = clip.map { Self.culled(drawn, to: $0) } ?? drawn
            // Neighbours drawn alike become one path: a bar chart's bars are one element, not hundreds.
            if let run = pending, Self.mergeable(run, p) {
                pending?.elements += p.elements
            } else {
                if let run = pending { path(run) }
                pending = p
            }
        }
        if let run = pending { path(run) }
    }

    /// Whether two paths drawn one after the other look the same drawn as one: the same paint, opaque
    /// (where translucent shapes overlap, one path would paint the overlap once), and no dashes (whose
    /// pattern would run on from one shape to the next).
    static func mergeable(_ a: Path, _ b: Path) -> Bool {
        a.fill == b.fill && a.stroke == b.stroke && (a.fill?.alpha ?? 1) >= 1 && (a.stroke?.color.alpha ?? 1) >= 1
            && (a.stroke?.dash.isEmpty ?? true)
    }

    private mutating func group(_ id: String, clip: Rect?, _ inner: [SceneItem]) {
        let safe = XML.idSafe(id)
        var attributes = " id=\"\(prefix)-\(safe)\""
        if let clip {
            clips += 1
            let clipID = "\(prefix)-clip-\(clips)"
            out += "<clipPath id=\"\(clipID)\"><rect x=\"\(XML.number(clip.x))\" y=\"\(XML.number(clip.y))\""
            out += " width=\"\(XML.number(clip.width))\" height=\"\(XML.number(clip.height))\"/></clipPath>\n"
            attributes += " clip-path=\"url(#\(clipID))\""
        }
        if let layer = layers[id] {
            attributes += " class=\"layer \(safe) mark-\(XML.idSafe(layer.mark))\""
            attributes += " role=\"graphics-object group\" aria-label=\"\(XML.escape(layer.label))\""
        } else {
            attributes += " class=\"\(safe)\""
            if id == "grid" || id == "legend" || id == "labels" { attributes += " aria-hidden=\"true\"" }
        }
        out += "<g\(attributes)>\n"
        items(inner, clip: clip)
        if let list = marks[id] { tooltips(list) }
        out += "</g>\n"
    }

    /// A transparent box over each mark that stands for an observation, with its tooltip: the browser
    /// shows the `<title>` on hover, and screen readers read it as the mark's name.
    private mutating func tooltips(_ list: [SceneMark]) {
        out += "<g class=\"marks\" fill=\"transparent\" pointer-events=\"all\">\n"
        for m in list {
            let words = XML.escape(Tooltip.text(m, sources: !oneSource, locale: locale))
            // A box at least 6 pixels across, so that thin lines and small points can be hovered.
            let w = max(m.box.width, 6), h = max(m.box.height, 6)
            let x = m.box.x - (w - m.box.width) / 2, y = m.box.y - (h - m.box.height) / 2
            // Whole pixels: a place to hover needs no finer position.
            out += "<rect x=\"\(XML.number(x.rounded()))\" y=\"\(XML.number(y.rounded()))\" width=\"\(XML.number(w.rounded()))\""
            out += " height=\"\(XML.number(h.rounded()))\"><title>\(words)</title></rect>\n"
        }
        out += "</g>\n"
    }

    private mutating func path(_ p: Path) {
        guard p.fill != nil || p.stroke != nil else { return }
        out += "<path d=\""
        var i = 0
        let e = p.elements
        while i < e.count {
            if i > 0 { out += " " }
            // An upright rectangle, as bars and swatches are, in its short form.
            if let r = Self.rectangle(e, at: i) {
                out += "M" + XML.number(r.x) + " " + XML.number(r.y) + "h" + XML.number(r.width) + "v" + XML.number(r.height)
                out += "h" + XML.number(-r.width) + "Z"
                i += 5
                continue
            }
            switch e[i] {
            case .move(let pt): out += "M" + XML.number(pt.x) + " " + XML.number(pt.y)
            case .line(let pt): out += "L" + XML.number(pt.x) + " " + XML.number(pt.y)
            case .circle(let c, let r):
                let rr = XML.number(r)
                out += "M" + XML.number(c.x + r) + " " + XML.number(c.y)
                out += "A\(rr) \(rr) 0 1 0 " + XML.number(c.x - r) + " " + XML.number(c.y)
                out += "A\(rr) \(rr) 0 1 0 " + XML.number(c.x + r) + " " + XML.number(c.y) + "Z"
            case .close: out += "Z"
            }
            i += 1
        }
        out += "\""
        out += p.fill.map { XML.paint("fill", $0) } ?? " fill=\"none\""
        if let s = p.stroke {
            out += XML.paint("stroke", s.color) + " stroke-width=\"\(XML.number(s.width))\""
            if !s.dash.isEmpty { out += " stroke-dasharray=\"\(s.dash.map(XML.number).joined(separator: " "))\"" }
        }
        out += "/>\n"
    }

    /// A line (no fill, only moves and straight segments) without the segments that `clip` hides
    /// entirely: each that lies wholly beyond one of its edges becomes a move, and a move followed by
    /// another is dropped. A trend line drawn over years of data but shown over months keeps only the
    /// months. Anything else is returned as it is.
    static func culled(_ p: Path, to clip: Rect) -> Path {
        guard p.fill == nil, let stroke = p.stroke else { return p }
        let margin = stroke.width
        let (x0, x1, y0, y1) = (clip.x - margin, clip.maxX + margin, clip.y - margin, clip.maxY + margin)
        func hidden(_ a: Point, _ b: Point) -> Bool {
            (a.x < x0 && b.x < x0) || (a.x > x1 && b.x > x1) || (a.y < y0 && b.y < y0) || (a.y > y1 && b.y > y1)
        }
        var out: [PathElement] = []
        out.reserveCapacity(p.elements.count)
        var last: Point?
        for e in p.elements {
            switch e {
            case .move(let pt):
                if case .move = out.last { out.removeLast() }
                out.append(e)
                last = pt
            case .line(let pt):
                guard let from = last else { return p }
                if hidden(from, pt) {
                    if case .move = out.last { out.removeLast() }
                    out.append(.move(pt))
                } else {
                    out.append(e)
                }
                last = pt
            case .circle, .close: return p
            }
        }
        if case .move = out.last { out.removeLast() }
        var culled = p
        culled.elements = out
        return culled
    }

    /// The rectangle that the five elements from `i` draw (move, right, down, left, close, as
    /// `Path.rect` makes it), or nil.
    static func rectangle(_ e: [PathElement], at i: Int) -> Rect? {
        guard i + 4 < e.count, case .move(let a) = e[i], case .line(let b) = e[i + 1], case .line(let c) = e[i + 2],
            case .line(let d) = e[i + 3], case .close = e[i + 4],
            a.y == b.y, b.x == c.x, c.y == d.y, d.x == a.x
        else { return nil }
        return Rect(x: a.x, y: a.y, width: b.x - a.x, height: c.y - b.y)
    }

    /// A line of text at its baseline. Tick labels on the value axis are anchored at their right end and
    /// those on the time axis at their middle, so that a browser's fallback font, a little wider or
    /// narrower, keeps them aligned with their ticks.
    private mutating func text(_ t: TextRun) {
        let anchor: (String, Double) =
            switch t.role {
            case .tickY: ("end", t.origin.x + t.size.width)
            case .tickX: ("middle", t.origin.x + t.size.width / 2)
            default: ("start", t.origin.x)
            }
        out += "<text x=\"\(XML.number(anchor.1))\" y=\"\(XML.number(t.origin.y + t.size.height * LiveSVG.baseline))\""
        if anchor.0 != "start" { out += " text-anchor=\"\(anchor.0)\"" }
        out += " font-size=\"\(XML.number(t.font.size))\""
        if t.font.bold { out += " font-weight=\"bold\"" }
        out += XML.paint("fill", t.color)
        if let halo = t.halo {
            // The halo as a stroke painted before the fill: an outline that follows the glyphs.
            out += XML.paint("stroke", halo) + " stroke-width=\"\(XML.number(t.haloWidth))\" paint-order=\"stroke\""
        }
        out += " class=\"\(t.role.rawValue)\">\(XML.escape(t.text))</text>\n"
    }
}

extension Rect {
    /// The smallest rectangle around a path's points, widened by its stroke and any circle's radius.
    static func around(_ p: Path) -> Rect {
        var x0 = Double.infinity, y0 = Double.infinity, x1 = -Double.infinity, y1 = -Double.infinity
        for e in p.elements {
            let (c, r): (Point, Double)
            switch e {
            case .move(let pt), .line(let pt): (c, r) = (pt, 0)
            case .circle(let center, let radius): (c, r) = (center, radius)
            case .close: continue
            }
            (x0, x1) = (min(x0, c.x - r), max(x1, c.x + r))
            (y0, y1) = (min(y0, c.y - r), max(y1, c.y + r))
        }
        let w = (p.stroke?.width ?? 0) / 2
        return Rect(x: x0 - w, y: y0 - w, width: x1 - x0 + 2 * w, height: y1 - y0 + 2 * w)
    }

    /// Whether the two rectangles touch or overlap (edges count).
    func overlaps(_ o: Rect) -> Bool { x <= o.maxX && o.x <= maxX && y <= o.maxY && o.y <= maxY }
}

/// What a mark's tooltip says: `27 Mar 2025: about 11,000 (South Korea's Joint Chiefs of Staff)`;
/// without `sources` (when the chart's one source line names them for every mark), `8 Aug 2026: 1,751`.
enum Tooltip {
    static func text(_ m: SceneMark, sources: Bool = true, locale: ChartLocale = .house) -> String {
        let date = m.date.flatMap { try? ObservationDate.parse($0) }.map { Wording.date($0, locale: locale) } ?? (m.date ?? "")
        var words = date + ": "
        words += Wording.estimate(
            value: m.value, low: m.low, high: m.high, qualifier: m.qualifier.flatMap { Qualifier(rawValue: $0) },
            locale: locale)
        if sources, !m.sources.isEmpty { words += " (" + m.sources.joined(separator: "; ") + ")" }
        if m.interpolated { words += ", interpolated" }
        return words
    }
}

/// XML text: escaped, with characters XML cannot carry left out, and numbers in short form.
enum XML {
    /// `s` escaped for text and attribute values; control characters that XML 1.0 forbids are dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// `s` as an id: letters, digits, `-` and `_`; anything else becomes `_`.
    static func idSafe(_ s: String) -> String {
        String(
            s.unicodeScalars.map { u in
                (u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u))) || u == "-" || u == "_" ? Character(u) : "_"
            })
    }

    /// A number with at most two decimals and no trailing zeros; `0` for anything not finite.
    static func number(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e12 else { return "0" }
        let hundredths = (v * 100).rounded()
        if hundredths == 0 { return "0" }
        let whole = Int(hundredths) / 100, part = abs(Int(hundredths) % 100)
        var text = (hundredths < 0 && whole == 0 ? "-" : "") + String(whole)
        if part != 0 {
            text += part % 10 == 0 ? "." + String(part / 10) : (part < 10 ? ".0" : ".") + String(part)
        }
        return text
    }

    /// ` name="#rrggbb"`, with ` name-opacity` when the colour is not opaque.
    static func paint(_ name: String, _ c: Color) -> String {
        let hex = c.opacity(1).description
        return c.alpha >= 1 ? " \(name)=\"\(hex)\"" : " \(name)=\"\(hex)\" \(name)-opacity=\"\(number(c.alpha))\""
    }
}
