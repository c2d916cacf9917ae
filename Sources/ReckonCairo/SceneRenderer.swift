internal import CGraphics
import ReckonChart

/// Draws a ``Scene`` on a Cairo context: the only place that turns scene values into drawing calls.
/// Owns its Pango layout and font descriptions, released when it goes out of scope; not copyable, so
/// they are released once.
struct SceneRenderer: ~Copyable {
    let cairo: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [String: OpaquePointer] = [:]
    /// Whether to mark the document's structure as it draws (a tagged PDF): a document of a figure
    /// (every shape) followed by its texts in reading order, the title a heading, the rest paragraphs.
    private let tagged: Bool

    init(_ cairo: OpaquePointer, tagged: Bool = false) {
        self.cairo = cairo
        self.tagged = tagged
        layout = TextSetup.layout(cairo)
    }

    deinit {
        for d in fonts.values { pango_font_description_free(d) }
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    mutating func draw(_ scene: Scene) {
        set(scene.background)
        cairo_rectangle(cairo, 0, 0, scene.width, scene.height)
        cairo_fill(cairo)
        cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
        guard tagged else { return draw(scene.items) }
        cairo_tag_begin(cairo, "Document", "")
        // The shapes as one figure; the texts after it, each its own element, in the scene's order.
        var figure = false
        for item in scene.items {
            let isText = if case .group("text", _, _) = item { true } else { false }
            if isText, figure { cairo_tag_end(cairo, "Figure") }
            if !isText, !figure { cairo_tag_begin(cairo, "Figure", "") }
            figure = !isText
            draw([item])
        }
        if figure { cairo_tag_end(cairo, "Figure") }
        cairo_tag_end(cairo, "Document")
    }

    private mutating func draw(_ items: [SceneItem]) {
        for item in items {
            switch item {
            case .path(let p): draw(p)
            case .text(let t): draw(t)
            case .group(_, let clip, let inner):
                cairo_save(cairo)
                if let c = clip {
                    cairo_rectangle(cairo, c.x, c.y, c.width, c.height)
                    cairo_clip(cairo)
                }
                draw(inner)
                cairo_restore(cairo)
            }
        }
    }

    private func set(_ c: Color) { cairo_set_source_rgba(cairo, c.red, c.green, c.blue, c.alpha) }

    private func draw(_ p: Path) {
        cairo_new_path(cairo)
        for e in p.elements {
            switch e {
            case .move(let pt): cairo_move_to(cairo, pt.x, pt.y)
            case .line(let pt): cairo_line_to(cairo, pt.x, pt.y)
            case .circle(let c, let r):
                cairo_new_sub_path(cairo)
                cairo_arc(cairo, c.x, c.y, r, 0, 2 * Double.pi)
                cairo_close_path(cairo)
            case .close: cairo_close_path(cairo)
            }
        }
        if let fill = p.fill {
            set(fill)
            if p.stroke != nil { cairo_fill_preserve(cairo) } else { cairo_fill(cairo) }
        }
        if let s = p.stroke {
            set(s.color)
            cairo_set_line_width(cairo, s.width)
            s.dash.withUnsafeBufferPointer { cairo_set_dash(cairo, $0.baseAddress, Int32($0.count), 0) }
            cairo_stroke(cairo)
        }
        cairo_new_path(cairo)
    }

    private mutating func draw(_ t: TextRun) {
        let element = t.role == .title ? "H1" : "P"
        if tagged { cairo_tag_begin(cairo, element, "") }
        defer { if tagged { cairo_tag_end(cairo, element) } }
        let key = t.font.pangoDescription
        let description = fonts[key] ?? pango_font_description_from_string(key)!
        fonts[key] = description
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, t.text, -1)
        pango_cairo_update_layout(cairo, layout)
        if let halo = t.halo {
            // The glyphs' outlines, stroked wide in the halo's colour beneath the text.
            cairo_move_to(cairo, t.origin.x, t.origin.y)
            pango_cairo_layout_path(cairo, layout)
            set(halo)
            cairo_set_line_width(cairo, t.haloWidth)
            cairo_set_line_join(cairo, CAIRO_LINE_JOIN_ROUND)
            cairo_set_dash(cairo, nil, 0, 0)
            cairo_stroke(cairo)
        }
        set(t.color)
        cairo_move_to(cairo, t.origin.x, t.origin.y)
        pango_cairo_show_layout(cairo, layout)
    }
}
