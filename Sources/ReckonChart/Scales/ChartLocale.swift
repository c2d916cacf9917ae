internal import Foundation
public import ReckonModel
import Synchronization

/// How a chart writes numbers and dates: reckon's own style (`11,000`, `−3`, `27 Mar 2025`,
/// `Jan–Feb 2025`), or a locale's (`locale: de` gives `11.000`, `27. März 2025`, `Jan.–Feb. 2025`),
/// through Foundation's formatters: its digits, separators, month names and order of day, month and
/// year, always on the Gregorian calendar the data is dated in; the words reckon writes (`about`,
/// `Source`) in its language (see ``word(_:)``).
///
/// A value may be shared between threads: its formatters are used one call at a time, under a lock.
public struct ChartLocale: Sendable {
    /// The locale's identifier as written (`de`, `uk-UA`), or nil for reckon's own style.
    public let identifier: String?
    private let formats: Formats?

    /// reckon's own style.
    public static let house = ChartLocale(house: ())

    private init(house: Void) {
        identifier = nil
        formats = nil
    }

    /// The locale `identifier` (`de`, `fr-CH`, `ar_EG`), or nil when Foundation does not know it.
    public init?(_ identifier: String) {
        guard let known = Self.known(identifier) else { return nil }
        self.identifier = identifier
        formats = Formats(Locale(identifier: known))
    }

    /// The spec's locale, or reckon's own style when it has none (or one Foundation does not know,
    /// which the spec's reader has already reported).
    public init(spec identifier: String?) {
        self = identifier.flatMap(ChartLocale.init) ?? .house
    }

    /// The identifier in Foundation's form (`uk_UA`) when Foundation has data for it, else nil.
    public static func known(_ identifier: String) -> String? {
        let normalized = identifier.replacingOccurrences(of: "-", with: "_")
        guard !normalized.isEmpty, normalized.count <= 40 else { return nil }
        return Locale.availableIdentifiers.contains(normalized) ? normalized : nil
    }

    /// A number written in reckon's style (`−11,000.5`, `1.2M`, `25%`) in the locale's digits and
    /// separators (`−11.000,5` in German, `−11 000,5` in French).
    public func number(_ text: String) -> String {
        guard let f = formats else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case ",": out += f.grouping
            case ".": out += f.decimal
            case "0"..."9": out += f.digits[Int(c.asciiValue! - 48)]
            default: out.append(c)
            }
        }
        return f.isolated(out)
    }

    /// `27 Mar 2025`, `Mar 2025`, `Jan–Feb 2025`, `2024`, `2023–2024` in reckon's style; the locale's
    /// forms of the same (`27.03.2025` is never used: months are named); other periods as written.
    public func date(_ d: ObservationDate) -> String {
        guard let f = formats else { return Self.houseDate(d) }
        return f.isolated(f.nativeDigits(localDate(d, f)))
    }

    private func localDate(_ d: ObservationDate, _ f: Formats) -> String {
        if d.isDay { return f.format(f.day, d.first) }
        let unit = d.start.unit
        guard unit == .month || unit == .year, d.end == nil || d.end?.unit == unit else { return d.description }
        let first = d.first, last = d.last
        if unit == .year {
            return first.civil.year == last.civil.year ? f.format(f.year, first) : f.interval(f.yearSpan, first, last)
        }
        return first.civil.year == last.civil.year && first.civil.month == last.civil.month
            ? f.format(f.monthYear, first) : f.interval(f.monthSpan, first, last)
    }

    /// The abbreviated name of month `m` (1-12), as tick labels write it.
    public func month(_ m: Int) -> String {
        guard let f = formats else { return Self.houseMonths[m - 1] }
        return f.isolated(f.months[m - 1])
    }

    /// Month `m` of year `y`, as the time axis writes it under the first tick of a year.
    public func monthYear(_ m: Int, _ y: Int) -> String {
        guard let f = formats, let day = Day(year: y, month: m, day: 1) else { return "\(Self.houseMonths[m - 1]) \(y)" }
        return f.isolated(f.nativeDigits(f.format(f.monthYear, day)))
    }

    /// Whether the locale's language reads right to left.
    public var rightToLeft: Bool { formats?.rightToLeft ?? false }

    /// `text` (a range, `10,000–12,000`) kept left to right inside right-to-left text, so its numbers
    /// stay in their order; unchanged in a left-to-right language.
    public func leftToRight(_ text: String) -> String { rightToLeft ? "\u{2066}" + text + "\u{2069}" : text }

    /// A whole number without grouping (a year, a day of the month) in the locale's digits.
    public func plain(_ n: Int) -> String { number(String(n)) }

    static let houseMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func houseDate(_ d: ObservationDate) -> String {
        let months = houseMonths
        let (y, m, day) = d.first.civil
        if d.isDay { return "\(day) \(months[m - 1]) \(y)" }
        let unit = d.start.unit
        guard unit == .month || unit == .year, d.end == nil || d.end?.unit == unit else { return d.description }
        let (y2, m2, _) = d.last.civil
        if unit == .year { return y == y2 ? "\(y)" : "\(y)–\(y2)" }
        if y == y2 { return m == m2 ? "\(months[m - 1]) \(y)" : "\(months[m - 1])–\(months[m2 - 1]) \(y)" }
        return "\(months[m - 1]) \(y)–\(months[m2 - 1]) \(y2)"
    }
}

/// A locale's formatters and symbols, made once per chart. The formatters are Foundation classes
/// that do not promise to be used from two threads at once: every use holds `lock`, and nothing
/// else in the class changes after it is made.
private final class Formats: @unchecked Sendable {
    private let lock = Mutex(())
    let calendar: Calendar
    let day, monthYear, year: DateFormatter
    let monthSpan, yearSpan: DateIntervalFormatter
    let months: [String]
    let grouping, decimal: String
    let digits: [String]
    /// Whether the language reads right to left: its dates and numbers are then isolated, so that
    /// they keep their own order inside a label that also has English words.
    let rightToLeft: Bool

    init(_ locale: Locale) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.locale = locale
        self.calendar = calendar
        func formatter(_ template: String) -> DateFormatter {
            let f = DateFormatter()
            f.locale = locale
            f.calendar = calendar
            f.timeZone = calendar.timeZone
            f.setLocalizedDateFormatFromTemplate(template)
            return f
        }
        func interval(_ template: String) -> DateIntervalFormatter {
            let f = DateIntervalFormatter()
            f.locale = locale
            f.calendar = calendar
            f.timeZone = calendar.timeZone
            f.dateTemplate = template
            return f
        }
        day = formatter("dMMMy")
        monthYear = formatter("MMMy")
        year = formatter("y")
        monthSpan = interval("MMMy")
        yearSpan = interval("y")
        let names = formatter("MMM")
        // The form dates use ("März" in "27. März 2025"), unless the language inflects month names in
        // dates (Ukrainian, Russian): a tick's month then stands alone, in the nominative.
        let inflected = names.monthSymbols != names.standaloneMonthSymbols
        months = (inflected ? names.shortStandaloneMonthSymbols : names.shortMonthSymbols) ?? ChartLocale.houseMonths
        let numbers = NumberFormatter()
        numbers.locale = locale
        numbers.numberStyle = .decimal
        grouping = numbers.groupingSeparator ?? ","
        decimal = numbers.decimalSeparator ?? "."
        digits = (0...9).map { numbers.string(from: NSNumber(value: $0)) ?? String($0) }
        rightToLeft = Locale.Language(identifier: locale.identifier).characterDirection == .rightToLeft
    }

    /// `text` between Unicode's first-strong isolate and its closing mark when the language reads
    /// right to left; else unchanged.
    func isolated(_ text: String) -> String { rightToLeft ? "\u{2068}" + text + "\u{2069}" : text }

    /// ASCII digits in `text` as the locale's digits (a formatter may keep Latin ones in a date).
    func nativeDigits(_ text: String) -> String {
        guard digits[0] != "0" else { return text }
        return String(text.flatMap { c in c.isASCII && c.isNumber ? Array(digits[Int(c.asciiValue! - 48)]) : [c] })
    }

    func date(_ d: Day) -> Date { Date(timeIntervalSince1970: Double(d.ordinal) * 86_400) }

    func format(_ f: DateFormatter, _ d: Day) -> String { lock.withLock { _ in f.string(from: date(d)) } }

    func interval(_ f: DateIntervalFormatter, _ a: Day, _ b: Day) -> String {
        lock.withLock { _ in f.string(from: date(a), to: date(b)) }
    }
}
