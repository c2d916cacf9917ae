import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// A long line reduced to its pixel columns on two threads keeps the points one pass keeps
/// (`LineMark.reduced`): the run is split where a column starts afresh, whatever the widths, the
/// values' ties and how the days crowd the columns.
struct LineReductionTests {
    /// `count` points a day from 2000-01-01, `repeats` points a day (the same day again), with values
    /// from a seeded walk over `levels` levels, so that lows and highs tie.
    static func points(count: Int, repeats: Int, levels: UInt64, seed: UInt64) -> Points {
        var random = SeededGenerator(seed: seed)
        var b = Points.Builder(kind: .level)
        let start = Day(year: 2000, month: 1, day: 1)!
        for i in 0..<count {
            b.append(date: ObservationDate(start + i / repeats), value: Double(random.next() % levels))
        }
        return b.build()
    }

    static func context(width: Double, points p: Points, twoThreads: Bool) -> MarkContext {
        let last = Double(p.dates[p.count - 1].last.ordinal) + 1
        let domain = Double(p.dates[0].first.ordinal)...last
        let plot = Rect(x: 40, y: 10, width: width, height: 300)
        var spec = ChartSpec(id: "line")
        spec.width = Int(width) + 80
        return MarkContext(
            x: Scale(domain: domain, start: plot.x, end: plot.maxX), y: Scale(domain: 0...1000, start: plot.maxY, end: plot.y),
            plot: plot, theme: Theme(spec), measure: FixedMetrics(), format: .number, step: 100, onTwoThreads: twoThreads)
    }

    @Test(
        .enabled(if: TwoThreads.available, "the halves are split where two processors are active"),
        arguments: [(300, 1, 1000), (1100, 1, 5), (640, 3, 2), (375, 50, 1000), (7, 1, 3)])
    func twoThreadsKeepWhatOnePassKeeps(_ width: Int, _ repeats: Int, _ levels: Int) throws {
        do {
            let seed = UInt64(width)
            let p = Self.points(count: 100_001, repeats: repeats, levels: UInt64(levels), seed: seed)
            let run = 0...(p.count - 1)
            let inOrder = LayerExtent(p, onTwoThreads: false).singleDaysInOrder
            let one = LineMark.reduced(
                p, run, Self.context(width: Double(width), points: p, twoThreads: false), columns: width,
                singleDaysInOrder: inOrder)
            let two = LineMark.reduced(
                p, run, Self.context(width: Double(width), points: p, twoThreads: true), columns: width,
                singleDaysInOrder: inOrder)
            #expect(one.count > 2 * width && one.count <= 4 * width, "width \(width), seed \(seed)")
            #expect(two == one, "width \(width), repeats \(repeats), seed \(seed)")
        }
    }

    /// A line of single days in order is reduced by finding where each column ends rather than each
    /// point's column (`LineMark.forEachIndexWithColumn`): the indexes kept are those of adding every point with its
    /// position, on one thread and on two, for days one after another, days with gaps, values tied
    /// across columns, and a time axis drawn right to left.
    @Test(arguments: [(300, 1, 1000, false), (1100, 3, 5, false), (640, 40, 2, false), (7, 1, 3, false), (500, 2, 50, true)])
    func columnsFoundWhereTheyEndKeepWhatEveryPointKeeps(_ width: Int, _ gap: Int, _ levels: Int, _ reversed: Bool) {
        var random = SeededGenerator(seed: UInt64(width * gap))
        var b = Points.Builder(kind: .level)
        let start = Day(year: 1990, month: 1, day: 1)!
        var day = 0
        for _ in 0..<150_001 {
            b.append(date: ObservationDate(start + day), value: Double(random.next() % UInt64(levels)))
            day += gap == 1 ? 1 : 1 + Int(random.next() % UInt64(gap))
        }
        let p = b.build()
        // The points take the shortcut: their extent finds them single days in order.
        #expect(LayerExtent(p, onTwoThreads: false).singleDaysInOrder)
        #expect(p.dates.withUnsafeBufferPointer { LineMark.areSingleDaysInOrder($0, 0..<p.count) })
        for twoThreads in [false, true] {
            var c = Self.context(width: Double(width), points: p, twoThreads: twoThreads)
            if reversed { c.x = Scale(domain: c.x.domain, start: c.plot.maxX, end: c.plot.x) }
            var expected = Downsampling.M4(range: c.plot.x...c.plot.maxX, columns: width)
            for i in 0..<p.count { expected.add(x: c.position(p.position(i)), y: c.y(p.values[i])) }
            let kept = LineMark.reduced(p, 0...(p.count - 1), c, columns: width, singleDaysInOrder: true)
            #expect(
                kept == expected.finish(), "width \(width), gaps up to \(gap), reversed \(reversed), two threads \(twoThreads)")
            // Point by point, the same.
            #expect(LineMark.reduced(p, 0...(p.count - 1), c, columns: width, singleDaysInOrder: false) == kept)
        }
    }

    /// `forEachIndexWithColumn` gives every index once, in order, with its own column, for columns that rise, fall,
    /// stay or jump.
    @Test func everyIndexIsGivenItsColumn() {
        let columns: [(String, (Int) -> Int)] = [
            ("rising", { $0 / 7 }), ("falling", { 1000 - $0 / 3 }), ("one", { _ in 4 }), ("jumps", { $0 < 50 ? 0 : 9 }),
            ("each its own", { $0 * 2 }),
        ]
        for (name, column) in columns {
            for range in [0..<0, 0..<1, 3..<4, 0..<100, 17..<1000] {
                var seen: [(Int, Int)] = []
                LineMark.forEachIndexWithColumn(in: range, columnOf: column) { seen.append(($0, $1)) }
                #expect(seen.map(\.0) == Array(range), "\(name), \(range)")
                #expect(seen.allSatisfy { $0.1 == column($0.0) }, "\(name), \(range)")
            }
        }
    }

    /// Only single days, each after the one before, take the shortcut.
    @Test func singleDaysInOrderRejectRepeatsReversalsAndPeriods() {
        let d = Day(year: 2025, month: 3, day: 1)!
        let cases: [([ObservationDate], Bool)] = [
            ([], true), ([ObservationDate(d)], true), ([ObservationDate(d), ObservationDate(d + 2)], true),
            ([ObservationDate(d), ObservationDate(d)], false), ([ObservationDate(d + 1), ObservationDate(d)], false),
            ([ObservationDate(d), ObservationDate(Period(unit: .month, first: d))], false),
            ([ObservationDate(Period(unit: .month, first: d)), ObservationDate(d + 40)], false),
        ]
        for (dates, expected) in cases {
            #expect(dates.withUnsafeBufferPointer { LineMark.areSingleDaysInOrder($0, 0..<dates.count) } == expected, "\(dates)")
        }
    }
}
