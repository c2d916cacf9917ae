import ReckonModel

/// A line of a listing, or part of one, put together on the stack and appended to a ``ByteWriter`` in
/// one copy (``ByteWriter/appendBuffered(_:)``): appending field by field costs an append each, more
/// than the spelling of a day or a number does. The spellings of numbers and days live here; the
/// writer's own appends of one number or day go through a buffer of their own.
///
/// It holds ``capacity`` bytes: a date (a span of two days whose years have up to 7 digits, as an
/// `Int32` day can, is 29), three numbers of at most 24 bytes each (Swift's longest spelling of a
/// `Double`) and their separators fit with room to spare. Longer text (a source's name) goes
/// straight to the writer; putting more than fits stops the program.
struct LineBuffer: TextOutputStream {
    /// The most bytes a line holds.
    static let capacity = 160
    private let start: UnsafeMutablePointer<UInt8>
    /// The bytes put so far.
    private(set) var count = 0
    /// The month of the last day put (see `MonthText`), handed on from line to line by the writer.
    var month: MonthText

    /// An empty line in the `capacity` bytes at `start`.
    init(start: UnsafeMutablePointer<UInt8>, month: MonthText) {
        self.start = start
        self.month = month
    }

    /// The bytes put so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Puts one byte.
    @inline(__always)
    mutating func put(byte: UInt8) {
        precondition(count < Self.capacity, "a line of more than \(Self.capacity) bytes")
        start[count] = byte
        count += 1
    }

    /// Puts bytes.
    @inline(__always)
    mutating func put(_ more: UnsafeBufferPointer<UInt8>) {
        precondition(count + more.count <= Self.capacity, "a line of more than \(Self.capacity) bytes")
        guard let base = more.baseAddress else { return }
        (start + count).update(from: base, count: more.count)
        count += more.count
    }

    /// Puts an integer's decimal digits, with a minus sign (`-`) when it is negative.
    mutating func put(integer value: Int64) {
        if value < 0 { put(byte: UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written backwards
        var n = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - n] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                n += 1
            } while magnitude > 0
            UnsafeRawBufferPointer(rebasing: buffer[(24 - n)...]).withMemoryRebound(to: UInt8.self) { put($0) }
        }
    }

    /// Puts `value` as `NumberText.format(_:)` writes it: whole numbers below 10¹⁵ as integers, other
    /// finite numbers as `Double.write(to:)` spells them (straight into the line, no `String` made),
    /// infinities and NaN as `description` does (its NaN has no sign).
    mutating func put(number value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            put(integer: Int64(value))
        } else if value.isFinite {
            value.write(to: &self)
        } else {
            write(value.description)
        }
    }

    /// Puts `day` as `YYYY-MM-DD`, as `Day.description` writes it. A day in the same month as the day
    /// put before it takes that month's text (see `MonthText`).
    mutating func put(day: Day) {
        if !month.contains(day) {
            let (y, m, d) = day.civil
            guard (0...9999).contains(y) else {
                write(day.description)
                return
            }
            month = MonthText(day, year: y, month: m, dayOfMonth: d)
        }
        month.withText(of: day) { text in text.withMemoryRebound(to: UInt8.self) { put($0) } }
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
    /// (`2025-03`), quarter (`2025-Q1`) or year (`2025`) of the years 0 to 9999 digit by digit, with no
    /// `String` made; a week, or a period of another year, through `description`.
    mutating func put(period: Period) {
        switch period.unit {
        case .day:
            put(day: period.first)
        case .month, .quarter, .year:
            let (year, month, _) = period.first.civil
            guard (0...9999).contains(year) else {
                write(period.description)
                return
            }
            put(digits: year, count: 4)
            if period.unit == .month {
                put(byte: UInt8(ascii: "-"))
                put(digits: month, count: 2)
            } else if period.unit == .quarter {
                put(byte: UInt8(ascii: "-"))
                put(byte: UInt8(ascii: "Q"))
                put(digits: (month - 1) / 3 + 1, count: 1)
            }
        case .week:
            write(period.description)
        }
    }

    /// Puts the last `count` decimal digits of `n` (not negative), zeros first where it has fewer.
    private mutating func put(digits n: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        while divisor > 0 {
            put(byte: UInt8(ascii: "0") + UInt8(n / divisor % 10))
            divisor /= 10
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
