import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// A series' decimals (`DrawnLayer.decimals`) looked for the first number with decimals in halves at
/// once, as the command line reads a long series: the count a reader of the numbers would give.
struct SeriesDecimalsTests {
    /// 100,001 whole numbers (some missing, some beyond 2⁵³), with `numbers` at their indexes instead,
    /// and an observation of no value and a low of `lows` at theirs.
    static func observations(_ numbers: [Int: Double], lows: [Int: Double] = [:]) -> Observations {
        var observations = Observations()
        let count = TwoThreads.indicesForTwoThreads + 1
        observations.reserveCapacity(count)
        for i in 0..<count {
            var value: Double? = i % 7 == 3 ? nil : Double(i % 1000) * (i % 11 == 0 ? 1e17 : 1)
            var bounds: (Double?, Double?) = (nil, nil)
            if let number = numbers[i] { value = number }
            if let low = lows[i] { (value, bounds) = (nil, (low, 1e6)) }
            let date = ObservationDate(Day(ordinal: Int32(i)))
            observations.append(Observation(date: date, value: value, low: bounds.0, high: bounds.1))
        }
        return observations
    }

    /// A number with decimals wherever it is, among them the edges of the blocks tested at once (1,024
    /// numbers from the start of each half, the second starting at 50,000).
    @Test(.enabled(if: TwoThreads.available), arguments: [0, 1, 1_023, 1_024, 1_025, 50_000, 50_001, 51_024, 51_025, 100_000])
    func theFirstNumberWithDecimalsIsFoundWhereverItIs(_ index: Int) {
        for (number, expected) in [(0.5, 1), (34.7, 1), (1.25, 2), (-0.001, 3), (2.0, 0)] {
            let observations = Self.observations([index: number])
            #expect(DrawnLayer.decimals(observations, onTwoThreads: true) == expected, "\(number) at \(index)")
            #expect(DrawnLayer.decimals(observations, onTwoThreads: false) == expected, "\(number) at \(index)")
        }
    }

    /// With no decimals among the values, the lows are looked through the same way; with some, the
    /// lows carry on from their count.
    @Test(.enabled(if: TwoThreads.available))
    func theLowsAreCountedAfterTheValues() {
        #expect(DrawnLayer.decimals(Self.observations([:], lows: [70_000: 0.125]), onTwoThreads: true) == 3)
        #expect(DrawnLayer.decimals(Self.observations([90_000: 0.5], lows: [10: 0.25]), onTwoThreads: true) == 2)
        #expect(DrawnLayer.decimals(Self.observations([:]), onTwoThreads: true) == 0)
    }

    /// The count goes on from the first number with decimals, in order: 36604.3 does not read as a number
    /// of 11 decimals, so after one of 11 (in the first half) it takes 12; counted from itself it takes 1.
    @Test(.enabled(if: TwoThreads.available))
    func theCountGoesOnFromTheFirstNumberWithDecimals() {
        let observations = Self.observations([10: 0.12345678901, 90_000: 36604.3])
        #expect(DrawnLayer.decimals(observations, onTwoThreads: true) == 12)
        #expect(DrawnLayer.decimals(Self.observations([90_000: 36604.3]), onTwoThreads: true) == 1)
    }

    /// Numbers at the edges of the test for decimals: just under 2⁵² (the last doubles with room for a
    /// fraction), negative ones, a minus zero and numbers far beyond 2⁵³.
    @Test func decimalsAreCountedRightNearTwoToThe52() {
        let cases: [(Double, Int)] = [
            (0x1p52 - 0.5, 1), (1024.25, 2), (-0x1p52 + 0.5, 1), (0x1p52, 0), (0x1p52 + 2, 0), (-2.5, 1),
            (-0.0, 0), (1e300, 0), (-1e300, 0), (0.1, 1), (-7, 0),
        ]
        for (number, expected) in cases {
            let observations = Self.observations([3: number])
            #expect(DrawnLayer.decimals(observations) == expected, "\(number)")
        }
    }

    /// The first number with a fraction, looked for directly: whole numbers of every size (odd ones
    /// between 2⁵² and 2⁵³ among them), infinities and NaN have none, wherever they stand in a block.
    @Test func theFirstNumberWithAFractionIsTheFirst() {
        let whole: [Double] = [0x1p52 + 1, 0x1p53 - 1, 0x1p52 - 1, -0x1p52 - 1, 1e300, -0.0, .infinity, -.infinity, .nan, 7]
        var column = (0..<3_000).map { whole[$0 % whole.count] }
        #expect(DrawnLayer.firstWithDecimals(column, onTwoThreads: false) == column.count)
        for index in [2_999, 2_048, 1_024, 1_023, 5] {
            column[index] = 0x1p51 + 0.5
            #expect(DrawnLayer.firstWithDecimals(column, onTwoThreads: false) == index)
        }
    }
}
