/// A calendar day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Stored as the number of days since 1970-01-01, so days compare, subtract and hash as integers and
/// no time-zone arithmetic can ever shift one.
///
/// ```swift
/// let day = Day(year: 2025, month: 3, day: 27)!
/// day.description        // "2025-03-27"
/// (day + 7).description  // "2025-04-03"
/// ```
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int32

    /// The earliest and latest days reckon accepts: years 0001 to 9999.
    public static let earliest = Day(unchecked: 1, 1, 1)
    /// The last day a date may name: 9999-12-31.
    public static let latest = Day(unchecked: 9999, 12, 31)

    /// A day from its ordinal, days since 1970-01-01.
    @inlinable public init(ordinal: Int32) { self.ordinal = ordinal }

    /// A day from its civil date, or nil when the date does not exist (`2025-02-30`) or the year is
    /// outside 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Day.daysIn(year: year, month: month)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    init(unchecked year: Int, _ month: Int, _ day: Int) {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = Int32(era * 146_097 + doe - 719_468)
    }

    /// The civil year, month (1-12) and day of month (1-31).
    public var civil: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Day of the week, 1 for Monday through 7 for Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday.
        let r = (Int(ordinal) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    @inlinable public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    @inlinable public static func + (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal + Int32(days)) }
    @inlinable public static func - (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal - Int32(days)) }
    /// The number of days from `b` to `a`.
    @inlinable public static func - (a: Day, b: Day) -> Int { Int(a.ordinal) - Int(b.ordinal) }

    /// The day `days` after this one (before it when negative), stopping at ``earliest`` and
    /// ``latest``: for shifts by amounts read from input, which must never overflow.
    public func shifted(by days: Int) -> Day {
        let target = Int(ordinal).addingReportingOverflow(days)
        if target.overflow { return days < 0 ? .earliest : .latest }
        return Day(ordinal: Int32(max(Int(Day.earliest.ordinal), min(Int(Day.latest.ordinal), target.partialValue))))
    }

    /// Whether `year` has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in a month of a year.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
