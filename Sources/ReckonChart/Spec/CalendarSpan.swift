public import ReckonModel

/// A stretch of time written as `90d`, `12w`, `18m` or `2y`.
///
/// (Named so as not to hide the standard library's `Duration`, which measures time in seconds.)
public struct CalendarSpan: Sendable, Equatable {
    /// Days, weeks, months or years.
    public enum Unit: String, Sendable { case d, w, m, y }
    /// How many units, 1 to the most in ``longest``.
    public var count: Int
    /// The unit ``count`` counts.
    public var unit: Unit

    /// `count` of `unit` (not checked against ``longest``: ``parse(_:)`` checks).
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The longest duration a spec may give, in each unit: 100 years.
    public static let longest: [Unit: Int] = [.d: 36_525, .w: 5_218, .m: 1_200, .y: 100]

    /// Reads `90d`, `12w`, `18m`, `2y`, up to 100 years (see ``longest``).
    public static func parse(_ text: String) -> CalendarSpan? {
        guard let last = text.last, let unit = Unit(rawValue: String(last)), let n = Int(text.dropLast()), n > 0,
            n <= longest[unit] ?? 0
        else {
            return nil
        }
        return CalendarSpan(count: n, unit: unit)
    }

    /// The day this long before `day` (months and years by the calendar, clamped to month ends).
    public func before(_ day: Day) -> Day { shifted(day, by: -count) }

    /// The day this long after `day`.
    public func after(_ day: Day) -> Day { shifted(day, by: count) }

    private func shifted(_ day: Day, by n: Int) -> Day {
        // Saturating: a shift past the calendar's ends stops at them.
        let n = max(-1_000_000, min(1_000_000, n))
        switch unit {
        case .d: return day.shifted(by: n)
        case .w: return day.shifted(by: 7 * n)
        case .m, .y:
            let months = unit == .m ? n : 12 * n
            let (y, m, d) = day.civil
            let total = y * 12 + (m - 1) + months
            if total < 12 { return Day.earliest }
            if total >= 10_000 * 12 { return Day.latest }
            let (ny, nm) = (total / 12, total % 12 + 1)
            return Day(year: ny, month: nm, day: min(d, Day.daysIn(year: ny, month: nm))) ?? day
        }
    }
}
