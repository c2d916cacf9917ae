public import ReckonModel

/// A note on the chart: an event on a day, a shaded period, a horizontal line at a value, or a note
/// with an arrow to one point (a day and a value).
public struct Annotation: Sendable, Equatable {
    /// What the note marks.
    public enum Target: Sendable, Equatable {
        /// A dashed line on a day.
        case day(Day)
        /// A shaded period, first and last day included.
        case span(Day, Day)
        /// A dashed horizontal line at a value.
        case value(Double)
        /// A note placed clear of the data, with an arrow to the value on the day.
        case point(Day, Double)
    }

    /// What the note marks.
    public var target: Target
    /// The note's text, or nil for a mark alone.
    public var label: String?

    /// A note on `target`, with an optional label.
    public init(_ target: Target, label: String? = nil) {
        self.target = target
        self.label = label
    }
}

/// A shaded range of values across the whole time axis (`y.bands`): a target range, a band of
/// uncertainty, a threshold zone.
public struct ValueBand: Sendable, Equatable {
    /// The band's lower and upper values.
    public var from, to: Double
    /// Its label, written inside the band at its left end.
    public var label: String?

    /// A band from `from` to `to`.
    public init(from: Double, to: Double, label: String? = nil) {
        self.from = min(from, to)
        self.to = max(from, to)
        self.label = label
    }
}
