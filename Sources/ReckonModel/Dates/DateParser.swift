/// Byte-level parsing of the date forms. Every failure says which form was expected and why the
/// text is not one.
enum DateParser {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    static func date(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate {
        if b.isEmpty { throw FieldError("a date is required (e.g. 2025-03-27, 2025-03, 2025-Q1, 2025-W13, 2025)") }
        // The common case, a plain day, has no slash: check its length and shape before searching.
        if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
            return ObservationDate(try period(b, offset: 0))
        }
        if let slash = b.firstIndex(of: UInt8(ascii: "/")) {
            let start = try period(UnsafeBufferPointer(rebasing: b[..<slash]), offset: 0)
            let end = try period(UnsafeBufferPointer(rebasing: b[(slash + 1)...]), offset: slash + 1)
            guard let span = ObservationDate(from: start, to: end) else {
                throw FieldError(
                    "span '\(String(decoding: b, as: UTF8.self))' is reversed: \(end) starts before \(start)")
            }
            return span
        }
        return ObservationDate(try period(b, offset: 0))
    }

    static func day(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Day {
        let p = try period(b, offset: 0)
        guard p.unit == .day else {
            throw FieldError("'\(String(decoding: b, as: UTF8.self))' is not a day (YYYY-MM-DD)")
        }
        return p.first
    }

    /// One period; `offset` is where `b` starts in the field, for error columns.
    static func period(_ b: UnsafeBufferPointer<UInt8>, offset: Int) throws(FieldError) -> Period {
        // The message is built only on failure: a million dates read make no string.
        func fail(_ why: String) -> FieldError {
            FieldError("'\(String(decoding: b, as: UTF8.self))' is not a date: \(why)", offset: offset)
        }
        if b.isEmpty { throw fail("expected a day, week, month, quarter or year") }
        guard b.count >= 4, let year = digits(b, 0, 4) else {
            throw fail("expected a 4-digit year first (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Wnn)")
        }
        guard year >= 1 else { throw fail("year 0000 does not exist") }
        if b.count == 4 { return Period(unit: .year, first: Day(unchecked: year, 1, 1)) }
        guard b[4] == UInt8(ascii: "-") else { throw fail("expected '-' after the year") }
        switch b.count {
        case 7 where b[5] == UInt8(ascii: "Q"):
            guard let q = digits(b, 6, 1), (1...4).contains(q) else { throw fail("a quarter is Q1 to Q4") }
            return Period(unit: .quarter, first: Day(unchecked: year, (q - 1) * 3 + 1, 1))
        case 8 where b[5] == UInt8(ascii: "W"):
            guard let w = digits(b, 6, 2), w >= 1 else { throw fail("a week is W01 to W53") }
            let weeks = ISOWeek.weeks(in: year)
            guard w <= weeks else { throw fail("ISO year \(pad(year, 4)) has \(weeks) weeks") }
            return Period(unit: .week, first: ISOWeek.firstMonday(of: year) + 7 * (w - 1))
        case 7:
            guard let m = digits(b, 5, 2) else { throw fail("expected a 2-digit month (YYYY-MM)") }
            guard (1...12).contains(m) else { throw fail("month \(m) does not exist") }
            return Period(unit: .month, first: Day(unchecked: year, m, 1))
        case 10:
            guard let m = digits(b, 5, 2), b[7] == UInt8(ascii: "-"), let d = digits(b, 8, 2) else {
                throw fail("expected YYYY-MM-DD")
            }
            guard (1...12).contains(m) else { throw fail("month \(m) does not exist") }
            let n = Day.daysIn(year: year, month: m)
            guard d >= 1, d <= n else {
                throw fail("\(monthNames[m - 1]) \(pad(year, 4)) has \(n) days")
            }
            return Period(Day(unchecked: year, m, d))
        default:
            throw fail("expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Wnn")
        }
    }

    /// The decimal number in `count` ASCII digits at `at`, or nil if any is not a digit. Callers ask
    /// for at most 4 digits, so the arithmetic cannot overflow and needs no check.
    @inline(__always)
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ count: Int) -> Int? {
        var n = 0
        for i in at..<(at + count) {
            let c = b[i] &- UInt8(ascii: "0")
            guard c < 10 else { return nil }
            n = n &* 10 &+ Int(c)
        }
        return n
    }
}
