import ReckonAnalysis
import ReckonModel
import Testing

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
}
