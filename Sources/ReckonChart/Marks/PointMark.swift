import ReckonAnalysis

/// Points (and ranges, with whiskers): each observed point as a marker shaped by its qualifier; a level
/// or a count dated with a period also shows its period as a horizontal span. A point that gave only a
/// range is drawn as its range (a whisker), never as a dot, whatever the mark; over a period, as a box
/// from its low to its high across the period.
enum PointMark: MarkKind {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = draw(layer, c, whiskers: false)
        out.labels += ValueLabels.requests(layer, c)
        return out
    }

    /// Every point is a marker.
    static func look(_ layer: LayerData, plotWidth: Double) -> LayerLook { LayerLook(markers: true) }

    /// A plain marker.
    static func key(_ layer: LayerData) -> Legend.Swatch { .marker(nil, layer.color) }

    /// Markers need room at the plot's edges.
    static func needsRoom(_ layer: LayerData) -> Bool { true }

    /// Points lie above every other mark.
    static func depth(_ layer: LayerData) -> Int { 3 }

    /// The points' markers, and their whiskers when `whiskers` is true.
    /// - Parameter only: the points to draw (all by default).
    static func draw(_ layer: LayerData, _ c: MarkContext, whiskers: Bool, only: [Int]? = nil) -> Drawn {
        var out = Drawn()
        let p = layer.points
        let r = c.radius
        for i in only ?? Array(0..<p.count) {
            let date = p.dates[i]
            let center = Point(c.position(p.position(i)), c.y(p.values[i]))
            // A line through a regular series of periods shows their sequence itself: no span each.
            let regularLine = layer.cadence.days > 1 && [.line, .step, .area].contains(layer.spec.mark)
            let spans = p.kind != .cumulative && !p.atPeriodEnd && date.dayCount > 1 && !regularLine
            if spans, p.hasValue(i) {
                let x0 = c.x(Double(date.first.ordinal)), x1 = c.x(Double(date.last.ordinal) + 1)
                out.add(
                    Path(
                        [
                            .move(Point(x0, center.y)), .line(Point(x1, center.y)), .move(Point(x0, center.y - r)),
                            .line(Point(x0, center.y + r)),
                            .move(Point(x1, center.y - r)), .line(Point(x1, center.y + r)),
                        ],
                        stroke: Stroke(layer.color.opacity(0.7), width: max(1.5, c.lineWidth * 0.8))))
            }
            var box = Rect(x: center.x - r, y: center.y - r, width: 2 * r, height: 2 * r)
            var ranged = false
            if !p.hasValue(i), spans, let low = p.low(i), let high = p.high(i) {
                // A range over a period: somewhere between its bounds, at some time in the period.
                let x0 = c.x(Double(date.first.ordinal)), x1 = c.x(Double(date.last.ordinal) + 1)
                let (y0, y1) = (c.y(low), c.y(high))
                box = Rect(x: x0, y: min(y0, y1), width: x1 - x0, height: abs(y0 - y1))
                out.add(
                    .rect(box, fill: layer.color.opacity(0.15), stroke: Stroke(layer.color, width: max(1.5, c.lineWidth * 0.8))))
                ranged = true
            } else if !p.hasValue(i) {
                let paths = RangeWhisker.paths(
                    x: center.x, low: p.low(i), high: p.high(i), color: layer.color, radius: r, width: max(1.5, c.lineWidth), c)
                for path in paths { out.add(path) }
                box = Rect.around(paths.flatMap(\.points))
                ranged = true
            } else if whiskers, let low = p.low(i) ?? p.high(i).map({ _ in p.values[i] }),
                let high = p.high(i) ?? p.low(i).map({ _ in p.values[i] })
            {
                let (y0, y1) = (c.y(low), c.y(high))
                out.add(
                    Path(
                        [
                            .move(Point(center.x, y0)), .line(Point(center.x, y1)), .move(Point(center.x - r, y0)),
                            .line(Point(center.x + r, y0)),
                            .move(Point(center.x - r, y1)), .line(Point(center.x + r, y1)),
                        ],
                        stroke: Stroke(layer.color, width: max(1.25, c.lineWidth * 0.7))))
                box = box.union(Rect.around([Point(center.x - r, y0), Point(center.x + r, y1)]))
                ranged = true
            }
            let qualifier = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
            let marked = p.isObserved(i) && p.hasValue(i)
            if marked {
                let paths = Marker.paths(
                    at: center, qualifier: qualifier, color: layer.color, radius: r, background: c.theme.background)
                for path in paths { out.add(path) }
                box = box.union(Rect.around(paths.flatMap(\.points)).insetBy(-r))
            }
            guard marked || ranged else { continue }
            out.marks.append(
                SceneMark(
                    kind: ranged ? .range : .point, box: box, date: p.dates[i].description, value: p.value(i), low: p.low(i),
                    high: p.high(i), qualifier: qualifier?.rawValue, sources: p.sources(i), interpolated: !p.isObserved(i)))
        }
        return out
    }
}

/// Ranges: points with a whisker from each one's low to its high (see ``PointMark``).
enum RangeMark: MarkKind {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = PointMark.draw(layer, c, whiskers: true)
        out.labels += ValueLabels.requests(layer, c)
        return out
    }

    /// Every point is a marker.
    static func look(_ layer: LayerData, plotWidth: Double) -> LayerLook { LayerLook(markers: true) }

    /// A plain marker, as for points.
    static func key(_ layer: LayerData) -> Legend.Swatch { .marker(nil, layer.color) }

    /// Markers need room at the plot's edges.
    static func needsRoom(_ layer: LayerData) -> Bool { true }

    /// Points lie above every other mark.
    static func depth(_ layer: LayerData) -> Int { 3 }
}
