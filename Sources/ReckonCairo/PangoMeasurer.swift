internal import CGraphics
import Foundation
public import ReckonChart

/// Measures text with Pango, exactly as the renderer will lay it out. It loads Cairo and Pango when it
/// first measures (see ``GraphicsLibrary``): a program that must not stop when they are missing calls
/// ``GraphicsLibrary/load()`` first. Notes fonts that are missing
/// (Pango substituted another) and characters no installed font has, so they can be reported rather
/// than drawn as silent boxes. One measurer serves chart after chart: ``reset()`` starts a chart's
/// notes afresh.
public final class PangoMeasurer: TextMeasuring, @unchecked Sendable {
    private let lock = NSLock()
    /// Pango's layout and what it draws on, made on the first measurement: a run that measures
    /// nothing (`reckon check` of a report without figures) never loads Cairo or Pango.
    private var context: (surface: OpaquePointer, cairo: OpaquePointer, layout: OpaquePointer)?
    /// The layout measurements use; call it holding the lock.
    private var layout: OpaquePointer {
        if let context { return context.layout }
        GraphicsLibrary.require()
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)!
        let cairo = cairo_create(surface)!
        let made = (surface, cairo, TextSetup.layout(cairo))
        context = made
        return made.2
    }
    private var fonts: [String: OpaquePointer] = [:]
    /// Family → the substitute Pango chose for it, for families that are not installed.
    private var substitutes: [String: String] = [:]
    private var checkedFamilies: Set<String> = []
    /// What the text measured since the last reset used: its families, and the characters no font has.
    private var usedFamilies: [String] = []
    private var missing: [String] = []

    /// The most missing characters a warning lists by name.
    static let listedCharacters = 12

    /// A measurer with its own Pango context, for one thread at a time.
    public init() {}

    deinit {
        for description in fonts.values { pango_font_description_free(description) }
        if let context {
            g_object_unref(UnsafeMutableRawPointer(context.layout))
            cairo_destroy(context.cairo)
            cairo_surface_destroy(context.surface)
        }
    }

    /// The size `text` takes in `font`, as Pango lays it out.
    public func measure(_ text: String, font: Font) -> Size {
        lock.lock()
        defer { lock.unlock() }
        if !usedFamilies.contains(font.family) { usedFamilies.append(font.family) }
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_text(layout, text, -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let size = Size(Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
        if pango_layout_get_unknown_glyphs_count(layout) > 0 { findMissing(in: text) }
        return size
    }

    /// The characters no installed font has, in the order met since the last ``reset()``.
    public var missingCharacters: [String] {
        lock.lock()
        defer { lock.unlock() }
        return missing
    }

    /// What to warn about since the last ``reset()``: each font that is not installed, and one line
    /// listing the characters no font has (drawn as boxes).
    public var warnings: [String] {
        lock.lock()
        defer { lock.unlock() }
        var out = usedFamilies.compactMap { family in
            substitutes[family].map {
                "font '\(family)' is not installed; using '\($0)' (install it, or set 'font' in reckon.yaml)"
            }
        }
        if !missing.isEmpty { out.append(Self.missingMessage(missing)) }
        return out
    }

    /// Forgets what was measured so far: the next chart's notes start empty.
    public func reset() {
        lock.lock()
        defer { lock.unlock() }
        usedFamilies = []
        missing = []
    }

    /// "no installed font has '러' (U+B7EC), '시' (U+C2DC); they are drawn as boxes (install a font
    /// that has them)", naming at most twelve.
    public static func missingMessage(_ characters: [String]) -> String {
        let named = characters.prefix(listedCharacters).map { c in
            "'\(c)' (" + c.unicodeScalars.map { "U+" + String(format: "%04X", $0.value) }.joined(separator: " ") + ")"
        }
        let more = characters.count > listedCharacters ? " and \(characters.count - listedCharacters) more" : ""
        return "no installed font has " + named.joined(separator: ", ") + more
            + "; they are drawn as boxes (install a font that has them)"
    }

    /// Notes each character of `text` (a grapheme at a time, as it is drawn) that lays out with an
    /// unknown glyph. Only text that has one is looked at this closely.
    private func findMissing(in text: String) {
        var seen = Set<Character>()
        for character in text where seen.insert(character).inserted {
            let c = String(character)
            guard !missing.contains(c) else { continue }
            pango_layout_set_text(layout, c, -1)
            if pango_layout_get_unknown_glyphs_count(layout) > 0 { missing.append(c) }
        }
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
                if family.lowercased() != font.family.lowercased() { substitutes[font.family] = family }
                pango_font_description_free(described)
                g_object_unref(UnsafeMutableRawPointer(loaded))
            }
        }
        return d
    }
}
