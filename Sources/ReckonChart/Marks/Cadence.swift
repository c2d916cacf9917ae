import ReckonAnalysis

/// How often a series has a point, when it has a rhythm: a monthly series dated by its month ends is
/// regular at about 30 days, so a line through every month is solid, and only a missing month is drawn
/// as interpolated. Sparse, irregular estimates have no cadence: any day without data between two of
/// them is interpolated.
struct Cadence: Equatable {
    /// The usual gap between consecutive points, in days; 1 for series without a rhythm.
    var days: Double

    /// The longest gap that still counts as no point missing.
    var longestStep: Double { days <= 1 ? 1 : days * 1.5 }

    /// No rhythm: only consecutive days join.
    static let daily = Cadence(days: 1)

    /// The cadence of `p`, from the gaps between its positions: regular when at least four of five
    /// gaps lie within a quarter of their median, which needs at least four points. Looks at up to
    /// 4,096 gaps spread over the series.
    static func of(_ p: Points) -> Cadence {
        guard p.count >= 4 else { return .daily }
        let gaps = p.count - 1
        let stride = max(1, gaps / 4_096)
        let sample = Swift.stride(from: 0, to: gaps, by: stride).map { p.position($0 + 1) - p.position($0) }.sorted()
        let median = sample[sample.count / 2]
        guard median > 1 else { return .daily }
        let regular = sample.filter { abs($0 - median) <= median * 0.25 }.count
        return regular * 5 >= sample.count * 4 ? Cadence(days: median) : .daily
    }
}
