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
            let one = LineMark.reduced(p, run, Self.context(width: Double(width), points: p, twoThreads: false), columns: width)
            let two = LineMark.reduced(p, run, Self.context(width: Double(width), points: p, twoThreads: true), columns: width)
            #expect(one.count > 2 * width && one.count <= 4 * width, "width \(width), seed \(seed)")
            #expect(two == one, "width \(width), repeats \(repeats), seed \(seed)")
        }
    }
}
