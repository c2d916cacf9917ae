import ReckonAnalysis
import ReckonModel

extension PointLabels {
    /// The observed points of `p` these labels name, in order: the ones picked by place first (so the
    /// last, highest and lowest win a crowded spot), then the rest. `all` names every point only while
    /// the points are sparse enough to tell apart (at most one per 6 pixels of `plotWidth`, the rule for
    /// markers): a label for each of a million points would be measured and then dropped.
    func indices(_ p: Points, plotWidth: Double) -> [Int] {
        guard !isEmpty, p.count > 0 else { return [] }
        if picks.contains(.all), Double(p.count) <= plotWidth / 6 { return (0..<p.count).filter { p.isObserved($0) } }
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

/// The value labels a point-like layer (line, step, area, points, range, band) asks for, beside its
/// points, whether or not the line shows markers.
enum ValueLabels {
    static func requests(_ layer: LayerData, _ c: MarkContext) -> [LabelRequest] {
        let p = layer.points
        return layer.spec.labels.indices(p, plotWidth: c.plot.width).map { i in
            LabelRequest(
                text: Wording.point(p, i, locale: c.locale) + ", " + c.locale.date(p.dates[i]),
                anchor: Point(c.position(p.position(i)), c.y(p.values[i])), clearance: c.radius)
        }
    }
}
