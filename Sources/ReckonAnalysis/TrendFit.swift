public import ReckonModel

/// The kinds of trend line.
public enum TrendFit: String, Sendable, CaseIterable {
    /// Ordinary least squares on (day, value).
    case linear
    /// Least squares on (day, log value): constant growth.
    case exponential
    /// The median of the slopes between all pairs of points: robust to outliers.
    case theilSen = "theil-sen"
    /// A random walk with drift: from the last value, the window's mean change per day. The default
    /// for cumulative totals, whose running sum makes a fitted line's errors depend on each other.
    case drift
    /// A random walk: the last value holds. The default for levels, which move in steps.
    case randomWalk = "random-walk"

    /// The fit reckon uses for points of `kind` when none is asked for: a random walk with drift for
    /// cumulative totals, a random walk for levels, a straight line for counts per period.
    public static func `default`(for kind: SeriesKind) -> TrendFit {
        switch kind {
        case .cumulative: .drift
        case .level: .randomWalk
        case .count: .linear
        }
    }

    /// The model's name in words, for tables, legends and report facts.
    public var model: String {
        switch self {
        case .linear: "least-squares line"
        case .exponential: "least-squares exponential curve"
        case .theilSen: "Theil–Sen line"
        case .drift: "random walk with drift"
        case .randomWalk: "random walk"
        }
    }

    /// Whether the projection starts at the last fitted value (rather than at a fitted line).
    public var startsAtLastValue: Bool { self == .drift || self == .randomWalk }
}

/// A trend's projection to one day: the value, and the calibrated prediction interval or why there is
/// none.
public struct Projection: Sendable, Equatable {
    /// The day projected to.
    public var day: Day
    /// The projected value; nil when it overflows.
    public var value: Double?
    /// The prediction interval; nil when there is none (see ``noIntervalReason``).
    public var interval: ClosedRange<Double>?
    /// How many past forecasts at the same horizon were scored: what the interval was calibrated on, or,
    /// without an interval, how many there were (0 when none was looked for).
    public var pastForecasts: Int
    /// Why there is no interval, in words; nil when there is one.
    public var noIntervalReason: String?
}

