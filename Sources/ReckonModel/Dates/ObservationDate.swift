/// When an observation applies: one period (`2025-03-27`, `2025-W13`, `2025-03`, `2025-Q1`, `2025`) or
/// an inclusive span of two (`2025-01/2025-02`).
///
/// ```swift
/// let span = try ObservationDate.parse("2025-01/2025-02")
/// span.first     // 2025-01-01
/// span.last      // 2025-02-28
/// span.dayCount  // 59
/// ```
public struct ObservationDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    // Kept as two day numbers and two units (12 bytes, where two periods take 16): every pass over a
    // million-row series reads its dates, and a query writes new ones. A single period's end day is 0.
    @usableFromInline var startDay: Int32
    @usableFromInline var endDay: Int32
    @usableFromInline var startUnit: PeriodUnit
    @usableFromInline var endUnit: PeriodUnit?

    /// The period the date starts with.
    public var start: Period {
        @inlinable get { Period(unit: startUnit, first: Day(ordinal: startDay)) }
        set { (startUnit, startDay) = (newValue.unit, newValue.first.ordinal) }
    }
    /// The period a span ends with; nil for a single period.
    public var end: Period? {
        @inlinable get { endUnit.map { Period(unit: $0, first: Day(ordinal: endDay)) } }
        set { (endUnit, endDay) = (newValue?.unit, newValue?.first.ordinal ?? 0) }
    }

    /// A single-period date.
    @inlinable
    public init(_ period: Period) {
        (startUnit, startDay) = (period.unit, period.first.ordinal)
        (endUnit, endDay) = (nil, 0)
    }

    /// A single day.
    @inlinable public init(_ day: Day) { self.init(Period(day)) }

    /// A span from the first day of `start` to the last day of `end`, or nil when `end` starts
    /// before `start`.
    public init?(from start: Period, to end: Period) {
        guard end.first >= start.first else { return nil }
        (startUnit, startDay) = (start.unit, start.first.ordinal)
        (endUnit, endDay) = (end.unit, end.first.ordinal)
    }

    /// The first day covered.
    @inlinable public var first: Day { Day(ordinal: startDay) }
    /// The last day covered.
    @inlinable public var last: Day {
        if let endUnit { return Period(unit: endUnit, first: Day(ordinal: endDay)).last }
        return Period(unit: startUnit, first: Day(ordinal: startDay)).last
    }
    /// The number of days covered, inclusive.
    public var dayCount: Int { last - first + 1 }

    /// Whether the date is a span of several days from one period to another (`2025-01/2025-02`,
    /// `2025-01-21/2025-02-10`) rather than one day or one calendar period.
    public var isMultiDaySpan: Bool { end != nil && dayCount > 1 }
    /// Whether the date is a single day.
    @inlinable public var isDay: Bool { endUnit == nil && startUnit == .day }

    /// The canonical text, which reads back to the same value.
    public var description: String {
        guard let end else { return start.description }
        return start.description + "/" + end.description
    }

    /// Orders by first day, then by last day, so a day sorts before the month that starts with it.
    public static func < (a: ObservationDate, b: ObservationDate) -> Bool {
        a.first != b.first ? a.first < b.first : a.last < b.last
    }

    /// Parses the text of a date column.
    ///
    /// - Throws: a ``FieldError`` whose message says what is wrong and whose offset points into `text`.
    public static func parse(_ text: String) throws(FieldError) -> ObservationDate {
        try withUTF8Bytes(text) { bytes throws(FieldError) in try parse(bytes) }
    }

    /// Parses a single day (`2025-03-27`), the form of the `reported` column.
    public static func parseDay(_ text: String) throws(FieldError) -> Day {
        try withUTF8Bytes(text) { bytes throws(FieldError) in try DateParser.day(bytes) }
    }

    /// Parses UTF-8 bytes; the fast path used by the CSV decoder.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate {
        try DateParser.date(bytes)
    }
}
