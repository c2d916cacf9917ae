import Glibc

extension SeriesFileDecoder.State {
    /// Where a plain row ends: the end of its text (before its line ending) and the start of the
    /// next line.
    struct PlainRowEnd {
        var end: Int
        var next: Int
    }

    /// Reads the plain rows from `reader`'s position on (see ``plainRow(at:columns:tailStart:into:numbering:)``),
    /// a batch at a time, into `observations`, telling `each` every row's line and byte range; stops
    /// before the first row that is not plain, for the general way to read.
    @inline(__always)
    mutating func readPlainRows(
        _ reader: inout CSVReader, columns: [ObservationColumn], batch: RowBatch, into observations: inout Observations,
        each: (_ line: Int, _ text: Range<Int>) -> Void = { _, _ in }
    ) {
        let tailStart = RowTail.start(of: columns)
        var full = true
        while full {
            while case let start = reader.position,
                let plain = repeatedRow(at: start, tailStart: tailStart, into: batch)
                    ?? plainRow(at: start, columns: columns, tailStart: tailStart, into: batch, numbering: &observations)
            {
                each(reader.nextLine, start..<plain.end)
                reader.skipLine(to: plain.next)
            }
            full = batch.isFull
            observations.append(batch)
        }
        // The row after a refused one (which the general way reads, moving the string caches on) is read
        // field by field, so that the caches stay as the general way leaves them.
        tail.forget()
    }

    /// Decodes the row at offset `start` of the reader's bytes the fastest way, the common row of a
    /// daily series: a day of the month the row before was in, a whole number when the value is the
    /// second column (`tailStart` 2), and then the last plain row's tail (see ``RowTail``). Adds its observation to
    /// `batch` and returns where it ends; otherwise, or when the batch is full, returns nil, having
    /// changed nothing, for ``plainRow(at:columns:tailStart:into:numbering:)`` to read the row.
    ///
    /// The date and the value are read as `plainRow` reads them (``MonthCache/day(_:)``, the same
    /// whole-number reading), and the rest is the tail's, so the observation is the one `plainRow`
    /// would add.
    @inline(__always)
    func repeatedRow(at start: Int, tailStart: Int?, into batch: RowBatch) -> PlainRowEnd? {
        guard let tailStart, !batch.isFull, let base = reader.bytes.baseAddress else { return nil }
        let n = reader.bytes.count
        guard n - start > 11, base[start + 10] == UInt8(ascii: ","), let date = months.day(base + start) else { return nil }
        var p = start + 11
        var value: Double?
        if tailStart == 2 {
            guard p < n, base[p] &- UInt8(ascii: "0") < 10, let (end, number) = wholeNumber(base, n, from: p),
                base[end] == UInt8(ascii: ",")
            else { return nil }
            (value, p) = (number, end + 1)
        }
        guard let ending = tail.match(base, n, at: p) else { return nil }
        let f = tail.fields
        if value == nil || f.low != nil || f.high != nil {
            guard Observation.numberProblem(value: value, low: f.low, high: f.high) == nil else { return nil }
        }
        batch.add(
            date: date, value: value, low: f.low, high: f.high, qualifier: f.qualifier, source: f.source, url: f.url,
            reported: f.reported, note: f.note)
        return ending
    }

    /// Decodes the row at offset `start` of the reader's bytes the fast way when it is plain: a
    /// whole line ended by a line feed, no quote at the start of a field and none in a field that has
    /// to be scanned, the header's number of fields, and every field valid. Adds its observation to
    /// `batch` (its strings numbered in `observations`' tables) and returns where it ends; otherwise,
    /// or when the batch is full, returns nil, with no diagnostic and no observation added, and the
    /// caller appends the batch to the observations and reads the record the general way
    /// (``row(_:span:columns:into:)``), which reports its problems.
    ///
    /// Every field goes through the same parsing as on the general way, so a row read here is the
    /// observation the general way would make. Sources, URLs and notes other than the row before's are
    /// looked up (and new ones numbered) last, once the row is known to be whole and its other fields
    /// valid, so that a row refused for its shape numbers no string; the month cache and the string
    /// caches are left as the general way leaves them when it reads the row again. What is saved is
    /// the work around the parsing: no list of fields is built, a date's end is checked rather than
    /// searched for, and a source, URL or note equal to the row before's is compared in place, not
    /// scanned. From column `tailStart` on (``RowTail/start(of:)``), a row whose bytes are the last plain
    /// row's through the line ending takes that row's fields, as reading them again would give: the
    /// same bytes, the same strings, and caches that already hold them.
    mutating func plainRow(
        at start: Int, columns: [ObservationColumn], tailStart: Int?, into batch: RowBatch,
        numbering observations: inout Observations
    ) -> PlainRowEnd? {
        guard !batch.isFull else { return nil }
        let bytes = reader.bytes
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var date = ObservationDate(Day(ordinal: 0))
        var value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, reported: Day?
        var source: Int32?, url: Int32?, note: Int32?
        var p = start
        guard !columns.isEmpty else { return nil }
        let lastColumn = columns.count - 1
        var ending = PlainRowEnd(end: 0, next: 0)
        /// The source, URL and note fields that are not the row before's, looked up once the row is read.
        var unread: (source: Range<Int>?, url: Range<Int>?, note: Range<Int>?) = (nil, nil, nil)
        /// Where the tail starts (see ``RowTail``), when it is not the last plain row's.
        var tailFrom: Int?
        for k in 0...lastColumn {
            if k == tailStart {
                if let matched = tail.match(base, n, at: p) {
                    let f = tail.fields
                    (low, high, qualifier, reported, source, url, note) = (
                        f.low, f.high, f.qualifier, f.reported, f.source, f.url, f.note
                    )
                    ending = matched
                    break
                }
                tailFrom = p
            }
            let (column, isLast) = (columns[k], k == lastColumn)
            let e: Int
            do throws(FieldError) {
                switch column {
                case .date:
                    // A day is ten bytes, NNNN-NN-NN; its digits are checked as it is read.
                    if p + 10 < n, base[p + 4] == UInt8(ascii: "-"), base[p + 7] == UInt8(ascii: "-"),
                        let t = terminated(base, n, at: p + 10, isLast: isLast, ending: &ending)
                    {
                        e = t
                    } else {
                        guard let s = scannedEnd(base, n, from: p, isLast: isLast, ending: &ending) else { return nil }
                        e = s
                    }
                    date = try months.date(UnsafeBufferPointer(start: base + p, count: e - p))
                case .source:
                    guard let (end, number) = Self.repeated(sourceCache, base, n, p, isLast, &ending) else { return nil }
                    (e, source) = (end, number)
                    if number == nil, end > p { unread.source = p..<end }
                case .url:
                    guard let (end, number) = Self.repeated(urlCache, base, n, p, isLast, &ending) else { return nil }
                    (e, url) = (end, number)
                    if number == nil, end > p { unread.url = p..<end }
                case .note:
                    guard let (end, number) = Self.repeated(noteCache, base, n, p, isLast, &ending) else { return nil }
                    (e, note) = (end, number)
                    if number == nil, end > p { unread.note = p..<end }
                case .value where p < n && base[p] &- UInt8(ascii: "0") < 10:
                    // A whole number, the common value: read as its digits are found.
                    guard let (end, number) = wholeNumber(base, n, from: p) else { fallthrough }
                    guard let t = terminated(base, n, at: end, isLast: isLast, ending: &ending) else { return nil }
                    (e, value) = (t, number)
                case .value, .low, .high, .qualifier, .reported:
                    guard let s = scannedEnd(base, n, from: p, isLast: isLast, ending: &ending) else { return nil }
                    e = s
                    let raw = UnsafeBufferPointer(start: base + p, count: e - p)
                    switch column {
                    case .value: value = e == p ? nil : try NumberText.parse(raw)
                    case .low: low = e == p ? nil : try NumberText.parse(raw)
                    case .high: high = e == p ? nil : try NumberText.parse(raw)
                    case .qualifier:
                        qualifier = try Qualifier.parse(raw) { String(decoding: raw, as: UTF8.self) }
                    default: reported = e == p ? nil : try DateParser.day(raw)
                    }
                }
            } catch {
                return nil
            }
            p = e + 1
        }
        // A value without bounds is always consistent; anything else is checked.
        if value == nil || low != nil || high != nil {
            guard Observation.numberProblem(value: value, low: low, high: high) == nil else { return nil }
        }
        // The strings not the row before's are looked up (and new ones numbered) only now that the row is
        // known to be whole and its other fields valid: a row the general way refuses for its shape must
        // number no string. One refused here is refused there too, after the same lookups.
        do throws(FieldError) {
            if let range = unread.source { source = try sourceCache.number(Self.plainField(range), reader, in: &observations) }
            if let range = unread.url { url = try urlCache.number(Self.plainField(range), reader, in: &observations) }
            if let range = unread.note { note = try noteCache.number(Self.plainField(range), reader, in: &observations) }
        } catch {
            return nil
        }
        batch.add(
            date: date, value: value, low: low, high: high, qualifier: qualifier, source: source, url: url,
            reported: reported, note: note)
        if let tailFrom {
            let fields = RowTail.Fields(
                low: low, high: high, qualifier: qualifier, reported: reported, source: source, url: url, note: note)
            tail.remember(base, from: tailFrom, end: ending.end, next: ending.next, fields: fields)
        }
        return ending
    }

    /// The end of a source, URL or note field at `start`, and its string's number when it is the row
    /// before's, compared in place (``SeriesFileDecoder/StringCache/repeatedLength(_:_:at:)``);
    /// otherwise the end found by scanning and no number, for the caller to look the string up once
    /// the whole row is read. Nil when the field does not end as a plain row's field does.
    @inline(__always)
    private static func repeated(
        _ cache: SeriesFileDecoder.StringCache, _ base: UnsafePointer<UInt8>, _ n: Int, _ start: Int, _ isLast: Bool,
        _ ending: inout PlainRowEnd
    ) -> (end: Int, number: Int32?)? {
        let length = cache.repeatedLength(base, n, at: start)
        if length > 0, let e = terminated(base, n, at: start + length, isLast: isLast, ending: &ending) {
            return (e, cache.last)
        }
        guard let e = scannedEnd(base, n, from: start, isLast: isLast, ending: &ending) else { return nil }
        return (e, nil)
    }

    /// An unquoted field of a plain row (its line matters only to diagnostics, which this path never
    /// makes).
    @inline(__always)
    private static func plainField(_ range: Range<Int>) -> CSVField {
        CSVField(
            start: range.lowerBound, end: range.upperBound, line: 0, lineStart: range.lowerBound, hasEscapedQuotes: false,
            quoted: false)
    }
}

/// The end of a field whose terminator would be at `at`: `at` itself when a comma is there (a field
/// before the last) or a line ending is (the last field, whose trailing carriage return is not part
/// of it, as ``CSVReader`` reads it); nil otherwise. Sets `ending` for the last field.
@inline(__always)
private func terminated(
    _ base: UnsafePointer<UInt8>, _ n: Int, at: Int, isLast: Bool, ending: inout SeriesFileDecoder.State.PlainRowEnd
) -> Int? {
    guard at < n else { return nil }
    let c = base[at]
    if !isLast { return c == UInt8(ascii: ",") ? at : nil }
    if c == UInt8(ascii: "\n") {
        ending = .init(end: at, next: at + 1)
        return at
    }
    if c == UInt8(ascii: "\r"), at + 1 < n, base[at + 1] == UInt8(ascii: "\n") {
        ending = .init(end: at, next: at + 2)
        return at
    }
    return nil
}

/// The end of the unquoted field starting at `from`, found by scanning for the next comma, quote or
/// line feed; nil when a quote comes first (the general way reads such lines), when the field is
/// the wrong one to end there (a line feed before the last field, a comma after it), or when the
/// bytes end first. The last field's trailing carriage return is not part of it.
@inline(__always)
private func scannedEnd(
    _ base: UnsafePointer<UInt8>, _ n: Int, from: Int, isLast: Bool,
    ending: inout SeriesFileDecoder.State.PlainRowEnd
) -> Int? {
    guard let at = CSVReader.nextSpecial(base, n, from: from) else { return nil }
    switch base[at] {
    case UInt8(ascii: ","):
        return isLast ? nil : at
    case UInt8(ascii: "\n"):
        guard isLast else { return nil }
        let end = at > from && base[at - 1] == UInt8(ascii: "\r") ? at - 1 : at
        ending = .init(end: end, next: at + 1)
        return end
    default:
        return nil
    }
}

/// The whole number whose digits start at `from`, and the offset after them, when there are at most
/// 15 of them (so that the number is exact, as `NumberText` reads it) and what follows is not part of
/// a longer number (a decimal point or an exponent); nil otherwise, for `NumberText` to read.
///
/// Where sixteen bytes are left, the digits are found and combined eight at a time (see
/// ``eightDigits(_:)``); the last few bytes of a buffer are read one by one.
@inline(__always)
private func wholeNumber(_ base: UnsafePointer<UInt8>, _ n: Int, from: Int) -> (end: Int, value: Double)? {
    let count: Int
    var mantissa: UInt64
    if from + 16 <= n {
        // Each lane's digit value; a lane that is not a digit gets its top bit set in `marks` (a byte
        // below "0" wraps to 128 or more, one above "9" reaches 128 once 118 is added).
        let digits = UnsafeRawPointer(base + from).loadUnaligned(as: SIMD16<UInt8>.self) &- UInt8(ascii: "0")
        let marks = ((digits &+ 118) | digits) & 0x80
        let (low, high) = unsafeBitCast(marks, to: (UInt64, UInt64).self)
        count = low != 0 ? low.trailingZeroBitCount / 8 : 8 + high.trailingZeroBitCount / 8
        guard count >= 1, count <= 15 else { return nil }
        let (first, second) = unsafeBitCast(digits, to: (UInt64, UInt64).self)
        if count <= 8 {
            mantissa = eightDigits(first << (8 * (8 - count)))
        } else {
            mantissa = eightDigits(first) &* powersOfTenWhole[count - 8] &+ eightDigits(second << (8 * (16 - count)))
        }
    } else {
        var i = from
        mantissa = 0
        while i < n, i - from < 16, case let d = base[i] &- UInt8(ascii: "0"), d < 10 {
            mantissa = mantissa &* 10 &+ UInt64(d)
            i += 1
        }
        count = i - from
        guard count >= 1, count <= 15, i < n else { return nil }
    }
    let i = from + count
    guard base[i] == UInt8(ascii: ",") || base[i] == UInt8(ascii: "\n") || base[i] == UInt8(ascii: "\r") else { return nil }
    // Below 10¹⁶, so a signed conversion, one instruction, is exact.
    return (i, Double(Int64(bitPattern: mantissa)))
}

/// The number written by eight digit values (0–9), one a byte, the first in the lowest byte: pairs,
/// then fours, then all eight combined by three multiplications (the tens of each pair are
/// multiplied by 10 and added to the ones in one step, and so on). Leading zero bytes are leading
/// zeros.
@inline(__always)
private func eightDigits(_ word: UInt64) -> UInt64 {
    let pairs = (word &* (10 << 8 + 1)) >> 8 & 0x00FF_00FF_00FF_00FF
    let fours = (pairs &* (100 << 16 + 1)) >> 16 & 0x0000_FFFF_0000_FFFF
    return (fours &* (10000 << 32 + 1)) >> 32
}

/// 10⁰ through 10⁸, to put the first eight of up to fifteen digits in their place.
private let powersOfTenWhole: [UInt64] = [1, 10, 100, 1000, 10000, 100_000, 1_000_000, 10_000_000, 100_000_000]
