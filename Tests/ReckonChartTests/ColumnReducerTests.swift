import ReckonAnalysis
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// The line mark reduces a long line as it maps it; what it keeps must be what M4 keeps from the
/// whole line mapped first (the reduction the mark made before, tested against the full line's
/// pixel columns in DownsamplingTests).
struct ColumnReducerTests {
    /// Random lines of more than four points a column (the mark reduces only those): wandering, flat,
    /// with steps and with breaks (NaN), some points outside the range.
    @Test func keepsWhatM4Keeps() {
        var g = SeededGenerator()
        for trial in 0..<300 {
            let count = Int.random(in: 5...5_000, using: &g)
            let columns = Int.random(in: 1...(count / 5), using: &g)
            let range = 10.0...(10.0 + Double.random(in: 0...900, using: &g))
            var x = range.lowerBound - Double.random(in: 0...5, using: &g)
            var y = 0.0
            var xs: [Double] = [], ys: [Double] = []
            for _ in 0..<count {
                x += Double.random(in: 0...(2 * (range.upperBound - range.lowerBound) / Double(count)), using: &g)
                switch Int.random(in: 0..<20, using: &g) {
                case 0: ys.append(.nan)
                case 1: ys.append(y)
                default:
                    y += Double.random(in: -3...3, using: &g).rounded()
                    ys.append(y)
                }
                xs.append(x)
            }
            let expected = Downsampling.m4(xs: xs, ys: ys, range: range, columns: columns)
                .map { Point(xs[$0], ys[$0]) }
            var reducer = ColumnReducer(range: range, columns: columns, expected: count)
            for i in xs.indices { reducer.add(Point(xs[i], ys[i]), index: i) }
            let kept = reducer.finish()
            // NaN never equals itself: compare the points as their bits.
            let bits = { (points: [Point]) in points.map { [$0.x.bitPattern, $0.y.bitPattern] } }
            #expect(bits(kept) == bits(expected), "trial \(trial): \(count) points, \(columns) columns")
        }
    }
}
