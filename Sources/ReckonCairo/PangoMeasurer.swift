internal import CCairo
internal import CPangoCairo
import Foundation
public import ReckonChart

/// Measures text with Pango, exactly as the renderer will lay it out. Notes fonts that are missing
/// (Pango substituted another) and text with glyphs no font has, so they can be reported rather than
/// drawn as silent boxes.
public final class PangoMeasurer: TextMeasuring, @unchecked Sendable {
    private let lock = NSLock()
    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [String: OpaquePointer] = [:]
    private var problems: [String] = []
    private var checkedFamilies: Set<String> = []

    /// A measurer with its own Pango context, for one thread at a time.
    public init() {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)
        cairo = cairo_create(surface)
        layout = TextSetup.layout(cairo)
    }

    deinit {
        for description in fonts.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    /// The size `text` takes in `font`, as Pango lays it out.
    public func measure(_ text: String, font: Font) -> Size {
        lock.lock()
        defer { lock.unlock() }
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_text(layout, text, -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        if pango_layout_get_unknown_glyphs_count(layout) > 0 {
            note("no font has every character of '\(text)'; missing ones are drawn as boxes")
        }
        return Size(Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    /// Problems found while measuring (missing fonts, missing glyphs), each once.
    public var warnings: [String] {
        lock.lock()
        defer { lock.unlock() }
        return problems
    }

    private func note(_ problem: String) {
        if !problems.contains(problem) { problems.append(problem) }
    }

    private func description(_ font: Font) -> OpaquePointer {
        let key = font.pangoDescription
        if let d = fonts[key] { return d }
        let d = pango_font_description_from_string(key)!
        fonts[key] = d
        if checkedFamilies.insert(font.family).inserted {
            let context = pango_layout_get_context(layout)
            if let loaded = pango_context_load_font(context, d) {
                let described = pango_font_describe(loaded)
                let family = String(cString: pango_font_description_get_family(described))
                if family.lowercased() != font.family.lowercased() {
                    note("font '\(font.family)' is not installed; using '\(family)' (install it, or set 'font' in reckon.yaml)")
                }
                pango_font_description_free(described)
                g_object_unref(UnsafeMutableRawPointer(loaded))
            }
        }
        return d
    }
}
