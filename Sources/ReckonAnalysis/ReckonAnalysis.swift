public import ReckonModel

/// Turns stored estimates into the numbers people ask for: values on given days, per-period
/// aggregates, rolling means and trends. Pure computation, no I/O.
///
/// The analysis issue fills this module; for now it holds the series kinds' default statistics so the
/// module boundary and its dependency on `ReckonModel` exist from the start.
public enum Analysis {
    /// The statistic a series' kind is aggregated with by default: counts are summed, levels and
    /// cumulative totals take the value at each period's end.
    public static func defaultStatistic(for kind: SeriesKind) -> String {
        kind == .count ? "sum" : "end"
    }
}
