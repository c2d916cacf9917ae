import CGraphics
import Foundation
import Testing

/// reckon declares the part of Cairo, Pango and GObject it calls itself (CGraphics), to load the
/// libraries when it first draws. Those declarations must be the libraries' own: `Tests/Graphics/
/// declarations.c`, compiled against the real headers with warnings as errors, fails to compile when a
/// function's type differs, and prints the real constants and layout, compared here with what Swift sees.
struct GraphicsDeclarationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The values the real headers give, from the compiled check.
    static func realValues() throws -> [String: Int] {
        let program = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-declarations-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: program) }
        let compile = """
            cc -Wall -Werror -I '\(root)/Sources/CGraphics/include' $(pkg-config --cflags cairo pangocairo) \
            '\(root)/Tests/Graphics/declarations.c' -o '\(program)' $(pkg-config --libs cairo pangocairo) && '\(program)'
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", compile]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "the declarations differ from the real headers:\n\(problems)")
        var values: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            // `NAME VALUE`, the name perhaps holding spaces.
            guard let space = line.lastIndex(of: " "), let value = Int(line[line.index(after: space)...]) else { continue }
            values[String(line[..<space])] = value
        }
        return values
    }

    @Test func constantsAndLayoutAreTheLibrariesOwn() throws {
        let real = try Self.realValues()
        let ours: [String: Int] = [
            "CAIRO_STATUS_SUCCESS": Int(CAIRO_STATUS_SUCCESS.rawValue),
            "CAIRO_STATUS_NO_MEMORY": Int(CAIRO_STATUS_NO_MEMORY.rawValue),
            "CAIRO_STATUS_READ_ERROR": Int(CAIRO_STATUS_READ_ERROR.rawValue),
            "CAIRO_STATUS_WRITE_ERROR": Int(CAIRO_STATUS_WRITE_ERROR.rawValue),
            "CAIRO_FORMAT_INVALID": Int(CAIRO_FORMAT_INVALID.rawValue),
            "CAIRO_FORMAT_ARGB32": Int(CAIRO_FORMAT_ARGB32.rawValue),
            "CAIRO_LINE_JOIN_MITER": Int(CAIRO_LINE_JOIN_MITER.rawValue),
            "CAIRO_LINE_JOIN_ROUND": Int(CAIRO_LINE_JOIN_ROUND.rawValue),
            "CAIRO_LINE_JOIN_BEVEL": Int(CAIRO_LINE_JOIN_BEVEL.rawValue),
            "CAIRO_ANTIALIAS_DEFAULT": Int(CAIRO_ANTIALIAS_DEFAULT.rawValue),
            "CAIRO_ANTIALIAS_NONE": Int(CAIRO_ANTIALIAS_NONE.rawValue),
            "CAIRO_ANTIALIAS_GRAY": Int(CAIRO_ANTIALIAS_GRAY.rawValue),
            "CAIRO_ANTIALIAS_SUBPIXEL": Int(CAIRO_ANTIALIAS_SUBPIXEL.rawValue),
            "CAIRO_ANTIALIAS_FAST": Int(CAIRO_ANTIALIAS_FAST.rawValue),
            "CAIRO_ANTIALIAS_GOOD": Int(CAIRO_ANTIALIAS_GOOD.rawValue),
            "CAIRO_ANTIALIAS_BEST": Int(CAIRO_ANTIALIAS_BEST.rawValue),
            "CAIRO_HINT_STYLE_DEFAULT": Int(CAIRO_HINT_STYLE_DEFAULT.rawValue),
            "CAIRO_HINT_STYLE_NONE": Int(CAIRO_HINT_STYLE_NONE.rawValue),
            "CAIRO_HINT_STYLE_SLIGHT": Int(CAIRO_HINT_STYLE_SLIGHT.rawValue),
            "CAIRO_HINT_STYLE_MEDIUM": Int(CAIRO_HINT_STYLE_MEDIUM.rawValue),
            "CAIRO_HINT_STYLE_FULL": Int(CAIRO_HINT_STYLE_FULL.rawValue),
            "CAIRO_HINT_METRICS_DEFAULT": Int(CAIRO_HINT_METRICS_DEFAULT.rawValue),
            "CAIRO_HINT_METRICS_OFF": Int(CAIRO_HINT_METRICS_OFF.rawValue),
            "CAIRO_HINT_METRICS_ON": Int(CAIRO_HINT_METRICS_ON.rawValue),
            "CAIRO_SVG_VERSION_1_1": Int(CAIRO_SVG_VERSION_1_1.rawValue),
            "CAIRO_SVG_VERSION_1_2": Int(CAIRO_SVG_VERSION_1_2.rawValue),
            "CAIRO_SVG_UNIT_USER": Int(CAIRO_SVG_UNIT_USER.rawValue),
            "CAIRO_SVG_UNIT_PX": Int(CAIRO_SVG_UNIT_PX.rawValue),
            "CAIRO_SVG_UNIT_PERCENT": Int(CAIRO_SVG_UNIT_PERCENT.rawValue),
            "CAIRO_PDF_METADATA_TITLE": Int(CAIRO_PDF_METADATA_TITLE.rawValue),
            "CAIRO_PDF_METADATA_AUTHOR": Int(CAIRO_PDF_METADATA_AUTHOR.rawValue),
            "CAIRO_PDF_METADATA_SUBJECT": Int(CAIRO_PDF_METADATA_SUBJECT.rawValue),
            "CAIRO_PDF_METADATA_KEYWORDS": Int(CAIRO_PDF_METADATA_KEYWORDS.rawValue),
            "CAIRO_PDF_METADATA_CREATOR": Int(CAIRO_PDF_METADATA_CREATOR.rawValue),
            "CAIRO_PDF_METADATA_CREATE_DATE": Int(CAIRO_PDF_METADATA_CREATE_DATE.rawValue),
            "CAIRO_PDF_METADATA_MOD_DATE": Int(CAIRO_PDF_METADATA_MOD_DATE.rawValue),
            "PANGO_SCALE": Int(PANGO_SCALE),
            "sizeof(cairo_status_t)": MemoryLayout<cairo_status_t>.size,
            "sizeof(cairo_format_t)": MemoryLayout<cairo_format_t>.size,
            "sizeof(gboolean)": MemoryLayout<gboolean>.size,
            "sizeof(PangoRectangle)": MemoryLayout<PangoRectangle>.size,
            "offsetof(PangoRectangle, x)": MemoryLayout<PangoRectangle>.offset(of: \.x)!,
            "offsetof(PangoRectangle, y)": MemoryLayout<PangoRectangle>.offset(of: \.y)!,
            "offsetof(PangoRectangle, width)": MemoryLayout<PangoRectangle>.offset(of: \.width)!,
            "offsetof(PangoRectangle, height)": MemoryLayout<PangoRectangle>.offset(of: \.height)!,
        ]
        #expect(real.count == ours.count)
        for (name, value) in ours { #expect(real[name] == value, "\(name)") }
    }

    /// The libraries load, and say why not when they cannot.
    @Test func theLibrariesLoad() {
        #expect(reckon_graphics_load() == 1)
        #expect(reckon_graphics_error() == nil)
    }
}
