#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension SeriesFileDecoder {
    /// Decodes a series file for reading (not editing) from `read`, a piece at a time, so that a large
    /// file never sits in memory whole: the same observations and the same diagnostics, at the same
    /// lines and columns, as ``decode(_:path:)`` of the whole file.
    ///
    /// Each piece ends at a record's end (a line feed outside quotes); a record longer than a piece
    /// makes the piece grow, up to `limit` bytes.
    ///
    /// - Parameters:
    ///   - read: fills as much of the buffer it is given as it can and returns how many bytes it
    ///     wrote, 0 at the end of the file.
    ///   - sizeHint: the file's size, to reserve room for its rows.
    ///   - piece: how many bytes are decoded at a time.
    /// - Throws: what `read` throws; `.badData` when one record is longer than `limit`.
    static func decodeStreaming(
        read: (UnsafeMutableRawBufferPointer) throws(ModelError) -> Int, sizeHint: Int, path: String,
        piece: Int = 8 << 20, limit: Int = FileIO.dataLimit
    ) throws(ModelError) -> Result {
        var buffer = Buffer(capacity: max(1, piece))
        defer { buffer.free() }
        var state: State?
        var columns: [ObservationColumn] = []
        var observations: [Observation] = []
        var fields: [CSVField] = []
        fields.reserveCapacity(16)
        var header: (text: [UInt8], crlf: Bool, bom: Bool)?
        var line = 1
        var atEnd = false
        while true {
            while !atEnd, buffer.filled < buffer.capacity {
                let n = try read(UnsafeMutableRawBufferPointer(rebasing: buffer.raw[buffer.filled...]))
                if n == 0 { atEnd = true } else { buffer.filled += n }
            }
            guard let cut = atEnd ? buffer.filled : buffer.lastRecordEnd() else {
                guard buffer.capacity < limit else {
                    throw ModelError(
                        .badData, file: path, line: line, "a record is longer than the \(FileIO.sizeText(limit)) reckon reads")
                }
                buffer.grow(to: min(limit, buffer.capacity * 2))
                continue
            }
            let window = UnsafeBufferPointer(start: buffer.bytes.baseAddress, count: cut)
            var reader = CSVReader(window, firstLine: line)
            do throws(CSVReader.Failure) {
                if header == nil {
                    state = State(reader: reader, path: path)
                    guard let span = try reader.next(into: &fields) else {
                        if cut == 0 && atEnd { return decode([], path: path) }
                        line = reader.nextLine
                        buffer.drop(cut)
                        continue
                    }
                    guard let parsed = state!.header(fields) else { return Result(file: nil, diagnostics: state!.diagnostics) }
                    columns = parsed
                    let crlf = span.end < window.count && window[span.end] == UInt8(ascii: "\r")
                    header = (Array(window[span.start..<span.end]), crlf, reader.hasBOM)
                    // Room for the rows, judged by the bytes of this piece's rows.
                    let rows = lineCount(window)
                    observations.reserveLarge(cut > 0 ? Int(Double(rows) * Double(max(sizeHint, cut)) / Double(cut)) + 1 : 0)
                }
                state!.reader = reader
                while let span = try reader.next(into: &fields) {
                    _ = state!.row(fields, span: span, columns: columns, into: &observations)
                }
            } catch {
                var failed = state ?? State(reader: reader, path: path)
                failed.reader = reader
                failed.report(error)
                return Result(file: nil, diagnostics: failed.diagnostics)
            }
            line = reader.nextLine
            buffer.drop(cut)
            if atEnd, buffer.filled == 0 { break }
        }
        guard let header, let state else { return decode([], path: path) }
        let file = SeriesFile(
            columns: columns, observations: observations, lines: [], rowText: [], hasBOM: header.bom,
            lineEnding: header.crlf ? "\r\n" : "\n", headerText: header.text, original: [])
        return Result(file: file, diagnostics: state.diagnostics)
    }

    /// The bytes read and not yet decoded, at the start of one allocation.
    private struct Buffer {
        var raw: UnsafeMutableRawBufferPointer
        var filled = 0
        var capacity: Int { raw.count }
        var bytes: UnsafeMutableBufferPointer<UInt8> { raw.bindMemory(to: UInt8.self) }

        init(capacity: Int) {
            raw = .allocate(byteCount: capacity, alignment: 16)
        }

        mutating func grow(to capacity: Int) {
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[..<filled]))
            raw.deallocate()
            raw = larger
        }

        /// Moves the bytes after the first `count` to the start.
        mutating func drop(_ count: Int) {
            guard count > 0 else { return }
            if filled > count, let base = raw.baseAddress { memmove(base, base + count, filled - count) }
            filled -= count
        }

        func free() { raw.deallocate() }

        /// Where the last complete record ends: just after the last line feed outside quotes, or nil
        /// when the bytes hold none.
        func lastRecordEnd() -> Int? {
            let b = UnsafeBufferPointer(rebasing: bytes[..<filled])
            guard let base = b.baseAddress, !b.isEmpty else { return nil }
            // Without a quote, the last line feed; with quotes, the last one at an even count of them.
            if memchr(base, Int32(UInt8(ascii: "\"")), b.count) == nil {
                // The last line feed is within the last record, a few bytes from the end.
                var i = b.count - 1
                while i >= 0, b[i] != UInt8(ascii: "\n") { i -= 1 }
                return i >= 0 ? i + 1 : nil
            }
            var quoted = false
            var last: Int?
            for i in b.indices {
                if b[i] == UInt8(ascii: "\"") {
                    quoted.toggle()
                } else if b[i] == UInt8(ascii: "\n"), !quoted {
                    last = i + 1
                }
            }
            return last
        }
    }
}
