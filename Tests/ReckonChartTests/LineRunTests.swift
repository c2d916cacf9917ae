import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// Where every point of a line is a knot, its runs and interpolated stretches are found from the days
/// that are missing (`LineMark.runEnd`, `missingDaysAreBridged`); they are the runs and stretches the
/// per-point way finds, whatever the gaps, the cadence and `max-gap`.
struct LineRunTests {
    /// `count` levels from 2020-01-01 on, apart by steps drawn from `steps`; seeded.
    static func layer(count: Int, steps: [Int], seed: UInt64, cadence: Double, maxGap: Int?) throws -> LayerData {
        var random = SeededGenerator(seed: seed)
        var b = Points.Builder(kind: .level)
        var day = Day(year: 2020, month: 1, day: 1)!
        for i in 0..<count {
            b.append(date: ObservationDate(day), value: Double(i % 17), qualifier: i % 5 == 0 ? .about : nil)
            day = day + steps[Int(random.next() % UInt64(steps.count))]
        }
        let points = b.build()
        var spec = LayerSpec(series: try SeriesID("line"))
        spec.query.maxGap = maxGap
        let series = Series(id: try SeriesID("line"), metadata: SeriesMetadata(title: "Line", kind: .level), observations: [])
        var data = LayerData(
            spec: spec, series: series, points: points, trend: nil, color: Color(0, 0, 0), name: "Line", onTwoThreads: false)
        data.cadence = Cadence(days: cadence)
        return data
    }

    /// The run's end the per-point way: while the next point is contiguous.
    static func runEndPointByPoint(_ p: Points, from start: Int, cadence: Cadence) -> Int {
        var end = start
        while end + 1 < p.count, Marks.contiguous(p, end, cadence: cadence) { end += 1 }
        return end
    }

    static let shapes: [(steps: [Int], cadence: Double, maxGap: Int?)] = [
        ([1], 1, nil),
        ([1, 1, 1, 1, 2], 1, nil),
        ([1, 1, 3, 9], 1, 5),
        ([7, 7, 7, 8, 14], 7, nil),
        ([28, 30, 31, 31, 62], 30, 45),
        ([1, 40], 1, 30),
    ]

    @Test(arguments: 0..<shapes.count)
    func runsEndWhereThePointByPointWayEndsThem(_ shape: Int) throws {
        let (steps, cadence, maxGap) = Self.shapes[shape]
        for seed in 1...4 as ClosedRange<UInt64> {
            let layer = try Self.layer(count: 400, steps: steps, seed: seed, cadence: cadence, maxGap: maxGap)
            let p = layer.points
            #expect(LineMark.everyPointIsAKnot(p))
            var start = 0
            while start < p.count {
                let end = LineMark.runEnd(p, from: start, cadence: layer.cadence)
                #expect(end == Self.runEndPointByPoint(p, from: start, cadence: layer.cadence), "seed \(seed), from \(start)")
                start = end + 1
            }
            #expect(LineMark.missingDaysAreBridged(layer) == LineMark.anyStretchIsBridged(layer), "seed \(seed)")
        }
    }

    @Test func aBoundOrARangeIsNotAKnot() throws {
        var b = Points.Builder(kind: .level)
        let first = Day(year: 2024, month: 5, day: 1)!
        b.append(date: ObservationDate(first), value: 1)
        b.append(date: ObservationDate(first + 1), value: 2, qualifier: .atLeast)
        #expect(!LineMark.everyPointIsAKnot(b.build()))
        var c = Points.Builder(kind: .level)
        c.append(date: ObservationDate(first), value: 1)
        c.append(date: ObservationDate(first + 1), value: 2, low: 1, high: 3, rangeOnly: true)
        #expect(!LineMark.everyPointIsAKnot(c.build()))
        // A layer answers from the qualifiers it found once, found again when its points change.
        var layer = try Self.layer(count: 10, steps: [1], seed: 1, cadence: 1, maxGap: nil)
        #expect(LineMark.everyPointIsAKnot(layer) && layer.qualifiers == [.about])
        layer.points = b.build()
        #expect(!LineMark.everyPointIsAKnot(layer) && layer.qualifiers == [.atLeast])
        layer.points = c.build()
        #expect(!LineMark.everyPointIsAKnot(layer) && layer.qualifiers == [])
    }

    /// A daily line with one week missing draws an interpolated stretch; with `max-gap` shorter than
    /// the week it does not; without the gap there is none.
    @Test func aMissingWeekIsBridgedUnlessMaxGapForbidsIt() throws {
        let gap = try Self.layer(count: 50, steps: [1], seed: 1, cadence: 1, maxGap: nil)
        #expect(!LineMark.missingDaysAreBridged(gap))
        var b = Points.Builder(kind: .level)
        let first = Day(year: 2024, month: 5, day: 1)!
        for i in 0..<20 { b.append(date: ObservationDate(first + (i < 10 ? i : i + 7)), value: Double(i)) }
        var bridged = gap
        bridged.points = b.build()
        #expect(LineMark.missingDaysAreBridged(bridged))
        bridged.spec.query.maxGap = 5
        #expect(!LineMark.missingDaysAreBridged(bridged))
    }

    /// A long line's first missing day: the first `LineMark.searchedAlone` points on one thread, the rest
    /// in halves at once; the first after `from`, wherever the gaps fall beside the stretch and the middle.
    @Test(.enabled(if: TwoThreads.available))
    func theFirstGapIsFoundInHalvesAtOnce() {
        let s = LineMark.searchedAlone
        let count = 3 * s + 1
        let gaps = [[], [s * 3 / 10], [s * 3 / 2], [s * 3 / 10, s * 3 / 2], [s - 1], [s], [s + 1], [s * 5 / 2], [count - 2]]
        for gaps in gaps {
            var b = Points.Builder(kind: .level)
            var day = Day(year: 1900, month: 1, day: 1)!
            for i in 0..<count {
                b.append(date: ObservationDate(day), value: Double(i % 13))
                day = day + (gaps.contains(i) ? 3 : 1)
            }
            let p = b.build()
            for from in [0, s * 2 / 5, s, s * 3 / 2 + 1, count - 1] {
                let expected = gaps.first { $0 >= from }
                #expect(LineMark.firstGap(p, from: from, onTwoThreads: true) == expected, "gaps \(gaps), from \(from)")
                #expect(LineMark.firstGap(p, from: from) == expected, "gaps \(gaps), from \(from)")
            }
        }
    }

    /// A long line's qualifiers, looked through in halves at once: each found wherever it sits.
    @Test(.enabled(if: TwoThreads.available))
    func theQualifiersAreFoundInHalvesAtOnce() {
        let count = 2 * TwoThreads.indicesForTwoThreads + 1
        let cases: [([Int: Qualifier], Set<Qualifier>)] = [
            ([:], [.about]), ([0: .atLeast], [.about, .atLeast]), ([count - 1: .atMost], [.about, .atMost]),
            ([100_000: .atLeast, 100_001: .atMost], [.about, .atLeast, .atMost]),
        ]
        for (placed, expected) in cases {
            var column = [Qualifier?](repeating: .about, count: count)
            for (i, q) in placed { column[i] = q }
            #expect(Qualifier.found(in: column, onTwoThreads: true) == expected, "\(placed)")
            #expect(Qualifier.found(in: column) == expected, "\(placed)")
        }
        #expect(Qualifier.found(in: [Qualifier?](repeating: nil, count: count), onTwoThreads: true) == [])
    }
}
