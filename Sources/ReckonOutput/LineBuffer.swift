import ReckonModel

/// A line of a listing, or part of one, put together on the stack and appended to a ``ByteWriter`` in
/// one copy (``ByteWriter/appendBuffered(_:)``): appending field by field costs an append each, more
/// than the spelling of a day or a number does. The spellings of numbers and days live here; the
/// writer's own appends of one number or day go through a buffer of their own.
///
/// A line holds ``capacity`` bytes: a date (a span of two days whose years have up to 7 digits, as an
/// `Int32` day can, is 29), three numbers of at most 24 bytes each (Swift's longest spelling of a
/// `Double`) and their separators fit with room to spare. Longer text (a source's name) goes
/// straight to the writer; putting more than fits stops the program. A buffer of many lines (see
/// ``ByteWriter/appendBuffered(capacity:_:)``) holds ``blockCapacity``, and takes lines while it
/// ``hasRoomForALine``.
struct LineBuffer: TextOutputStream {
    /// The most bytes a line holds.
    static let capacity = 160
    /// The bytes a buffer of many lines holds: about a thousand CSV rows, appended in one copy.
    static let blockCapacity = 16 << 10
    private let start: UnsafeMutablePointer<UInt8>
    /// The most bytes this buffer holds.
    private let limit: Int
    /// The bytes put so far.
    private(set) var count = 0
    /// The month of the last day put (see `MonthText`), handed on from line to line by the writer.
    var month: MonthText

    /// An empty buffer of the `limit` bytes at `start` (``capacity`` for a line).
    init(start: UnsafeMutablePointer<UInt8>, limit: Int = capacity, month: MonthText) {
        self.start = start
        self.limit = limit
        self.month = month
    }

    /// Whether one more line of up to ``capacity`` bytes fits.
    var hasRoomForALine: Bool { limit - count >= Self.capacity }

    /// The bytes put so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Puts one byte.
    @inline(__always)
    mutating func put(byte: UInt8) {
        precondition(count < limit, "more than the buffer's \(limit) bytes")
        start[count] = byte
        count += 1
    }

    /// Puts bytes.
    @inline(__always)
    mutating func put(_ more: UnsafeBufferPointer<UInt8>) {
        precondition(count + more.count <= limit, "more than the buffer's \(limit) bytes")
        guard let base = more.baseAddress else { return }
        (start + count).update(from: base, count: more.count)
        count += more.count
    }

    /// Puts an integer's decimal digits, with a minus sign (`-`) when it is negative: two digits at a
    /// time from the right (one division by 100 for two digits), read from ``digitPairs``.
    mutating func put(integer value: Int64) {
        if value < 0 { put(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written backwards
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            let pairs = Self.digitPairs.utf8Start
            while magnitude >= 100 {
                let pair = 2 * Int(magnitude % 100)
                magnitude /= 100
                (buffer[22 - n], buffer[23 - n]) = (pairs[pair], pairs[pair + 1])
                n += 2
            }
            if magnitude >= 10 {
                let pair = 2 * Int(magnitude)
                (buffer[22 - n], buffer[23 - n]) = (pairs[pair], pairs[pair + 1])
                n += 2
            } else {
                buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude)
                n += 1
            }
            UnsafeRawBufferPointer(rebasing: buffer[(24 - n)...]).withMemoryRebound(to: UInt8.self) { put($0) }
        }
    }

    /// `00` to `99`, two bytes each: static text, read through a pointer with no check.
    static var digitPairs: StaticString {
        """
        0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
        5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
        """
    }

    /// Puts `value` as `NumberText.format(_:)` writes it: whole numbers below 10¹⁵ as integers, other
    /// finite numbers as `Double.write(to:)` spells them (straight into the line, no `String` made),
    /// infinities and NaN as `description` does (its NaN has no sign). A number below 10¹⁵ is whole
    /// when converting it to an integer and back gives it again (two instructions, where rounding it
    /// is a call); NaN and the infinities are not below 10¹⁵.
    mutating func put(number value: Double) {
        if abs(value) < 1e15, case let whole = Int64(value), Double(whole) == value {
            put(integer: whole)
        } else if value.isFinite {
            value.write(to: &self)
        } else {
            write(value.description)
        }
    }

    /// Puts `day` as `YYYY-MM-DD`, as `Day.description` writes it. A day in the same month as the day
    /// put before it takes that month's text (see `MonthText`).
    mutating func put(day: Day) {
        guard rememberMonth(of: day) else {
            write(day.description)
            return
        }
        month.withText(of: day) { text in text.withMemoryRebound(to: UInt8.self) { put($0) } }
    }

    /// Makes `day`'s month the one remembered (see `MonthText`) unless it is already; false, remembering
    /// nothing, when its year is not 0 to 9999, which `MonthText` does not spell.
    private mutating func rememberMonth(of day: Day) -> Bool {
        guard !month.contains(day) else { return true }
        let (y, m, d) = day.civil
        guard (0...9999).contains(y) else { return false }
        month = MonthText(day, year: y, month: m, dayOfMonth: d)
        return true
    }

    /// Puts a date or period as `ObservationDate.description` writes it: its start, and its end after
    /// `/` when it is a span.
    mutating func put(date: ObservationDate) {
        put(period: date.start)
        if let end = date.end {
            put(byte: UInt8(ascii: "/"))
            put(period: end)
        }
    }

    /// Puts a period as `Period.description` writes it: a day as ``put(day:)`` does; a month
    /// (`2025-03`), quarter (`2025-Q1`) or year (`2025`) of the years 0 to 9999 from its month's text
    /// (see `MonthText`), with no `String` made; a week, or a period of another year, through
    /// `description`.
    mutating func put(period: Period) {
        let unit = period.unit
        guard unit != .day else { return put(day: period.first) }
        guard unit != .week, rememberMonth(of: period.first) else { return write(period.description) }
        month.withText(of: period.first) { text in
            text.withMemoryRebound(to: UInt8.self) { t in
                // `YYYY-MM-DD`: the year is its first four bytes, the month the first seven.
                put(UnsafeBufferPointer(rebasing: t[..<(unit == .month ? 7 : 4)]))
                if unit == .quarter {
                    let month = Int(t[5] &- UInt8(ascii: "0")) * 10 + Int(t[6] &- UInt8(ascii: "0"))
                    put(byte: UInt8(ascii: "-"))
                    put(byte: UInt8(ascii: "Q"))
                    put(byte: UInt8(ascii: "0") + UInt8((month - 1) / 3 + 1))
                }
            }
        }
    }

    /// Puts text.
    mutating func write(_ string: String) {
        var string = string
        string.withUTF8 { put($0) }
    }

    /// Puts ASCII bytes: `Double.write(to:)` hands its digits to this requirement of
    /// `TextOutputStream` (whose default would make a `String` of them first).
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { put(buffer) }
}
