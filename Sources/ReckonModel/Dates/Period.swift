/// The calendar units an observation can be dated with.
public enum PeriodUnit: String, Sendable, CaseIterable, Comparable {
    case day, week, month, quarter, year

    var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .quarter: 3
        case .year: 4
        }
    }

    /// Whether `a` is a shorter unit than `b` (a day before a week).
    public static func < (a: PeriodUnit, b: PeriodUnit) -> Bool { a.rank < b.rank }
}

/// One calendar period: a day, an ISO week, a month, a quarter or a year.
///
/// ```swift
/// let q = try Period.parse("2025-Q1")
/// q.first  // 2025-01-01
/// q.last   // 2025-03-31
/// q.description  // "2025-Q1"
/// ```
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// The kind of period.
    public var unit: PeriodUnit
    /// The first day of the period.
    public var first: Day

    /// A period of `unit` starting on `first`, which must be the first day of such a period.
    @inlinable
    public init(unit: PeriodUnit, first: Day) {
        self.unit = unit
        self.first = first
    }

    /// The single-day period `day`.
    @inlinable public init(_ day: Day) { self.init(unit: .day, first: day) }

    /// The last day of the period.
    @inlinable
    public var last: Day {
        unit == .day ? first : lastOfLongerPeriod
    }

    /// The last day of a week, month, quarter or year.
    @usableFromInline
    var lastOfLongerPeriod: Day {
        switch unit {
        case .day: return first
        case .week: return first + 6
        case .month:
            let (y, m, _) = first.civil
            return first + (Day.daysIn(year: y, month: m) - 1)
        case .quarter:
            let (y, m, _) = first.civil
            return Day(unchecked: y, m + 2, Day.daysIn(year: y, month: m + 2))
        case .year:
            return Day(unchecked: first.civil.year, 12, 31)
        }
    }

    /// The number of days in the period.
    public var dayCount: Int { last - first + 1 }

    /// The period of `unit` that contains `day`.
    public static func containing(_ day: Day, unit: PeriodUnit) -> Period {
        let (y, m, _) = day.civil
        switch unit {
        case .day: return Period(day)
        case .week: return Period(unit: .week, first: day - (day.isoWeekday - 1))
        case .month: return Period(unit: .month, first: Day(unchecked: y, m, 1))
        case .quarter: return Period(unit: .quarter, first: Day(unchecked: y, (m - 1) / 3 * 3 + 1, 1))
        case .year: return Period(unit: .year, first: Day(unchecked: y, 1, 1))
        }
    }

    /// The canonical text: `2025-03-27`, `2025-W13`, `2025-03`, `2025-Q1` or `2025`.
    public var description: String {
        let (y, m, _) = first.civil
        switch unit {
        case .day: return first.description
        case .week:
            let (wy, w) = ISOWeek.weekOf(first)
            return pad(wy, 4) + "-W" + pad(w, 2)
        case .month: return pad(y, 4) + "-" + pad(m, 2)
        case .quarter: return pad(y, 4) + "-Q" + String((m - 1) / 3 + 1)
        case .year: return pad(y, 4)
        }
    }
}

/// ISO 8601 week arithmetic: weeks start on Monday and week 1 is the week that holds 4 January.
enum ISOWeek {
    /// The Monday of week 1 of `year`.
    static func firstMonday(of year: Int) -> Day {
        let jan4 = Day(unchecked: year, 1, 4)
        return jan4 - (jan4.isoWeekday - 1)
    }

    /// How many weeks (52 or 53) the ISO year has.
    static func weeks(in year: Int) -> Int {
        (firstMonday(of: year + 1) - firstMonday(of: year)) / 7
    }

    /// The ISO week-numbering year and week of a day.
    static func weekOf(_ day: Day) -> (year: Int, week: Int) {
        let thursday = day + (4 - day.isoWeekday)
        let year = thursday.civil.year
        return (year, (thursday - firstMonday(of: year)) / 7 + 1)
    }
}
