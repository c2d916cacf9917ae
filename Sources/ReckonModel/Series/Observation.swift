/// One estimate: a value or a range for a date, with how it was worded, who made it and when.
///
/// "North Korea has about 11,000 troops in Russia, South Korea's Joint Chiefs of Staff said on
/// 27 March 2025" is
/// ```swift
/// Observation(date: ObservationDate(Day(year: 2025, month: 3, day: 27)!), value: 11000,
///             qualifier: .about, source: "South Korea Joint Chiefs of Staff")
/// ```
public struct Observation: Hashable, Sendable {
    /// The day or period the estimate is about.
    public var date: ObservationDate
    /// How the estimate was worded: about, at least, at most. (Declared beside `date`, it fills the
    /// bytes the date leaves before the numbers.)
    public var qualifier: Qualifier?
    /// The estimate itself, when one number was given.
    public var value: Double? {
        get { Self.number(storedValue) }
        set { storedValue = Self.stored(newValue) }
    }
    /// The lower bound of a range estimate.
    public var low: Double? {
        get { Self.number(storedLow) }
        set { storedLow = Self.stored(newValue) }
    }
    /// The upper bound of a range estimate.
    public var high: Double? {
        get { Self.number(storedHigh) }
        set { storedHigh = Self.stored(newValue) }
    }
    /// Who made the estimate; nil falls back to the series' default source.
    public var source: String?
    /// A citation.
    public var url: String? {
        get { extras?.url }
        set { setExtras(url: newValue, reported: reported, note: note) }
    }
    /// The day the estimate was published, when it was given; see ``reportedDay``.
    public var reported: Day? {
        get { extras?.reported }
        set { setExtras(url: url, reported: newValue, note: note) }
    }
    /// Free text.
    public var note: String? {
        get { extras?.note }
        set { setExtras(url: url, reported: reported, note: newValue) }
    }

    // An observation is kept small (72 bytes, not 128): the numbers without an optional's extra byte
    // each (see `StoredNumber`), and the fields most rows leave empty (url, reported, note) in one shared
    // box, absent when all three are. (A series keeps its observations in columns: see `Observations`.)
    private var storedValue: Double
    private var storedLow: Double
    private var storedHigh: Double
    private var extras: Extras?

    /// The fields most rows leave empty; immutable, so copies of an observation share it.
    private final class Extras: Sendable {
        let url: String?
        let reported: Day?
        let note: String?

        init(url: String?, reported: Day?, note: String?) {
            self.url = url
            self.reported = reported
            self.note = note
        }
    }

    @inline(__always)
    private static func number(_ stored: Double) -> Double? { StoredNumber.number(stored) }

    @inline(__always)
    private static func stored(_ number: Double?) -> Double { StoredNumber.stored(number) }

    private mutating func setExtras(url: String?, reported: Day?, note: String?) {
        extras = url == nil && reported == nil && note == nil ? nil : Extras(url: url, reported: reported, note: note)
    }

    /// An estimate for `date`: a value, a range, or both.
    public init(
        date: ObservationDate, value: Double? = nil, low: Double? = nil, high: Double? = nil,
        qualifier: Qualifier? = nil, source: String? = nil, url: String? = nil, reported: Day? = nil,
        note: String? = nil
    ) {
        self.date = date
        storedValue = Self.stored(value)
        storedLow = Self.stored(low)
        storedHigh = Self.stored(high)
        self.qualifier = qualifier
        self.source = source
        extras = url == nil && reported == nil && note == nil ? nil : Extras(url: url, reported: reported, note: note)
    }

    /// Whether two observations say the same: every field equal (numbers as `Double?`).
    public static func == (a: Observation, b: Observation) -> Bool {
        a.date == b.date && a.value == b.value && a.low == b.low && a.high == b.high && a.qualifier == b.qualifier
            && a.source == b.source && a.url == b.url && a.reported == b.reported && a.note == b.note
    }

    /// Hashes every field, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(value)
        hasher.combine(low)
        hasher.combine(high)
        hasher.combine(qualifier)
        hasher.combine(source)
        hasher.combine(url)
        hasher.combine(reported)
        hasher.combine(note)
    }

    /// The day the estimate was published: `reported`, or else the last day of `date`.
    public var reportedDay: Day { reported ?? date.last }

    /// The problem with the numbers, if any: no value and no bound, `low > high`, or a value outside
    /// its bounds. Returns the column the problem is best shown at and a message.
    public func numberProblem() -> (column: ObservationColumn, message: String)? {
        Observation.numberProblem(value: value, low: low, high: high)
    }

    /// The first problem with the estimate, if any: its numbers (``numberProblem()``), then its text
    /// (``textProblem()``).
    public func problem() -> (column: ObservationColumn, message: String)? {
        numberProblem() ?? textProblem()
    }

    /// The problem with the text fields, if any: a control character (see the text rules (no control characters, valid UTF-8)).
    public func textProblem() -> (column: ObservationColumn, message: String)? {
        for (column, text) in [(ObservationColumn.source, source), (.url, url), (.note, note)] {
            if let text, let message = TextRules.problem(text) { return (column, "\(column.rawValue): \(message)") }
        }
        return nil
    }

    /// The problem with a value and bounds, if any; see ``numberProblem()``.
    static func numberProblem(value: Double?, low: Double?, high: Double?) -> (column: ObservationColumn, message: String)? {
        if value == nil, low == nil, high == nil {
            return (.value, "a row needs a value or at least one of low and high")
        }
        if let low, let high, low > high {
            return (.low, "low \(NumberText.format(low)) is greater than high \(NumberText.format(high))")
        }
        if let value, let low, value < low {
            return (.value, "value \(NumberText.format(value)) is below its low bound \(NumberText.format(low))")
        }
        if let value, let high, value > high {
            return (.value, "value \(NumberText.format(value)) is above its high bound \(NumberText.format(high))")
        }
        return nil
    }
}

/// The columns of a series file, in their canonical order.
public enum ObservationColumn: String, Sendable, CaseIterable, Hashable {
    case date, value, low, high, qualifier, source, url, reported, note

    /// The column named `name`, exactly.
    public init?(name: String) { self.init(rawValue: name) }
}
