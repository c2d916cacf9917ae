import ReckonCairo
import ReckonChart
import Testing

struct ImageSurfaceTests {
    /// Draws into a Cairo surface and reads the pixels back: the C libraries are linked and work.
    @Test func drawsRectanglesWithTheirColour() throws {
        let surface = try ImageSurface(width: 120, height: 80)
        try surface.fill(x: 0, y: 0, width: 120, height: 80, colour: Color(1, 1, 1))
        try surface.fill(x: 10, y: 10, width: 40, height: 30, colour: Color(0, 0.447, 0.698))
        let inside = surface.pixel(x: 30, y: 25)
        #expect(abs(inside.red - 0) < 0.01 && abs(inside.green - 0.447) < 0.01 && abs(inside.blue - 0.698) < 0.01)
        let outside = surface.pixel(x: 100, y: 70)
        #expect(outside == Color(1, 1, 1, 1))
    }

    @Test func encodesPNGWithItsSize() throws {
        let surface = try ImageSurface(width: 120, height: 80)
        try surface.fill(x: 0, y: 0, width: 120, height: 80, colour: Color(1, 1, 1))
        let png = try surface.png()
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 120 && height == 80)
    }

    /// Text goes through Pango with DejaVu Sans, Cyrillic included, and leaves ink on the surface.
    @Test func drawsTextThroughPango() throws {
        let surface = try ImageSurface(width: 300, height: 60)
        try surface.fill(x: 0, y: 0, width: 300, height: 60, colour: Color(1, 1, 1))
        let size = try surface.text("Курська область", x: 10, y: 10, font: "DejaVu Sans 20px", colour: Color(0, 0, 0))
        #expect(size.width > 100 && size.width < 290)
        #expect(size.height > 15 && size.height < 40)
        var dark = 0
        for x in stride(from: 10, to: 10 + Int(size.width), by: 1) {
            for y in 10..<(10 + Int(size.height)) where surface.pixel(x: x, y: y).red < 0.5 { dark += 1 }
        }
        #expect(dark > 100)
    }

    @Test func refusesAnImpossibleSize() {
        #expect(throws: CairoError.self) { try ImageSurface(width: -1, height: 10) }
    }
}
