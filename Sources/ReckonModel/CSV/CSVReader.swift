import Glibc

/// One field of a CSV record, as byte offsets into the reader's buffer.
struct CSVField {
    /// Start of the content (after an opening quote).
    var start: Int
    /// End of the content (before a closing quote), exclusive.
    var end: Int
    /// 1-based line the field starts on.
    var line: Int
    /// Offset of the first byte of that line, for computing the column.
    var lineStart: Int
    /// Whether the content holds doubled quotes (`""`) that stand for one.
    var hasEscapedQuotes: Bool
    var quoted: Bool
}

/// Where a record lies in the buffer.
struct CSVRecordSpan {
    /// 1-based line the record starts on.
    var line: Int
    /// Offset of the record's first byte.
    var start: Int
    /// Offset just past its last byte, before the line ending.
    var end: Int
}

/// A streaming RFC 4180 reader over UTF-8 bytes that keeps every field's line and column.
///
/// Fields are separated by commas and records by LF or CRLF; a field may be quoted with `"` and then
/// hold commas, line breaks and doubled quotes. A quote inside an unquoted field is taken literally.
/// Blank lines are skipped. A leading UTF-8 byte order mark is skipped.
///
/// - Complexity: O(n) in the bytes read, with no allocation per record once `fields` has grown.
struct CSVReader {
    enum Failure: Error {
        /// A quoted field runs to the end of the input; `field` is the field whose quote opened it.
        case unterminatedQuote(CSVField)
        /// Something other than a comma or line end follows a closing quote at `offset`.
        case textAfterQuote(CSVField, offset: Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private var line = 1
    private var lineStart: Int

    /// A reader of `bytes`, whose first line is line `firstLine` of its file; a byte order mark is
    /// skipped only at the start of a file (`firstLine` 1).
    init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) {
        self.bytes = bytes
        let bom = firstLine == 1 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = bom ? 3 : 0
        lineStart = position
        line = firstLine
    }

    /// The number of the line the next record starts on.
    var nextLine: Int { line }

    /// Moves past a one-line record read without the reader (see `SeriesFileDecoder.State.plainRow`),
    /// to `offset`, the start of the next line.
    mutating func skipLine(to offset: Int) {
        position = offset
        line += 1
        lineStart = offset
    }

    /// Whether the input starts with a UTF-8 byte order mark.
    var hasBOM: Bool { bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF }

    /// Reads the next non-blank record into `fields` and returns its span, or nil at the end.
    mutating func next(into fields: inout [CSVField]) throws(Failure) -> CSVRecordSpan? {
        while position < bytes.count {
            fields.removeAll(keepingCapacity: true)
            if let span = nextUnquotedLine(into: &fields) {
                if fields.count == 1, fields[0].start == fields[0].end { continue }
                return span
            }
            var span = CSVRecordSpan(line: line, start: position, end: position)
            let recordEnd = try generalRecord(into: &fields)
            stepOverLineEnding(at: recordEnd)
            if fields.count == 1, !fields[0].quoted, fields[0].start == fields[0].end { continue }
            span.end = recordEnd
            return span
        }
        return nil
    }

    /// The general path: reads the fields of the record at ``position``, any of them quoted, into
    /// `fields`, and returns the offset of its line ending (or of the end of the input).
    @inline(__always)
    private mutating func generalRecord(into fields: inout [CSVField]) throws(Failure) -> Int {
        let n = bytes.count
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\"")
        var i = position
        while true {
            if i < n, bytes[i] == quote {
                let field = try quotedField(at: i)
                fields.append(field)
                i = field.end + 1
                if i < n, bytes[i] == comma {
                    i += 1
                    continue
                }
                if endsRecord(at: i) { return i }
                throw .textAfterQuote(field, offset: i)
            }
            let j = unquotedFieldEnd(from: i)
            fields.append(
                CSVField(start: i, end: j, line: line, lineStart: lineStart, hasEscapedQuotes: false, quoted: false))
            guard j < n, bytes[j] == comma else { return j }
            i = j + 1
        }
    }

    /// The quoted field whose opening quote is at `i`, up to (not including) its closing quote;
    /// counts the line breaks it holds.
    @inline(__always)
    private mutating func quotedField(at i: Int) throws(Failure) -> CSVField {
        let n = bytes.count
        let quote = UInt8(ascii: "\""), lf = UInt8(ascii: "\n")
        var field = CSVField(
            start: i + 1, end: i + 1, line: line, lineStart: lineStart, hasEscapedQuotes: false, quoted: true)
        var j = i + 1
        while true {
            guard j < n else { throw .unterminatedQuote(field) }
            let c = bytes[j]
            if c == quote {
                if j + 1 < n, bytes[j + 1] == quote {
                    field.hasEscapedQuotes = true
                    j += 2
                    continue
                }
                break
            }
            if c == lf {
                line += 1
                lineStart = j + 1
            }
            j += 1
        }
        field.end = j
        return field
    }

    /// The end of the unquoted field starting at `i`: the next comma or line ending, or the input's end.
    @inline(__always)
    private func unquotedFieldEnd(from i: Int) -> Int {
        let n = bytes.count
        let comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var j = i
        while j < n {
            let c = bytes[j]
            if c == comma || c == lf { break }
            if c == cr, j + 1 == n || bytes[j + 1] == lf { break }
            j += 1
        }
        return j
    }

    /// Whether offset `i`, just after a closing quote, ends the record: the input's end, LF, CRLF,
    /// or a CR that is the input's last byte.
    @inline(__always)
    private func endsRecord(at i: Int) -> Bool {
        let n = bytes.count
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        return i >= n || bytes[i] == lf || (bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf)
            || (bytes[i] == cr && i + 1 == n)
    }

    /// Moves past the line ending at `recordEnd` (CR, LF or CRLF) to the next line.
    @inline(__always)
    private mutating func stepOverLineEnding(at recordEnd: Int) {
        let n = bytes.count
        var k = recordEnd
        if k < n, bytes[k] == UInt8(ascii: "\r") { k += 1 }
        if k < n, bytes[k] == UInt8(ascii: "\n") { k += 1 }
        position = k
        line += 1
        lineStart = k
    }

    /// The fast path for the common line with no quote: finds the commas and the line feed sixteen
    /// bytes at a time (see ``nextSpecial(from:)``). Returns nil, consuming nothing and leaving `fields`
    /// empty, when the line holds a quote and needs the general path.
    private mutating func nextUnquotedLine(into fields: inout [CSVField]) -> CSVRecordSpan? {
        let base = bytes.baseAddress!
        let n = bytes.count
        let start = position
        var fieldStart = start
        var newline = n
        var i = start
        while let at = nextSpecial(from: i) {
            switch base[at] {
            case UInt8(ascii: ","):
                fields.append(
                    CSVField(start: fieldStart, end: at, line: line, lineStart: lineStart, hasEscapedQuotes: false, quoted: false)
                )
                fieldStart = at + 1
                i = at + 1
                continue
            case UInt8(ascii: "\n"):
                newline = at
            default:
                fields.removeAll(keepingCapacity: true)
                return nil
            }
            break
        }
        var end = newline
        if end > fieldStart, base[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        fields.append(
            CSVField(start: fieldStart, end: end, line: line, lineStart: lineStart, hasEscapedQuotes: false, quoted: false))
        let span = CSVRecordSpan(line: line, start: start, end: end)
        position = newline < n ? newline + 1 : n
        line += 1
        lineStart = position
        return span
    }

    /// The offset of the first comma, quote or line feed at or after `from`, or nil when there is none.
    ///
    /// Reads sixteen bytes at a time as one `SIMD16<UInt8>`. A lane equal to one of the three bytes is
    /// zero once xored with it, and `(x &- 1) & ~x & 0x80` sets the top bit of exactly the zero lanes
    /// (lanes never borrow from one another), so the first lane marked, found by counting the trailing
    /// zeros of the lanes read as two 64-bit words, is the first special byte. This lane arithmetic
    /// compiles to a few SSE2 instructions, where comparing vectors with `.==` is compiled lane by
    /// lane. The last few bytes are looked at one by one.
    @inline(__always)
    private func nextSpecial(from: Int) -> Int? {
        Self.nextSpecial(bytes.baseAddress!, bytes.count, from: from)
    }

    /// The offset of the first comma, quote or line feed at or after `from` in the `n` bytes at
    /// `base`, or nil when there is none; see ``nextSpecial(from:)``.
    @inline(__always)
    static func nextSpecial(_ base: UnsafePointer<UInt8>, _ n: Int, from: Int) -> Int? {
        @inline(__always) func zeroLanes(_ x: SIMD16<UInt8>) -> SIMD16<UInt8> { (x &- 1) & ~x & 0x80 }
        var i = from
        while i + 16 <= n {
            let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
            let marks = zeroLanes(v ^ UInt8(ascii: ",")) | zeroLanes(v ^ UInt8(ascii: "\"")) | zeroLanes(v ^ UInt8(ascii: "\n"))
            let (low, high) = unsafeBitCast(marks, to: (UInt64, UInt64).self)
            if low != 0 { return i + UInt64(littleEndian: low).trailingZeroBitCount / 8 }
            if high != 0 { return i + 8 + UInt64(littleEndian: high).trailingZeroBitCount / 8 }
            i += 16
        }
        while i < n {
            let c = base[i]
            if c == UInt8(ascii: ",") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\n") { return i }
            i += 1
        }
        return nil
    }

    /// The text of a field, with doubled quotes made single.
    func string(_ f: CSVField) -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[f.start..<f.end])
        guard f.hasEscapedQuotes else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            out.append(raw[i])
            i += raw[i] == UInt8(ascii: "\"") ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a field without unescaping, for the fast paths (numbers and dates hold no quotes).
    func raw(_ f: CSVField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[f.start..<f.end])
    }

    /// The 1-based column, in Unicode scalars, of byte `offset` on a line starting at `lineStart`.
    func column(of offset: Int, lineStart: Int) -> Int {
        var col = 1
        var i = lineStart
        while i < offset, i < bytes.count {
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        return col
    }

    /// The 1-based column of a field's first byte (its opening quote when quoted).
    func column(of f: CSVField) -> Int {
        column(of: f.quoted ? f.start - 1 : f.start, lineStart: f.lineStart)
    }
}
