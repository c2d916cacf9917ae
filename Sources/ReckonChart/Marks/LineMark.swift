import ReckonAnalysis
import ReckonModel

/// Lines, steps and areas. Stretches between points with no day missing are drawn solid; stretches
/// across missing days are interpolated and drawn dashed and lighter, along the layer's
/// interpolation; gaps longer than `max-gap` are left open. A line passes a range estimate (through
/// its middle) or an "at least"/"at most" bound only in that interpolated style, never solid: neither
/// is a value to join. Range estimates are drawn as whiskers whether or not the line shows its
/// points. Lines with more points than pixel columns are reduced with M4 first, which draws the same
/// pixels.
enum LineMark {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        guard !p.isEmpty else { return out }
        let stroke = Stroke(layer.color, width: c.lineWidth, dash: layer.dash)
        let baseline = c.y(c.y.log ? c.y.domain.lowerBound : max(c.y.domain.lowerBound, min(0, c.y.domain.upperBound)))
        let columns = max(1, Int(c.plot.width))
        var curve: Interpolator?
        var start = 0
        while start < p.count {
            var end = start
            while end + 1 < p.count, Marks.contiguous(p, end, cadence: layer.cadence), isKnot(p, end), isKnot(p, end + 1),
                !layer.openAfter.contains(end)
            {
                end += 1
            }
            // One run of contiguous points.
            var xs: [Double] = []
            var ys: [Double] = []
            xs.reserveCapacity(end - start + 1)
            ys.reserveCapacity(end - start + 1)
            for i in start...end {
                xs.append(c.position(p.position(i)))
                ys.append(c.y(p.values[i]))
            }
            if xs.count > 4 * columns {
                let keep = Downsampling.m4(xs: xs, ys: ys, range: c.plot.x...c.plot.maxX, columns: columns)
                xs = keep.map { xs[$0] }
                ys = keep.map { ys[$0] }
            }
            var line = zip(xs, ys).map { Point($0, $1) }
            if layer.spec.mark == .step { line = steps(line) }
            if layer.spec.mark == .area, line.count > 1 {
                out.add(
                    Path(
                        [.move(Point(line[0].x, baseline))] + line.map { .line($0) } + [
                            .line(Point(line[line.count - 1].x, baseline)), .close,
                        ],
                        fill: layer.color.opacity(0.25)))
            }
            if line.count > 1 {
                out.add(.polyline(line, stroke: stroke))
                out.marks.append(SceneMark(kind: kind(layer.spec.mark), box: Rect.around(line)))
            }
            // The stretch to the next run, interpolated.
            if end + 1 < p.count, let stretch = interpolated(layer, from: end, curve: &curve, c) {
                out.add(.polyline(stretch, stroke: Stroke(layer.color.opacity(0.55), width: c.lineWidth, dash: [6, 5])))
                out.marks.append(SceneMark(kind: .line, box: Rect.around(stretch), interpolated: true))
            }
            start = end + 1
        }
        let markers = drawsMarkers(layer, plotWidth: c.plot.width)
        if layer.showsPoints, markers || p.hasRangeOnly {
            let points = PointMark.draw(
                layer, c, whiskers: false, only: markers ? nil : p.rangeOnly.indices.filter { p.rangeOnly[$0] })
            out.items += points.items
            out.marks += points.marks
        }
        return out
    }

    /// The scene's name for a line mark.
    static func kind(_ mark: LayerSpec.Mark) -> SceneMark.Kind {
        switch mark {
        case .step: .step
        case .area: .area
        default: .line
        }
    }

    /// Whether point `i` is a value a solid line may join: not a range, not a bound.
    static func isKnot(_ p: Points, _ i: Int) -> Bool {
        p.hasValue(i) && (p.qualifiers.isEmpty || (p.qualifiers[i] != .atLeast && p.qualifiers[i] != .atMost))
    }

    /// The interpolated curve from point `i` to point `i + 1`, or nil when the layer does not bridge it.
    static func interpolated(
        _ layer: LayerData, from i: Int, curve: inout Interpolator?, _ c: MarkContext
    ) -> [Point]? {
        let q = layer.spec.query
        guard q.interpolate != .none, layer.points.kind != .count, !layer.openAfter.contains(i) else { return nil }
        let (x0, x1) = (layer.points.position(i), layer.points.position(i + 1))
        if let maxGap = q.maxGap, x1 - x0 > Double(maxGap) { return nil }
        let (y0, y1) = (layer.points.values[i], layer.points.values[i + 1])
        switch q.interpolate {
        case .step:
            return [Point(c.position(x0), c.y(y0)), Point(c.position(x1), c.y(y0)), Point(c.position(x1), c.y(y1))]
        case .linear, .none:
            return [Point(c.position(x0), c.y(y0)), Point(c.position(x1), c.y(y1))]
        case .monotone:
            // Sample the layer's PCHIP curve (made once, over all its points) every few pixels.
            if curve == nil {
                curve = Interpolator(xs: layer.points.positions(), ys: layer.points.values, method: .monotone, maxGap: q.maxGap)
            }
            let full = curve!
            let pixels = c.position(x1) - c.position(x0)
            let samples = min(4_000, max(2, Int(saturating: pixels / 3)))
            return (0...samples).map { k in
                let x = x0 + (x1 - x0) * Double(k) / Double(samples)
                return Point(c.position(x), c.y(full.value(at: x) ?? y0))
            }
        }
    }

    /// Whether a line shows its observed points as markers: when they are sparse enough to tell apart.
    static func drawsMarkers(_ layer: LayerData, plotWidth: Double) -> Bool {
        layer.showsPoints && Double(layer.points.count) <= plotWidth / 6
    }

    /// A step line: each value holds until the next point.
    static func steps(_ line: [Point]) -> [Point] {
        var out: [Point] = []
        for (i, p) in line.enumerated() {
            if i > 0 { out.append(Point(p.x, line[i - 1].y)) }
            out.append(p)
        }
        return out
    }

    /// Whether the layer's line passes a range or a bound (in the interpolated style), for the legend.
    static func passesRangesOrBounds(_ layer: LayerData) -> Bool {
        guard layer.trend == nil, [.line, .step, .area].contains(layer.spec.mark), layer.spec.query.interpolate != .none,
            layer.points.kind != .count, layer.points.count > 1
        else { return false }
        return (0..<layer.points.count).contains { !isKnot(layer.points, $0) }
    }

    /// Whether the layer draws any interpolated stretch, for the legend.
    static func hasInterpolatedStretches(_ layer: LayerData) -> Bool {
        guard layer.trend == nil, [.line, .step, .area].contains(layer.spec.mark), layer.spec.query.interpolate != .none,
            layer.points.kind != .count, layer.points.count > 1
        else { return false }
        let p = layer.points
        for i in 0..<(p.count - 1) where !Marks.contiguous(p, i, cadence: layer.cadence) || !isKnot(p, i) || !isKnot(p, i + 1) {
            if let maxGap = layer.spec.query.maxGap, p.position(i + 1) - p.position(i) > Double(maxGap) { continue }
            return true
        }
        return false
    }
}
