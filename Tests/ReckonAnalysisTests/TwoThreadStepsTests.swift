import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonAnalysis

/// The query steps that work a long series in two halves at once (the order check of
/// `Selection.Scan`, `Differencing.diff`) give what one pass gives, wherever the one row out of place,
/// the repeated day or the fall sits: on either side of the split, or at it.
struct TwoThreadStepsTests {
    static let count = 200_001
    /// The first row of the second half, where the split falls.
    static let middle = 1 + (count - 1) / 2

    /// `count` daily rows from 1990-01-01 rising by one a day, then changed at row `at` by `change`.
    static func observations(changing at: Int?, _ change: (inout [Observation], Int) -> Void = { _, _ in }) -> Observations {
        let start = Day(year: 1990, month: 1, day: 1)!
        var rows = (0..<count).map { i in Observation(date: ObservationDate(start + i), value: Double(i)) }
        if let at { change(&rows, at) }
        return Observations(rows)
    }

    static let places = [1, 2, middle - 1, middle, middle + 1, count - 1]

    @Test(arguments: places)
    func theOrderCheckFindsWhatOnePassFinds(_ at: Int) {
        let changes: [(inout [Observation], Int) -> Void] = [
            { rows, i in rows.swapAt(i - 1, i) },  // out of order
            { rows, i in rows[i].date = rows[i - 1].date },  // two on one day
            { rows, i in rows[i] = Observation(date: rows[i].date, low: 1, high: 2) },  // a range, no value
            // A year among days: its point sits at its middle or its end, far from its neighbours'.
            { rows, i in rows[i].date = ObservationDate(Period(unit: .year, first: Day(year: 1990, month: 1, day: 1)!)) },
        ]
        for (k, change) in changes.enumerated() {
            let obs = Self.observations(changing: at, change)
            for kind in SeriesKind.allCases {
                let one = Selection.Scan.orderAndValues(obs, kind: kind)
                let two = Selection.Scan.orderAndValues(obs, kind: kind, onTwoThreads: true)
                #expect(two == one, "change \(k) at \(at), \(kind)")
                #expect(one != (true, true, true), "change \(k) at \(at), \(kind) is found at all")
            }
        }
        let plain = Self.observations(changing: nil)
        #expect(Selection.Scan.orderAndValues(plain, kind: .level, onTwoThreads: true) == (true, true, true))
    }

    /// Differences made in halves are the same points, and a fall in the total is reported once, at
    /// its day, on whichever side of the split it is; days missing across the split make the same span.
    @Test(arguments: places)
    func differencesInHalvesAreTheDifferencesOfOnePass(_ at: Int) throws {
        var random = SeededGenerator(seed: UInt64(at))
        let start = Day(year: 2000, month: 1, day: 1)!
        var b = Points.Builder(kind: .cumulative)
        var (day, total) = (start, 0.0)
        for i in 0..<Self.count {
            // A total that falls at `at`, and days missing around it.
            total += i == at ? -7 : Double(random.next() % 50)
            day = day + (abs(i - at) < 2 ? 3 : 1)
            b.append(date: ObservationDate(day), value: total)
        }
        let points = b.build()
        let one = Differencing.diff(points)
        let two = Differencing.diff(points, onTwoThreads: true)
        #expect(two.points == one.points)
        #expect(two.warnings.map(\.message) == one.warnings.map(\.message))
        #expect(one.warnings.count == 1, "the fall at \(at)")
        #expect(one.points.dates.contains { $0.end != nil }, "spans of missing days")
    }
}
