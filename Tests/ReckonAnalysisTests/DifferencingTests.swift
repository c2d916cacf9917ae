import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonAnalysis

/// Differences made in two halves at once (`Differencing.diff(_:onTwoThreads:)`) are the differences of
/// one pass: the same points, and a fall in the total reported once, at its day, whichever side of the
/// split it is on; days missing across the split make the same span.
struct DifferencingTests {
    @Test(
        .enabled(if: TwoThreads.available, "the halves are split where two processors are active"),
        arguments: [1, 49_999, 50_000, 50_001, 99_999])
    func differencesInHalvesAreTheDifferencesOfOnePass(_ at: Int) throws {
        // 100,001 points: 100,000 differences, split at the 50,000th.
        var random = SeededGenerator(seed: UInt64(at))
        var b = Points.Builder(kind: .cumulative)
        var (day, total) = (Day(year: 2000, month: 1, day: 1)!, 0.0)
        for i in 0...100_000 {
            total += i == at ? -7 : Double(random.next() % 50)
            day = day + (abs(i - at) < 2 ? 3 : 1)
            b.append(date: ObservationDate(day), value: total)
        }
        let points = b.build()
        let one = Differencing.diff(points, onTwoThreads: false)
        let two = Differencing.diff(points, onTwoThreads: true)
        #expect(two.points == one.points)
        #expect(two.warnings.map(\.message) == one.warnings.map(\.message))
        #expect(one.warnings.count == 1, "the fall at \(at)")
        #expect(one.points.dates.contains { $0.end != nil }, "spans of missing days")
    }
}
