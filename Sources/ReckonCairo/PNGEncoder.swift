internal import CGraphics
internal import CZlib

/// reckon's PNG writer, in place of Cairo's: the same pixels, in files about a sixth smaller, written
/// about two and a half times faster.
///
/// Cairo's writer lets libpng try every scanline filter on every row; a chart is flat colour and
/// thin lines, which compress better unfiltered. Measured on a 1200x675 chart: Cairo 22 ms and 32.8
/// KB; unfiltered at zlib's level 6, 8.7 ms and 28.0 KB (the sample charts: 63 KB → 53 KB). The
/// output is the same bytes for the same pixels with the same zlib, like Cairo's.
///
/// Like Cairo's writer, an image with no transparent pixel is written as RGB, any other as RGBA with
/// the colours unpremultiplied.
enum PNGEncoder {
    /// zlib's level: its default, as Cairo's writer uses.
    static let level: Int32 = 6

    /// The PNG of an ARGB32 image surface.
    static func encode(_ surface: OpaquePointer) throws(CairoError) -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface), width > 0, height > 0 else {
            throw CairoError("encoding PNG", reason: "the image is empty")
        }
        let opaque = isOpaque(data, width: width, height: height, stride: stride)
        let scanlines = self.scanlines(data, width: width, height: height, stride: stride, opaque: opaque)
        let compressed = try deflate(scanlines)
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        out.reserveCapacity(compressed.count + 64)
        var header: [UInt8] = []
        append32(UInt32(width), to: &header)
        append32(UInt32(height), to: &header)
        // 8 bits a channel, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlacing.
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        chunk("IHDR", header, into: &out)
        chunk("IDAT", compressed, into: &out)
        chunk("IEND", [], into: &out)
        return out
    }

    /// Whether every pixel is fully opaque.
    static func isOpaque(_ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width where row[x] >> 24 != 0xFF { return false }
        }
        return true
    }

    /// The rows as PNG scanlines: each a filter byte (0, none) and its pixels' bytes.
    static func scanlines(
        _ data: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int, opaque: Bool
    ) -> [UInt8] {
        let channels = opaque ? 3 : 4
        let rowBytes = 1 + width * channels
        return [UInt8](unsafeUninitializedCapacity: rowBytes * height) { out, count in
            guard let base = out.baseAddress else { return }
            for y in 0..<height {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                let line = base + y * rowBytes
                line[0] = 0
                if opaque {
                    opaqueRow(row, width: width, into: line + 1)
                } else {
                    translucentRow(row, width: width, into: line + 1)
                }
            }
            count = rowBytes * height
        }
    }

    /// The red, green and blue bytes of a row of `width` (at least 1) opaque pixels (ARGB32, native
    /// order). All but the last pixel are written four bytes at a time, the fourth byte overwritten by
    /// the next pixel's red; the last one byte by byte, so nothing is written past the row.
    @inline(__always)
    static func opaqueRow(_ row: UnsafePointer<UInt32>, width: Int, into out: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(out)
        for x in 0..<(width - 1) {
            // 0xAARRGGBB reordered to 0x00BBGGRR, whose little-endian bytes are R G B and a fourth
            // that the next pixel overwrites.
            let p = row[x]
            let rgb = (p >> 16) & 0xFF | (p & 0xFF00) | (p & 0xFF) << 16
            raw.storeBytes(of: rgb.littleEndian, toByteOffset: 3 * x, as: UInt32.self)
        }
        let p = row[width - 1], o = 3 * (width - 1)
        (out[o], out[o + 1], out[o + 2]) = (UInt8((p >> 16) & 0xFF), UInt8((p >> 8) & 0xFF), UInt8(p & 0xFF))
    }

    /// The red, green, blue and alpha bytes of a row of pixels, the colours unpremultiplied.
    @inline(__always)
    static func translucentRow(_ row: UnsafePointer<UInt32>, width: Int, into out: UnsafeMutablePointer<UInt8>) {
        for x in 0..<width {
            let p = row[x]
            let a = p >> 24
            var (r, g, b) = ((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF)
            // Cairo keeps colours multiplied by alpha; PNG wants them plain, rounded as Cairo does.
            (r, g, b) = a == 0 ? (0, 0, 0) : ((r * 255 + a / 2) / a, (g * 255 + a / 2) / a, (b * 255 + a / 2) / a)
            (out[4 * x], out[4 * x + 1], out[4 * x + 2], out[4 * x + 3]) = (UInt8(r), UInt8(g), UInt8(b), UInt8(a))
        }
    }

    /// `bytes` as one zlib stream.
    static func deflate(_ bytes: [UInt8]) throws(CairoError) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { throw CairoError("encoding PNG", reason: "zlib did not start") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(bytes.count)))
        var failed = false
        let out = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            bytes.withUnsafeBufferPointer { source in
                // zlib reads the input only; its pointer is not const in every zlib's headers.
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = buffer.baseAddress
                stream.avail_out = uInt(buffer.count)
                failed = CZlib.deflate(&stream, Z_FINISH) != Z_STREAM_END
            }
            count = failed ? 0 : Int(stream.total_out)
        }
        if failed { throw CairoError("encoding PNG", reason: "zlib could not compress the image") }
        return out
    }

    /// Appends a chunk: its length, type, data and CRC.
    static func chunk(_ type: String, _ data: [UInt8], into out: inout [UInt8]) {
        append32(UInt32(data.count), to: &out)
        let typeBytes = Array(type.utf8)
        out += typeBytes
        out += data
        var crc = crc32(0, typeBytes, uInt(typeBytes.count))
        crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        append32(UInt32(crc), to: &out)
    }

    /// Appends `value` as four bytes, most significant first.
    static func append32(_ value: UInt32, to out: inout [UInt8]) {
        out += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
