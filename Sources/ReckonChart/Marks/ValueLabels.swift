import ReckonAnalysis
import ReckonModel

extension PointLabels {
    /// The observed points of `p` these labels name, in order: the ones picked by place first (so the
    /// last, highest and lowest win a crowded spot), then the rest. `all` names every point while a
    /// label can stand beside each (at most one point per ``pixelsPerLabel`` of `plotWidth`); on a
    /// denser line it names the last, highest, lowest and first points, as a reader would pick them.
    func indices(_ p: Points, plotWidth: Double) -> [Int] {
        guard !isEmpty, p.count > 0 else { return [] }
        var picks = picks
        if picks.contains(.all) {
            if Double(p.count) <= plotWidth / Self.pixelsPerLabel {
                let last = p.count - 1
                return ([last] + (0..<last)).filter { p.isObserved($0) }
            }
            picks.formUnion([.last, .max, .min, .first])
        }
        var out: [Int] = []
        func add(_ i: Int?) { if let i, p.isObserved(i), !out.contains(i) { out.append(i) } }
        let valued = (0..<p.count).filter { p.hasValue($0) }
        if picks.contains(.last) { add(p.count - 1) }
        if picks.contains(.max) { add(valued.max { p.values[$0] < p.values[$1] }) }
        if picks.contains(.min) { add(valued.min { p.values[$0] < p.values[$1] }) }
        if picks.contains(.first) { add(0) }
        for day in days { add((0..<p.count).first { p.dates[$0].first <= day && day <= p.dates[$0].last }) }
        return out
    }
}

extension PointLabels {
    /// The least room along the time axis for each label of `all`, in pixels.
    static let pixelsPerLabel = 40.0
}

/// The value labels a point-like layer (line, step, area, points, range, band) asks for, beside its
/// points, whether or not the line shows markers.
enum ValueLabels {
    static func requests(_ layer: LayerData, _ c: MarkContext) -> [LabelRequest] {
        let p = layer.points
        // A layer whose points come from several sources says who gave each labelled value.
        let attributed = p.sourceSets.count > 1
        return layer.spec.labels.indices(p, plotWidth: c.plot.width).map { i in
            let who = attributed && !p.sources(i).isEmpty ? " (" + p.sources(i).joined(separator: ", ") + ")" : ""
            var request = LabelRequest(
                text: Wording.point(p, i, locale: c.locale) + ", " + c.locale.date(p.dates[i]) + who,
                anchor: Point(c.position(p.position(i)), c.y(anchorValue(p, i))), clearance: c.radius)
            // A line's latest value is what a reader looks for first.
            if i == p.count - 1, p.count > 1 { request.priority = 1 }
            return request
        }
    }

    /// Where a label of point `i` points: its value, or for a range the middle of its whisker.
    static func anchorValue(_ p: Points, _ i: Int) -> Double {
        if p.hasValue(i) { return p.values[i] }
        switch (p.low(i), p.high(i)) {
        case (let low?, let high?): return (low + high) / 2
        case (let bound?, nil), (nil, let bound?): return bound
        case (nil, nil): return p.values[i]
        }
    }
}
