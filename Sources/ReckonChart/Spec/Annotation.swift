public import ReckonModel

/// A note on the chart: an event on a day, a shaded period, or a horizontal line at a value.
public struct Annotation: Sendable, Equatable {
    /// What the note marks.
    public enum Target: Sendable, Equatable {
        /// A dashed line on a day.
        case day(Day)
        /// A shaded period, first and last day included.
        case span(Day, Day)
        /// A dashed horizontal line at a value.
        case value(Double)
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
