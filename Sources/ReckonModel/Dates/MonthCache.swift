/// Reads the date column of a file's rows, remembering the month of the last plain day read: a daily
/// series dates row after row in one month, and a day in the month already seen needs only its day
/// checked and added to the month's first day. Anything else (a new month, another form, a mistake)
/// goes through ``DateParser``, which gives the same dates and the same errors.
struct MonthCache {
    /// The first eight bytes of the last plain day read (`YYYY-MM-`), as one little-endian word; 0,
    /// which no text of digits and dashes is, before any.
    private var head: UInt64 = 0
    /// That month's first day.
    private var first: Int32 = 0
    /// How many days it has.
    private var days = 0

    /// The date in `b`, as ``DateParser/date(_:)`` reads it.
    @inline(__always)
    mutating func date(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate {
        // A day of the month last read: its `YYYY-MM-` compared as one word, then two digits.
        if b.count == 10, let date = day(b.baseAddress!) { return date }
        return try newMonth(b)
    }

    /// The day whose ten bytes start at `b` (all ten must be readable), when it is a day of the month last
    /// read; nil otherwise, for the caller to read the date in full with ``date(_:)``. Nothing is
    /// remembered either way.
    @inline(__always)
    func day(_ b: UnsafePointer<UInt8>) -> ObservationDate? {
        guard UnsafeRawPointer(b).loadUnaligned(as: UInt64.self) == head else { return nil }
        let (tens, ones) = (b[8] &- UInt8(ascii: "0"), b[9] &- UInt8(ascii: "0"))
        let day = Int(tens) &* 10 &+ Int(ones)
        guard tens < 10, ones < 10, day >= 1, day <= days else { return nil }
        return ObservationDate(Day(ordinal: first + Int32(day - 1)))
    }

    /// A date not in the month last read: parsed in full, and its month remembered when it is a day.
    @inline(never)
    private mutating func newMonth(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate {
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = DateParser.digits(b, 0, 4), let month = DateParser.digits(b, 5, 2), let day = DateParser.digits(b, 8, 2)
        {
            let date = try DateParser.date(b)
            head = UnsafeRawPointer(b.baseAddress!).loadUnaligned(as: UInt64.self)
            first = date.first.ordinal - Int32(day - 1)
            days = Day.daysIn(year: year, month: month)
            return date
        }
        return try DateParser.date(b)
    }
}
