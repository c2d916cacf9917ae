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

    @Test(arguments: [(300, 1, 1000), (1100, 1, 5), (640, 3, 2), (375, 50, 1000), (7, 1, 3)])
    func twoThreadsKeepWhatOnePassKeeps(_ width: Int, _ repeats: Int, _ levels: Int) {
        for seed in 1...3 as ClosedRange<UInt64> {
            let p = Self.points(count: 250_000, repeats: repeats, levels: UInt64(levels), seed: seed)
            let run = 0...(p.count - 1)
            let one = LineMark.reduced(p, run, Self.context(width: Double(width), points: p, twoThreads: false), columns: width)
            let two = LineMark.reduced(p, run, Self.context(width: Double(width), points: p, twoThreads: true), columns: width)
            #expect(one.count > 2 * width && one.count <= 4 * width, "width \(width), seed \(seed)")
            #expect(two == one, "width \(width), repeats \(repeats), seed \(seed)")
        }
    }

    /// Splitting a run of points after a break (a NaN) or at a change of column keeps what one pass keeps,
    /// taken straight from `Downsampling.M4`.
    @Test func aSplitWhereAColumnStartsAfreshKeepsTheSameIndexes() {
        var random = SeededGenerator(seed: 9)
        let xs = (0..<5000).map { i in Double(i) / 50 }
        let ys = (0..<5000).map { i in i % 97 == 0 ? Double.nan : Double(random.next() % 7) }
        let m4 = Downsampling.M4(range: 0...100, columns: 37)
        func reduce(_ part: Range<Int>) -> [Int] {
            var reduction = m4
            for i in part { reduction.add(x: xs[i], y: ys[i]) }
            return reduction.finish().map { $0 + part.lowerBound }
        }
        let whole = reduce(0..<5000)
        var splits = 0
        for i in 1..<5000 where m4.startsAfresh(x: xs[i], y: ys[i], after: (xs[i - 1], ys[i - 1])) {
            #expect(reduce(0..<i) + reduce(i..<5000) == whole, "split at \(i)")
            splits += 1
        }
        // Every break, the point after it, and each of the other columns' first points.
        #expect(splits > 100)
    }
}
