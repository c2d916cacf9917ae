import ReckonModel

/// The text `YYYY-MM-` of one month and the range of its days, which ``ByteWriter`` remembers so that
/// a daily listing spells the days of a month it has already spelled one of without working out the
/// calendar again (a million days are about 33,000 months).
struct MonthText: Sendable {
    /// The month's first and last day, as ordinals; an empty range before any month is remembered.
    private var first: Int32 = 1
    private var last: Int32 = 0
    /// `YYYY-MM-` in the first eight bytes, then room for the day of the month.
    private var text: (UInt64, UInt64) = (0, 0)

    /// Whether `day` is in the month remembered.
    @inline(__always)
    func contains(_ day: Day) -> Bool { day.ordinal >= first && day.ordinal <= last }

    /// Remembers the month of `day`, whose civil date is `year` (0 to 9999), `month` and `dayOfMonth`.
    init(_ day: Day, year: Int, month: Int, dayOfMonth: Int) {
        first = day.ordinal - Int32(dayOfMonth - 1)
        last = first + Int32(Day.daysIn(year: year, month: month) - 1)
        let zero = UInt8(ascii: "0")
        withUnsafeMutableBytes(of: &text) { t in
            t[0] = zero + UInt8(year / 1000)
            t[1] = zero + UInt8(year / 100 % 10)
            t[2] = zero + UInt8(year / 10 % 10)
            t[3] = zero + UInt8(year % 10)
            t[4] = UInt8(ascii: "-")
            t[5] = zero + UInt8(month / 10)
            t[6] = zero + UInt8(month % 10)
            t[7] = UInt8(ascii: "-")
        }
    }

    /// No month yet.
    init() {}

    /// Calls `body` with `YYYY-MM-DD` of `day`, which must be in the month (see ``contains(_:)``).
    @inline(__always)
    func withText<R>(of day: Day, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        var text = text
        let d = Int(day.ordinal - first) + 1
        return withUnsafeMutableBytes(of: &text) { t in
            t[8] = UInt8(ascii: "0") + UInt8(d / 10)
            t[9] = UInt8(ascii: "0") + UInt8(d % 10)
            return body(UnsafeRawBufferPointer(rebasing: t[..<10]))
        }
    }
}
