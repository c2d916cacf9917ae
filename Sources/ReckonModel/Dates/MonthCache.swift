/// Reads the date column of a file's rows, remembering the month of the last plain day read: a daily
/// series dates row after row in one month, and a day in the month already seen needs only its day
/// checked and added to the month's first day. Anything else (a new month, another form, a mistake)
/// goes through ``DateParser``, which gives the same dates and the same errors.
struct MonthCache {
    /// The year and month last seen, as `year * 100 + month`; -1 before any.
    private var key = -1
    /// That month's first day.
    private var first: Int32 = 0
    /// How many days it has.
    private var days = 0

    /// The date in `b`, as ``DateParser/date(_:)`` reads it.
    mutating func date(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate {
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let year = DateParser.digits(b, 0, 4), let month = DateParser.digits(b, 5, 2), let day = DateParser.digits(b, 8, 2)
        {
            if year * 100 + month == key, day >= 1, day <= days {
                return ObservationDate(Day(ordinal: first + Int32(day - 1)))
            }
            let date = try DateParser.date(b)
            key = year * 100 + month
            first = date.first.ordinal - Int32(day - 1)
            days = Day.daysIn(year: year, month: month)
            return date
        }
        return try DateParser.date(b)
    }
}
