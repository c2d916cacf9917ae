public import ReckonModel

/// How several sources' estimates for one date become one value.
public enum Combine: String, Sendable, CaseIterable {
    case median, mean, min, max
    /// The estimate reported last (ties: the later row in the file).
    case latest
}

/// How values between observations are estimated.
public enum Interpolation: String, Sendable, CaseIterable {
    /// Only at observations.
    case none
    /// The last value holds until the next observation.
    case step
    case linear
    /// PCHIP (Fritsch–Carlson with scipy's end rule): never overshoots the observations around it.
    case monotone
}

/// The statistic that summarises the points of one period in `--every`.
public enum Statistic: String, Sendable, CaseIterable {
    case sum, mean, median, min, max, first, last, count
    /// The interpolated value at the period's last day.
    case end

    /// The default for a kind: counts are summed, levels and cumulative totals take the value at the
    /// period's end.
    public static func defaultFor(_ kind: SeriesKind) -> Statistic { kind == .count ? .sum : .end }
}

/// Everything `reckon query` can ask, in the order the steps run: sources → diff or cumulative →
/// rolling → every/stat → at, then the window (`from`, `to`) selects the points to return.
public struct QueryOptions: Sendable, Equatable {
    /// Return the points whose position is on or after this day (after every step has run on all the
    /// data).
    public var from: Day?
    /// Return the points whose position is on or before this day.
    public var to: Day?
    /// Ignore rows reported after this day.
    public var asOf: Day?
    /// Use only this source's rows; the empty name selects rows that name no source (when the
    /// series has no default source).
    public var source: String?
    /// How several sources on one date combine into one value.
    public var combine: Combine = .median
    /// Level or cumulative to count: differences between consecutive points.
    public var diff = false
    /// Count to running total.
    public var cumulative = false
    /// Mean over the trailing N calendar days, N in ``rollingDays``.
    public var rolling: Int?
    /// The windows a rolling mean may have: a day to ten years.
    public static let rollingDays = 1...3660
    /// Aggregate into periods of this unit.
    public var every: PeriodUnit?
    /// The statistic for `every`; nil takes the kind's default.
    public var stat: Statistic?
    /// Evaluate the result at these days.
    public var at: [Day] = []
    /// How values between points are computed, for `at` and the `end` statistic.
    public var interpolate: Interpolation = .monotone
    /// Extend the first and last segments beyond the observations.
    public var extrapolate = false
    /// Do not bridge gaps between points longer than this many days, in ``maxGapDays``.
    public var maxGap: Int?
    /// The gaps `maxGap` may name.
    public static let maxGapDays = 1...100_000

    /// The plain query: every point, as stored, combined by median.
    public init() {}

    /// The positions, in days, that `from` and `to` select.
    public var window: ClosedRange<Double> {
        (from.map { Double($0.ordinal) } ?? -.infinity)...(to.map { Double($0.ordinal) } ?? .infinity)
    }
}
