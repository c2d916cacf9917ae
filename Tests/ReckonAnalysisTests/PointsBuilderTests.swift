import ReckonModel
import Testing

@testable import ReckonAnalysis

/// `Points.Builder` keeps the columns in step as points are appended, and `build()` leaves each
/// column in its normal form: empty when it says nothing about any point.
struct PointsBuilderTests {
    static let first = Day(ordinal: 20_000)

    static func date(_ i: Int) -> ObservationDate { ObservationDate(first + i) }

    @Test func plainPointsHaveOnlyDatesAndValues() {
        var b = Points.Builder(kind: .level)
        for i in 0..<3 { b.append(date: Self.date(i), value: Double(i)) }
        let p = b.build()
        #expect(p.dates == (0..<3).map(Self.date))
        #expect(p.values == [0, 1, 2])
        #expect(p.lows.isEmpty && p.highs.isEmpty && p.qualifiers.isEmpty && p.sourceIndex.isEmpty)
        #expect(p.observed.isEmpty && p.rangeOnly.isEmpty && p.complete.isEmpty)
        #expect(p.invariantViolations.isEmpty)
    }

    @Test func aColumnStartedLateIsFilledInForTheEarlierPoints() {
        var b = Points.Builder(kind: .count)
        b.append(date: Self.date(0), value: 1)
        b.append(date: Self.date(1), value: 2, low: 1, qualifier: .about, observed: false, complete: false)
        b.append(date: Self.date(2), value: 3, high: 5, rangeOnly: true)
        let p = b.build()
        #expect(p.lows.count == 3 && p.lows[0].isNaN && p.lows[1] == 1 && p.lows[2].isNaN)
        #expect(p.highs.count == 3 && p.highs[0].isNaN && p.highs[1].isNaN && p.highs[2] == 5)
        #expect(p.qualifiers == [nil, .about, nil])
        #expect(p.observed == [true, false, true])
        #expect(p.complete == [true, false, true])
        #expect(p.rangeOnly == [false, false, true])
        #expect(p.value(2) == nil && p.value(1) == 2)
        #expect(p.invariantViolations.isEmpty)
    }

    @Test func aColumnStartedByTheFirstPointIsKept() {
        var b = Points.Builder(kind: .count)
        b.append(date: Self.date(0), value: 1, observed: false, complete: false)
        b.append(date: Self.date(1), value: 2)
        let p = b.build()
        #expect(p.observed == [false, true])
        #expect(p.complete == [false, true])
    }

    @Test func wholeColumnsThatSayNothingAreDropped() {
        let p = Points.Builder(
            kind: .level, dates: [Self.date(0), Self.date(1)], values: [1, 2], lows: [.nan, .nan], highs: [.nan, .nan],
            qualifiers: [nil, nil], observed: [true, true], rangeOnly: [false, false], complete: [true, true]
        ).build()
        #expect(p.lows.isEmpty && p.highs.isEmpty)
        #expect(p.qualifiers.isEmpty && p.observed.isEmpty && p.rangeOnly.isEmpty && p.complete.isEmpty)
        #expect(p.invariantViolations.isEmpty)
    }

    @Test func wholeColumnsThatSaySomethingAreKept() {
        let p = Points.Builder(
            kind: .level, dates: [Self.date(0), Self.date(1)], values: [1, 2], lows: [.nan, 0], highs: [.nan, .nan],
            qualifiers: [nil, .atLeast], sourceIndex: [0, 1], sourceSets: [["a"], ["a", "b"]], observed: [true, false],
            rangeOnly: [false, true], complete: [false, true], atPeriodEnd: true
        ).build()
        #expect(p.lows.count == 2 && p.lows[1] == 0 && p.highs.count == 2)
        #expect(p.qualifiers == [nil, .atLeast])
        #expect(p.sources(1) == ["a", "b"])
        #expect(p.observed == [true, false] && p.rangeOnly == [false, true] && p.complete == [false, true])
        #expect(p.atPeriodEnd)
        #expect(p.invariantViolations.isEmpty)
    }

    @Test func sourceSetsAreNumberedAsAdded() {
        var b = Points.Builder(kind: .level, sourceSets: [])
        let a = b.addSourceSet(["a"])
        let again = b.addSourceSet(["a"])
        b.append(date: Self.date(0), value: 1, sourceSet: again)
        b.append(date: Self.date(1), value: 2, sourceSet: a)
        let p = b.build()
        #expect((a, again) == (0, 1))
        #expect(p.sourceSets == [["a"], ["a"]] && p.sourceIndex == [1, 0])
        #expect(p.sources(0) == ["a"])
    }

    /// Columns built by hand that break a rule are each named (debug builds stop on them; this reads
    /// the rules without building the points).
    @Test(arguments: [
        (Points.Builder(kind: .level, dates: [PointsBuilderTests.date(0)], values: [1, 2]), "dates has 1 entries for 2 points"),
        (
            Points.Builder(kind: .level, dates: [PointsBuilderTests.date(0)], values: [1], lows: [0]),
            "lows and highs are not both empty or both full"
        ),
        (
            Points.Builder(kind: .level, dates: [PointsBuilderTests.date(0)], values: [1], sourceIndex: [0]),
            "source set 0 is not one of 0"
        ),
    ])
    func brokenColumnsAreNamed(builder: Points.Builder, problem: String) {
        #expect(builder.unnormalisedViolations.contains(problem))
    }

    @Test func selectingKeepsTheColumnsInTheirNormalForm() {
        var b = Points.Builder(kind: .level, sourceSets: [["a"]])
        b.append(date: Self.date(0), value: 1, low: 0, qualifier: .about, sourceSet: 0, observed: false)
        b.append(date: Self.date(1), value: 2, sourceSet: 0)
        let p = b.build().keeping { $0 == 1 }
        #expect(p.values == [2] && p.sourceIndex == [0])
        #expect(p.lows.isEmpty && p.qualifiers.isEmpty && p.observed.isEmpty)
        #expect(p.invariantViolations.isEmpty)
    }
}
