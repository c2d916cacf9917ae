import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonAnalysis

struct DownsamplingTests {
    /// The lowest and highest y that a polyline reaches in each of `columns` columns, counting the
    /// points where its segments cross column edges.
    func columnExtents(_ xs: [Double], _ ys: [Double], _ range: ClosedRange<Double>, _ columns: Int) -> [ClosedRange<Double>?] {
        let width = (range.upperBound - range.lowerBound) / Double(columns)
        var extents = [ClosedRange<Double>?](repeating: nil, count: columns)
        func add(_ column: Int, _ y: Double) {
            guard (0..<columns).contains(column) else { return }
            extents[column] = extents[column].map { min($0.lowerBound, y)...max($0.upperBound, y) } ?? y...y
        }
        func column(_ x: Double) -> Int { min(columns - 1, Int(((x - range.lowerBound) / width).rounded(.down))) }
        for i in xs.indices {
            add(column(xs[i]), ys[i])
            guard i + 1 < xs.count else { continue }
            let (c0, c1) = (column(xs[i]), column(xs[i + 1]))
            if c0 != c1 {
                for edge in (c0 + 1)...c1 {
                    let xe = range.lowerBound + Double(edge) * width
                    let y = ys[i] + (ys[i + 1] - ys[i]) * (xe - xs[i]) / (xs[i + 1] - xs[i])
                    add(edge - 1, y)
                    add(edge, y)
                }
            }
        }
        return extents
    }

    @Test(arguments: [50, 320, 1200])
    func m4DrawsTheSameColumnsAsTheFullLine(_ columns: Int) throws {
        let points = try Query.run(
            try Oracle.series("ru-drones-downed"),
            {
                var o = QueryOptions(); o.diff = true; return o
            }()
        ).points
        let xs = points.positions(), ys = points.values
        let range = xs[0]...xs[xs.count - 1]
        let keep = Downsampling.m4(xs: xs, ys: ys, range: range, columns: columns)
        #expect(keep.count <= 4 * columns)
        #expect(keep.first == 0 && keep.last == xs.count - 1)
        #expect(keep == keep.sorted() && Set(keep).count == keep.count)
        let full = columnExtents(xs, ys, range, columns)
        let reduced = columnExtents(keep.map { xs[$0] }, keep.map { ys[$0] }, range, columns)
        for c in 0..<columns {
            let (a, b) = (full[c], reduced[c])
            #expect(a != nil && b != nil)
            if let a, let b {
                #expect(close(a.lowerBound, b.lowerBound) && close(a.upperBound, b.upperBound), "column \(c): \(a) vs \(b)")
            }
        }
    }

    @Test func m4KeepsEveryPointWhenThereAreFew() {
        #expect(Downsampling.m4(xs: [0, 1, 2], ys: [1, 2, 3], range: 0...2, columns: 10) == [0, 1, 2])
    }

    /// M4 over whole runs of points, as it was first written: the reference the reduction as the
    /// points arrive is checked against. A break (NaN) is kept alone; every run of other points in one
    /// column keeps its first, lowest, highest and last point.
    static func m4OverRuns(xs: [Double], ys: [Double], range: ClosedRange<Double>, columns: Int) -> [Int] {
        let width = (range.upperBound - range.lowerBound) / Double(columns)
        func column(_ x: Double) -> Int {
            width > 0 ? min(columns - 1, max(0, Int(((x - range.lowerBound) / width).rounded(.down)))) : 0
        }
        var keep: [Int] = []
        var i = 0
        while i < xs.count {
            if ys[i].isNaN {
                keep.append(i)
                i += 1
                continue
            }
            var j = i
            var lo = i, hi = i
            while j + 1 < xs.count, !ys[j + 1].isNaN, column(xs[j + 1]) == column(xs[i]) {
                j += 1
                if ys[j] < ys[lo] { lo = j }
                if ys[j] > ys[hi] { hi = j }
            }
            keep += Set([i, lo, hi, j]).sorted()
            i = j + 1
        }
        return keep
    }

    /// Random lines of more than four points a column (the line mark reduces only those, as the
    /// points arrive): wandering, flat, with steps and with breaks (NaN), some points outside the
    /// range. The reduction keeps what M4 over whole runs keeps, and `m4` keeps the same.
    @Test func m4AsThePointsArriveKeepsWhatM4OverRunsKeeps() {
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
            let expected = Self.m4OverRuns(xs: xs, ys: ys, range: range, columns: columns)
            var reduction = Downsampling.M4(range: range, columns: columns)
            for i in xs.indices { reduction.add(x: xs[i], y: ys[i]) }
            #expect(reduction.finish() == expected, "trial \(trial): \(count) points, \(columns) columns")
            #expect(Downsampling.m4(xs: xs, ys: ys, range: range, columns: columns) == expected, "trial \(trial)")
        }
    }

    /// A point's column is its offset's whole part, rounded down, within the columns, as `floor` gives
    /// it; a point left of the first column or a NaN falls in the first, one right of the last in the last.
    @Test func m4PutsAPointInTheColumnFloorPutsItIn() {
        let m4 = Downsampling.M4(range: 0...100, columns: 10)
        var random = SeededGenerator(seed: 41)
        var offsets: [Double] = [-0.0, 0, -0.5, -1, -1e9, 0.999_999, 1, 8.5, 9, 9.999, 10, 1e9, .infinity, -.infinity]
        for _ in 0..<10_000 { offsets.append(Double.random(in: -3...13, using: &random)) }
        for q in offsets {
            #expect(m4.columnIndex(at: q) == min(9, max(0, Int(q.rounded(.down).clamped(-1, 1e6)))), "\(q)")
        }
        #expect(m4.columnIndex(at: .nan) == 0)
    }

    /// Each column keeps its first, lowest, highest and last point once each, in their order (the
    /// first of equal values); a break is kept alone and the points after it start a column anew;
    /// points outside the range count in the first or last column.
    @Test func m4KeepsEachColumnsPointsOnceInOrder() {
        let points: [(x: Double, y: Double)] = [
            (0, 3), (1, 9), (2, 1), (3, 1), (4, 4),  // highest before lowest: all but the second 1
            (5, 2), (6, 2), (7, 2), (8, 2), (9, 2),  // flat: the first and the last
            (9.2, .nan),  // a break
            (9.5, 7), (20, 0),  // after the break, the last beyond the range
            (-5, 3),  // before the range: the first column again
        ]
        var reduction = Downsampling.M4(range: 0...10, columns: 2)
        for p in points { reduction.add(x: p.x, y: p.y) }
        #expect(reduction.finish() == [0, 1, 2, 4, 5, 9, 10, 11, 12, 13])
    }

    @Test func lttbAgreesWithTheReferenceImplementation() throws {
        let points = try Query.run(
            try Oracle.series("ru-drones-downed"),
            {
                var o = QueryOptions(); o.diff = true; return o
            }()
        ).points
        let keep = Downsampling.lttb(xs: points.positions(), ys: points.values, threshold: 200)
        #expect(keep == Oracle.numbers("drone_daily_lttb_200").map { Int($0) })
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

extension Double {
    /// The number within `low...high`.
    fileprivate func clamped(_ low: Double, _ high: Double) -> Double { Swift.min(high, Swift.max(low, self)) }
}
