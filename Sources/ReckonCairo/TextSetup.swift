internal import CGraphics

/// Text settings shared by measuring and drawing, so that a layout measured for placement is the
/// layout drawn: no hinting of metrics, unrounded glyph positions, grey-scale antialiasing.
enum TextSetup {
    /// Applies the settings to a Pango context made for `cairo`.
    static func configure(_ context: OpaquePointer) {
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    /// A layout for `cairo` with the shared settings.
    static func layout(_ cairo: OpaquePointer) -> OpaquePointer {
        let context = pango_cairo_create_context(cairo)!
        configure(context)
        let layout = pango_layout_new(context)!
        g_object_unref(UnsafeMutableRawPointer(context))
        return layout
    }
}
