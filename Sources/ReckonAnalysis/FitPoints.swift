/// The points a trend fits: positions and values of the points with a value, without incomplete
/// periods unless asked, optionally up to a position, in the order of their positions.
struct FitPoints {
    var xs: [Double] = []
    var ys: [Double] = []
    var leftOutIncomplete = 0
    var leftOutRanges = 0

    init(_ all: Points, includeIncomplete: Bool, upTo end: Double = .infinity) {
        let (valued, ranges) = all.valued()
        leftOutRanges = ranges
        var p = valued
        if !includeIncomplete, !p.complete.isEmpty {
            let complete = p.selectedByIndex { p.isComplete($0) }
            leftOutIncomplete = p.count - complete.count
            p = complete
        }
        let positions = p.positions()
        xs.reserveCapacity(p.count)
        ys.reserveCapacity(p.count)
        var sorted = true
        for i in 0..<p.count where !p.values[i].isNaN && positions[i] <= end {
            if let last = xs.last, positions[i] < last { sorted = false }
            xs.append(positions[i])
            ys.append(p.values[i])
        }
        if !sorted {
            let order = xs.indices.sorted { xs[$0] < xs[$1] }
            (xs, ys) = (order.map { xs[$0] }, order.map { ys[$0] })
        }
    }
}
