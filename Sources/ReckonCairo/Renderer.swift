internal import CGraphics
public import ReckonChart
import ReckonModel

/// Turns a `Scene` into PNG, SVG or PDF bytes, loading Cairo and Pango first (see ``GraphicsLibrary``). The same scene gives the same bytes every time, in
/// one process or many.
public enum Renderer {
    /// A PNG at `scale` pixels per scene pixel (2 for high-DPI screens).
    public static func png(_ scene: Scene, scale: Double = 1) throws(CairoError) -> [UInt8] {
        try GraphicsLibrary.load()
        let w = Int32(saturating: (scene.width * scale).rounded()), h = Int32(saturating: (scene.height * scale).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, h)!
        defer { cairo_surface_destroy(surface) }
        try check(cairo_surface_status(surface), "creating a \(w)x\(h) image")
        try draw(scene, on: surface, scale: scale)
        return try PNGEncoder.encode(surface)
    }

    /// An SVG 1.1 document sized in pixels, with the scene's title and description as `<title>` and
    /// `<desc>`, and every id prefixed with `idPrefix` (the chart id) so several charts can be inlined
    /// in one page. Cairo numbers its ids from process-wide counters; they are renumbered here in order
    /// of appearance so the output does not depend on what the process drew before.
    public static func svg(_ scene: Scene, idPrefix: String) throws(CairoError) -> [UInt8] {
        try GraphicsLibrary.load()
        let sink = ByteSink()
        let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, scene.width, scene.height)!
        cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
        try check(cairo_surface_status(surface), "creating an SVG surface")
        do {
            defer { cairo_surface_destroy(surface) }
            try draw(scene, on: surface, scale: 1)
            cairo_surface_finish(surface)
            try check(cairo_surface_status(surface), "writing SVG")
        }
        return SVGText.finish(sink.bytes, prefix: idPrefix, title: scene.title, description: scene.description)
    }

    /// A PDF page the size of the scene (in points, one per scene pixel), with the title, subject (the
    /// alternative text) and creator in its metadata and both of its dates set to `date` (ISO 8601), so
    /// that the same chart gives the same bytes on any day. The PDF is tagged: a document of a figure
    /// and its texts in reading order, the title a heading, for screen readers.
    public static func pdf(_ scene: Scene, date: String = "2000-01-01T00:00:00Z") throws(CairoError) -> [UInt8] {
        try GraphicsLibrary.load()
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, scene.width, scene.height)!
        try check(cairo_surface_status(surface), "creating a PDF surface")
        do {
            defer { cairo_surface_destroy(surface) }
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, scene.description)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "reckon")
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
            try draw(scene, on: surface, scale: 1, tagged: true)
            cairo_surface_finish(surface)
            try check(cairo_surface_status(surface), "writing PDF")
        }
        return sink.bytes
    }

    private static func draw(
        _ scene: Scene, on surface: OpaquePointer, scale: Double, tagged: Bool = false
    ) throws(CairoError) {
        let cairo = cairo_create(surface)!
        defer { cairo_destroy(cairo) }
        cairo_scale(cairo, scale, scale)
        do {
            var renderer = SceneRenderer(cairo, tagged: tagged)
            renderer.draw(scene)
        }
        try check(cairo_status(cairo), "drawing the chart")
    }

    static func check(_ status: cairo_status_t, _ operation: String) throws(CairoError) {
        guard status == CAIRO_STATUS_SUCCESS else { throw CairoError(operation, status: status) }
    }
}
