public import ReckonModel

/// Calendar-aware ticks for the time axis: days, weeks, months, quarters or years, chosen from the
/// span and the pixel width so that labels never overlap.
package enum DateTicks {
    /// One tick: its day and its labels. `secondary` is the year (or month and year) written under the
    /// first tick of each year (or month).
    public struct Tick: Sendable, Equatable {
        /// The day the tick marks.
        public var day: Day
        /// Its label: a day, month, quarter or year.
        public var label: String
        /// The month or year shown under the first tick of each, or nil.
        public var secondary: String?
        /// Whether the label names a day ("15"), rather than a month or year that starts there: a day's
        /// tick stands at the day's middle, where its points and the middle of its bar are.
        public var namesADay = false
        /// The day after the month or year the label names: the label is centred under its period
        /// (a month's bar), between its tick and the period's end.
        public var end: Day?
    }

    /// The longest span, in days, whose ticks may name days ("4", "11", "18" under "Nov 2024").
    public static let maximumDaySpan = 122

    /// The tick intervals tried, finest first.
    enum Interval: CaseIterable {
        case day, twoDays, week, twoWeeks, month, twoMonths, quarter, halfYear, year, twoYears, fiveYears, decade, twentyYears,
            halfCentury, century, twoCenturies, fiveCenturies, millennium

        var months: Int? {
            switch self {
            case .month: 1
            case .twoMonths: 2
            case .quarter: 3
            case .halfYear: 6
            default: nil
            }
        }

        var years: Int? {
            switch self {
            case .year: 1
            case .twoYears: 2
            case .fiveYears: 5
            case .decade: 10
            case .twentyYears: 20
            case .halfCentury: 50
            case .century: 100
            case .twoCenturies: 200
            case .fiveCenturies: 500
            case .millennium: 1000
            default: nil
            }
        }
    }

    /// The finest ticks over `first...last` whose labels (in `locale`'s month names and digits) fit
    /// `pixels` wide, measured with `measure`, keeping `gap` pixels between labels; none finer than
    /// `period` (data dated by month gets month ticks at the finest, not days inside its months).
    public static func ticks(
        from first: Day, to last: Day, pixels: Double, gap: Double = 12, locale: ChartLocale = .house,
        period: PeriodUnit = .day, measure: (String) -> Double
    ) -> [Tick] {
        let span = max(1, last - first)
        let finest: Int =
            switch period {
            case .day: 1
            case .week: 7
            case .month: 28
            case .quarter: 84
            case .year: 365
            }
        for interval in Interval.allCases where daysBetween(interval) >= finest {
            // Day numbers past about four months are a count no reader wants: months instead.
            if daysBetween(interval) < 28, span > maximumDaySpan { continue }
            // Too many ticks to be readable at this width: do not even make them.
            if Double(span) / Double(daysBetween(interval)) > pixels / 8 + 2 { continue }
            let ticks = make(interval, first, last, locale)
            guard ticks.count >= 2 || interval == .millennium else { continue }
            // Each label must fit in the space between its tick and the next.
            let spacing = pixels * Double(daysBetween(interval)) / Double(span)
            let widest = ticks.map { measure($0.label) }.max() ?? 0
            if widest + gap <= spacing { return ticks }
        }
        return make(.millennium, first, last, locale)
    }

    /// The typical days between ticks of an interval.
    static func daysBetween(_ interval: Interval) -> Int {
        switch interval {
        case .day: 1
        case .twoDays: 2
        case .week: 7
        case .twoWeeks: 14
        default: interval.months.map { $0 * 28 } ?? (interval.years! * 365)
        }
    }

    static func make(_ interval: Interval, _ first: Day, _ last: Day, _ locale: ChartLocale = .house) -> [Tick] {
        var days: [Day] = []
        switch interval {
        case .day, .twoDays:
            let step = interval == .day ? 1 : 2
            var d = first
            while d <= last {
                days.append(d)
                d = d + step
            }
        case .week, .twoWeeks:
            var d = first + ((8 - first.isoWeekday) % 7)
            var k = 0
            while d <= last {
                if interval == .week || k % 2 == 0 { days.append(d) }
                d = d + 7
                k += 1
            }
        default:
            if let months = interval.months {
                var (y, m, d) = first.civil
                if d != 1 { m += 1 }
                if m > 12 { (y, m) = (y + 1, 1) }
                while (m - 1) % months != 0 {
                    m += 1
                    if m > 12 { (y, m) = (y + 1, 1) }
                }
                while let day = Day(year: y, month: m, day: 1), day <= last {
                    days.append(day)
                    m += months
                    if m > 12 { (y, m) = (y + 1, m - 12) }
                }
            } else if let years = interval.years {
                var (y, m, d) = first.civil
                if m != 1 || d != 1 { y += 1 }
                y = (y + years - 1) / years * years
                while let day = Day(year: y, month: 1, day: 1), day <= last {
                    days.append(day)
                    y += years
                }
            }
        }
        return label(days, interval, locale)
    }

    static func label(_ days: [Day], _ interval: Interval, _ locale: ChartLocale = .house) -> [Tick] {
        var ticks: [Tick] = []
        var previous: (year: Int, month: Int)?
        for day in days {
            let (y, m, d) = day.civil
            switch interval {
            case .day, .twoDays, .week, .twoWeeks:
                // The month under its first tick, with the year on the first and at each new year.
                let newMonth = previous.map { $0.year != y || $0.month != m } ?? true
                let newYear = previous.map { $0.year != y } ?? true
                let secondary = newYear ? locale.monthYear(m, y) : locale.month(m)
                ticks.append(Tick(day: day, label: locale.plain(d), secondary: newMonth ? secondary : nil, namesADay: true))
            case .month, .twoMonths, .quarter, .halfYear:
                let secondary = previous.map { $0.year != y } ?? true
                // The month named, centred under itself (under its bar), whichever months are labelled.
                var tick = Tick(day: day, label: locale.month(m), secondary: secondary ? locale.plain(y) : nil)
                tick.end = m == 12 ? Day(year: y + 1, month: 1, day: 1) : Day(year: y, month: m + 1, day: 1)
                ticks.append(tick)
            case .year:
                ticks.append(Tick(day: day, label: locale.plain(y), secondary: nil, end: Day(year: y + 1, month: 1, day: 1)))
            default:
                ticks.append(Tick(day: day, label: locale.plain(y), secondary: nil))
            }
            previous = (y, m)
        }
        return ticks
    }
}
