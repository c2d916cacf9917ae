import ReckonCairo
import ReckonChart
import Testing

/// reckon's PNG writer: libpng (through Cairo's reader) reads back every pixel as drawn.
struct PNGEncoderTests {
    /// A surface with text, antialiased edges and, unless `opaque`, see-through pixels.
    func drawn(opaque: Bool) throws -> ImageSurface {
        let surface = try ImageSurface(width: 211, height: 97)
        if opaque { try surface.fill(x: 0, y: 0, width: 211, height: 97, colour: Color(1, 1, 1)) }
        try surface.fill(x: 10.5, y: 10.25, width: 40.3, height: 30.7, colour: Color(0, 0.447, 0.698))
        try surface.fill(x: 30, y: 20, width: 90, height: 50, colour: Color(0.835, 0.369, 0, 0.37))
        _ = try surface.text("Втрати 11,000 북한", x: 60, y: 40, font: "DejaVu Sans 18px", colour: Color(0.1, 0.1, 0.1, 0.8))
        return surface
    }

    /// The colour type byte of the IHDR chunk: 2 for RGB, 6 for RGBA.
    func colourType(_ png: [UInt8]) -> UInt8 { png[25] }

    @Test func anOpaqueImageIsRGBAndReadsBackExactly() throws {
        let surface = try drawn(opaque: true)
        let png = try surface.png()
        #expect(colourType(png) == 2)
        let back = try ImageSurface(png: png)
        #expect(back.width == 211 && back.height == 97)
        for y in 0..<97 {
            for x in 0..<211 { #expect(back.pixel(x: x, y: y) == surface.pixel(x: x, y: y), "\(x),\(y)") }
        }
    }

    @Test func aSeeThroughImageIsRGBAAndReadsBackWithinRounding() throws {
        let surface = try drawn(opaque: false)
        let png = try surface.png()
        #expect(colourType(png) == 6)
        let back = try ImageSurface(png: png)
        for y in 0..<97 {
            for x in 0..<211 {
                let (a, b) = (surface.pixel(x: x, y: y), back.pixel(x: x, y: y))
                #expect(a.alpha == b.alpha, "\(x),\(y)")
                // Unpremultiplied to 8 bits and multiplied again: within one step of 255, as Cairo's own.
                let near =
                    abs(a.red - b.red) <= 1.01 / 255 / max(a.alpha, 1.0 / 255)
                    && abs(a.green - b.green) <= 1.01 / 255 / max(a.alpha, 1.0 / 255)
                #expect(near || a.alpha == 0, "\(x),\(y): \(a) \(b)")
            }
        }
    }

    /// Opaque rows are written four bytes at a time but the last pixel: images one and two pixels wide
    /// read back exactly, and nothing is written past a row.
    @Test(arguments: [1, 2, 3])
    func narrowOpaqueImagesReadBackExactly(_ width: Int) throws {
        let surface = try ImageSurface(width: width, height: 5)
        try surface.fill(x: 0, y: 0, width: Double(width), height: 5, colour: Color(0.9, 0.2, 0.1))
        try surface.fill(x: 0, y: 2, width: 1, height: 2, colour: Color(0, 0.447, 0.698))
        let png = try surface.png()
        #expect(colourType(png) == 2)
        let back = try ImageSurface(png: png)
        #expect(back.width == width && back.height == 5)
        for y in 0..<5 {
            for x in 0..<width { #expect(back.pixel(x: x, y: y) == surface.pixel(x: x, y: y), "\(x),\(y)") }
        }
    }

    @Test func theSameImageGivesTheSameBytes() throws {
        #expect(try drawn(opaque: true).png() == (try drawn(opaque: true).png()))
    }
}
