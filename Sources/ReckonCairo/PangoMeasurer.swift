internal import CGraphics
import Foundation
public import ReckonChart
import Synchronization

/// Measures text with Pango, exactly as the renderer will lay it out. It loads Cairo and Pango when it
/// first measures (see ``GraphicsLibrary``): a program that must not stop when they are missing calls
/// ``GraphicsLibrary/load()`` first. Notes fonts that are missing
/// (Pango substituted another) and characters no installed font has, so they can be reported rather
/// than drawn as silent boxes. One measurer serves chart after chart: ``reset()`` starts a chart's
/// notes afresh. It keeps up to 4,096 of the sizes it measured, by text and font.
public final class PangoMeasurer: TextMeasuring, Sendable {
    /// Everything the measurer keeps, behind its lock: one thread measures at a time.
    private let state = Mutex(State())

    /// The most missing characters a warning lists by name.
    static let listedCharacters = 12

    /// A measurer with its own Pango context, for one thread at a time.
    public init() {}

    deinit {
        state.withLock { $0.release() }
    }

    /// The size `text` takes in `font`, as Pango lays it out.
    public func measure(_ text: String, font: Font) -> Size {
        state.withLock { $0.measure(text, font: font) }
    }

    /// The characters no installed font has, in the order met since the last ``reset()``.
    public var missingCharacters: [String] { state.withLock { $0.missing } }

    /// What to warn about since the last ``reset()``: each font that is not installed, and one line
    /// listing the characters no font has (drawn as boxes).
    public var warnings: [String] {
        state.withLock { state in
            var out = state.usedFamilies.compactMap { family in
                state.substitutes[family].map {
                    "font '\(family)' is not installed; using '\($0)' (install it, or set 'font' in reckon.yaml)"
                }
            }
            if !state.missing.isEmpty { out.append(Self.missingMessage(state.missing)) }
            return out
        }
    }

    /// Starts the next chart's notes afresh (fonts used, characters missing); the sizes measured are kept.
    public func reset() {
        state.withLock { state in
            state.usedFamilies = []
            state.missing = []
        }
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
}

/// A measurer's Pango objects and notes.
private struct State {
    /// Pango's layout and what it draws on, made on the first measurement: a run that measures
    /// nothing (`reckon check` of a report without figures) never loads Cairo or Pango.
    var context: (surface: OpaquePointer, cairo: OpaquePointer, layout: OpaquePointer)?
    var fonts: [String: OpaquePointer] = [:]
    /// Family → the substitute Pango chose for it, for families that are not installed.
    var substitutes: [String: String] = [:]
    var checkedFamilies: Set<String> = []
    /// What the text measured since the last reset used: its families, and the characters no font has.
    var usedFamilies: [String] = []
    var missing: [String] = []
    /// Sizes measured before, by text and font, and whether the text has a character no font has: a
    /// layout measures the same labels again as it tries sizes, and the server lays out a chart at
    /// many sizes with one measurer. Pango gives the same size for the same text and font every time.
    var measured: [MeasuredText: (size: Size, unknownGlyphs: Bool)] = [:]
    /// The most sizes ``measured`` keeps; it starts afresh when full.
    static let measuredLimit = 4096

    /// The layout measurements use, made on first use.
    mutating func layout() -> OpaquePointer {
        if let context { return context.layout }
        GraphicsLibrary.require()
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)!
        let cairo = cairo_create(surface)!
        let made = (surface, cairo, TextSetup.layout(cairo))
        context = made
        return made.2
    }

    mutating func measure(_ text: String, font: Font) -> Size {
        if !usedFamilies.contains(font.family) { usedFamilies.append(font.family) }
        let key = MeasuredText(text: text, font: font)
        if let known = measured[key] {
            // The characters no font has are noted for each chart that draws them.
            if known.unknownGlyphs {
                pango_layout_set_font_description(layout(), description(font))
                findMissing(in: text)
            }
            return known.size
        }
        let layout = layout()
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_text(layout, text, -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let size = Size(Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
        let unknownGlyphs = pango_layout_get_unknown_glyphs_count(layout) > 0
        if unknownGlyphs { findMissing(in: text) }
        if measured.count >= Self.measuredLimit { measured.removeAll(keepingCapacity: true) }
        measured[key] = (size, unknownGlyphs)
        return size
    }

    /// Notes each character of `text` (a grapheme at a time, as it is drawn) that lays out with an
    /// unknown glyph. Only text that has one is looked at this closely.
    mutating func findMissing(in text: String) {
        let layout = layout()
        var seen = Set<Character>()
        for character in text where seen.insert(character).inserted {
            let c = String(character)
            guard !missing.contains(c) else { continue }
            pango_layout_set_text(layout, c, -1)
            if pango_layout_get_unknown_glyphs_count(layout) > 0 { missing.append(c) }
        }
    }

    mutating func description(_ font: Font) -> OpaquePointer {
        let key = font.pangoDescription
        if let d = fonts[key] { return d }
        let d = pango_font_description_from_string(key)!
        fonts[key] = d
        if checkedFamilies.insert(font.family).inserted {
            let context = pango_layout_get_context(layout())
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

    /// Frees the Pango objects.
    mutating func release() {
        for description in fonts.values { pango_font_description_free(description) }
        fonts = [:]
        if let context {
            g_object_unref(UnsafeMutableRawPointer(context.layout))
            cairo_destroy(context.cairo)
            cairo_surface_destroy(context.surface)
        }
        context = nil
    }
}

/// A text in a font, as a measurer keeps its size: equal when the texts' bytes are, not merely their
/// characters (Pango may lay out `é` and `e` with a combining accent differently).
struct MeasuredText: Hashable {
    var text: String
    var font: Font

    static func == (a: MeasuredText, b: MeasuredText) -> Bool {
        a.font == b.font && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(font)
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
