public import ReckonModel

/// A running total with missing days, for tests of what is made from a difference across them.
public enum GapTally {
    /// 10 a day from 1 January 2025 for 60 days, with no row from 21 January to 9 February: its
    /// difference on 10 February covers 21 days.
    public static func series() throws -> Series {
        let first = Day(year: 2025, month: 1, day: 1)!
        var rows: [Observation] = []
        for i in 0..<60 where !(20..<40).contains(i) {
            rows.append(Observation(date: ObservationDate(first + i), value: 10 * Double(i + 1)))
        }
        return Series(id: try SeriesID("gap"), metadata: SeriesMetadata(kind: .cumulative), observations: rows)
    }
}
