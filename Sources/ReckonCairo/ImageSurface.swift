internal import CGraphics
public import ReckonChart

/// An ARGB image in memory that can be drawn on and encoded as PNG.
///
/// Owns its Cairo surface and context and releases them when dropped; nothing outside this module sees
/// a C pointer. The chart issue replaces direct drawing calls with drawing a `Scene`.
package final class ImageSurface {
    private let surface: OpaquePointer
    private let context: OpaquePointer
    /// The width in pixels.
    public let width: Int
    /// The height in pixels.
    public let height: Int

    /// A transparent image of `width` by `height` pixels.
    public convenience init(width: Int, height: Int) throws(CairoError) {
        try GraphicsLibrary.load()
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw CairoError("creating a \(width)x\(height) image surface", status: status)
        }
        try self.init(adopting: surface)
    }

    /// Takes ownership of an image surface.
    init(adopting surface: OpaquePointer) throws(CairoError) {
        let context = cairo_create(surface)!
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
            throw CairoError("creating a drawing context", status: status)
        }
        self.surface = surface
        self.context = context
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// Fills the rectangle with `colour`.
    public func fill(x: Double, y: Double, width: Double, height: Double, colour: Color) throws(CairoError) {
        cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, colour.alpha)
        cairo_rectangle(context, x, y, width, height)
        cairo_fill(context)
        try check("filling a rectangle")
    }

    /// Draws one line of text with its top-left corner at (x, y) in `font` (a Pango font description such
    /// as `DejaVu Sans 14px`), and returns its size in pixels as laid out by Pango.
    @discardableResult
    public func text(
        _ text: String, x: Double, y: Double, font: String, colour: Color
    ) throws(CairoError) -> (width: Double, height: Double) {
        guard let layout = pango_cairo_create_layout(context) else {
            throw CairoError("creating a text layout", reason: "Pango returned no layout")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let description = pango_font_description_from_string(font)
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, text, -1)
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_pixel_size(layout, &w, &h)
        cairo_set_source_rgba(context, colour.red, colour.green, colour.blue, colour.alpha)
        cairo_move_to(context, x, y)
        pango_cairo_show_layout(context, layout)
        try check("drawing text")
        return (Double(w), Double(h))
    }

    /// The colour of one pixel, un-premultiplied.
    public func pixel(x: Int, y: Int) -> Color {
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let p = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let a = Double((p >> 24) & 0xFF) / 255
        func channel(_ shift: UInt32) -> Double {
            a == 0 ? 0 : min(1, Double((p >> shift) & 0xFF) / 255 / a)
        }
        return Color(channel(16), channel(8), channel(0), a)
    }

    /// The image as PNG bytes.
    public func png() throws(CairoError) -> [UInt8] {
        try PNGEncoder.encode(surface)
    }

    private func check(_ operation: String) throws(CairoError) {
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else { throw CairoError(operation, status: status) }
    }
}

extension ImageSurface {
    /// Decodes PNG bytes, for checking rendered charts pixel by pixel.
    public convenience init(png bytes: [UInt8]) throws(CairoError) {
        try GraphicsLibrary.load()
        final class Source {
            let bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let source = Source(bytes)
        let decoded = cairo_image_surface_create_from_png_stream(
            { closure, data, length in
                let s = Unmanaged<Source>.fromOpaque(closure!).takeUnretainedValue()
                let n = Int(length)
                guard s.offset + n <= s.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                s.bytes.withUnsafeBufferPointer { data!.update(from: $0.baseAddress! + s.offset, count: n) }
                s.offset += n
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(source).toOpaque())!
        let status = cairo_surface_status(decoded)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(decoded)
            throw CairoError("decoding PNG", status: status)
        }
        try self.init(adopting: decoded)
    }
}
