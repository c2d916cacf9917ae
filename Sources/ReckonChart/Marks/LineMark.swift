import ReckonAnalysis
import ReckonModel

/// Lines, steps and areas. Stretches between points with no day missing are drawn solid; stretches
/// across missing days are interpolated and drawn dashed and lighter, along the layer's
/// interpolation; gaps longer than `max-gap` are left open. A line joins values only: it passes an
/// "at least"/"at most" bound only in that interpolated style, never solid, and it interpolates past a
/// range estimate from the value before it to the value after, never through the range's middle, which
/// no source gave; with no value beyond a range, the line stops. Range estimates are drawn as whiskers
/// whether or not the line shows its points. Lines with more points than pixel columns are reduced
/// with M4 first, which draws the same pixels.
enum LineMark: MarkKind {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = lines(layer, c)
        addPoints(layer, c, to: &out)
        out.labels += ValueLabels.requests(layer, c)
        return out
    }

    /// The line's runs of contiguous values, solid, and the interpolated stretches between them.
    static func lines(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        guard !p.isEmpty else { return out }
        let stroke = Stroke(layer.color, width: c.lineWidth, dash: layer.dash)
        let baseline = c.y(c.y.log ? c.y.domain.lowerBound : max(c.y.domain.lowerBound, min(0, c.y.domain.upperBound)))
        let columns = max(1, Int(c.plot.width))
        var curve: Interpolator?
        // Where every point is a knot and no run is cut, a run ends only where a day is missing: found
        // by ``runEnd(_:from:cadence:onTwoThreads:)`` without asking each point; where the layer's
        // extent found no day missing (``LayerExtent/noDayMissing``), the whole line is one run.
        let knotsOnly = layer.openAfter.isEmpty && everyPointIsAKnot(layer)
        let noDayMissing = layer.extent.noDayMissing
        var start = 0
        while start < p.count {
            // A range is not a value: no run starts at one.
            guard p.hasValue(start) else {
                start += 1
                continue
            }
            // The run's end; a point is a knot once it is in (the first is checked alone).
            var end = start
            let openAfter = layer.openAfter
            if knotsOnly {
                end = noDayMissing ? p.count - 1 : runEnd(p, from: start, cadence: layer.cadence, onTwoThreads: c.onTwoThreads)
            } else if isKnot(p, start) {
                while end + 1 < p.count, Marks.contiguous(p, end, cadence: layer.cadence), isKnot(p, end + 1),
                    openAfter.isEmpty || !openAfter.contains(end)
                {
                    end += 1
                }
            }
            // One run of contiguous points, in pixels; more than four a pixel column are reduced with
            // M4 as they are mapped, and only the points kept are mapped again.
            let point = { (i: Int) in Point(c.position(p.position(i)), c.y(p.values[i])) }
            var line: [Point]
            if end - start + 1 > 4 * columns {
                line = reduced(p, start...end, c, columns: columns, singleDaysInOrder: layer.extent.singleDaysInOrder).map(point)
            } else {
                line = (start...end).map(point)
            }
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
            // The stretch to the next value, past any range, interpolated.
            if let next = nextValue(p, after: end), let stretch = interpolated(layer, from: end, to: next, curve: &curve, c) {
                // An area is filled under its interpolated stretches too, lighter: sparse estimates
                // still draw an area.
                if layer.spec.mark == .area, let first = stretch.first, let last = stretch.last {
                    out.add(
                        Path(
                            [.move(Point(first.x, baseline))] + stretch.map { .line($0) } + [
                                .line(Point(last.x, baseline)), .close,
                            ], fill: layer.color.opacity(0.12)))
                    out.marks.append(SceneMark(kind: .area, box: Rect.around(stretch), interpolated: true))
                }
                out.add(.polyline(stretch, stroke: Stroke(layer.faded(0.55), width: c.lineWidth, dash: [6, 5])))
                out.marks.append(SceneMark(kind: .line, box: Rect.around(stretch), interpolated: true))
            }
            start = end + 1
        }
        return out
    }

    /// The line's points as markers when they are sparse enough to tell apart, and always its ranges
    /// as whiskers and its bounds ("at least", "at most") with their arrows: a line too dense for
    /// markers still says which of its values are bounds.
    static func addPoints(_ layer: LayerData, _ c: MarkContext, to out: inout Drawn) {
        let p = layer.points
        let markers = layer.look.markers
        let bounds =
            layer.qualifiers.isDisjoint(with: [.atLeast, .atMost])
            ? [] : p.qualifiers.indices.filter { p.qualifiers[$0] == .atLeast || p.qualifiers[$0] == .atMost }
        guard layer.showsPoints, markers || p.hasRangeOnly || !bounds.isEmpty else { return }
        let points = PointMark.draw(
            layer, c, whiskers: false,
            only: markers ? nil : (p.rangeOnly.indices.filter { p.rangeOnly[$0] } + bounds).sorted())
        out.items += points.items
        out.marks += points.marks
    }

    /// The scene's name for a line mark.
    static func kind(_ mark: LayerSpec.Mark) -> SceneMark.Kind {
        switch mark {
        case .step: .step
        case .area: .area
        default: .line
        }
    }

    /// The interpolated curve from point `i` to point `j` (the next with a value), or nil when the layer
    /// does not bridge it.
    static func interpolated(
        _ layer: LayerData, from i: Int, to j: Int, curve: inout Interpolator?, _ c: MarkContext
    ) -> [Point]? {
        let q = layer.spec.query
        guard q.interpolate != .none, layer.points.kind != .count, !(i..<j).contains(where: layer.openAfter.contains)
        else { return nil }
        let (x0, x1) = (layer.points.position(i), layer.points.position(j))
        if let maxGap = q.maxGap, x1 - x0 > Double(maxGap) { return nil }
        let (y0, y1) = (layer.points.values[i], layer.points.values[j])
        // A step line holds each value until the next estimate, across missing days too.
        switch layer.spec.mark == .step ? .step : q.interpolate {
        case .step:
            return [Point(c.position(x0), c.y(y0)), Point(c.position(x1), c.y(y0)), Point(c.position(x1), c.y(y1))]
        case .linear, .none:
            return [Point(c.position(x0), c.y(y0)), Point(c.position(x1), c.y(y1))]
        case .monotone:
            // Sample the layer's PCHIP curve (made once, over all its points) every few pixels.
            if curve == nil {
                // Through the values only: a range's middle is no knot.
                let p = layer.points
                let valued = p.hasRangeOnly ? (0..<p.count).filter { p.hasValue($0) } : Array(0..<p.count)
                let xs = p.positions()
                curve = Interpolator(
                    xs: valued.map { xs[$0] }, ys: valued.map { p.values[$0] }, method: .monotone, maxGap: q.maxGap)
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

    /// The line's look in a plot `plotWidth` wide: markers when its points are sparse enough to tell
    /// apart (one per 6 pixels at most), whether its points stand apart, and its solid and interpolated
    /// stretches.
    static func look(_ layer: LayerData, plotWidth: Double) -> LayerLook {
        let p = layer.points
        let pairs = 0..<max(0, p.count - 1)
        let knots = everyPointIsAKnot(layer)
        return LayerLook(
            markers: layer.showsPoints && Double(p.count) <= plotWidth / 6,
            separate: p.count > 0 && !pairs.contains { Marks.contiguous(p, $0, cadence: layer.cadence) },
            solid: pairs.contains {
                Marks.contiguous(p, $0, cadence: layer.cadence) && isKnot(p, $0) && isKnot(p, $0 + 1)
            },
            interpolated: hasInterpolatedStretches(layer, everyPointIsAKnot: knots),
            throughBounds: passesBounds(layer, everyPointIsAKnot: knots))
    }

    /// An area's key is a box of its fill; a line of separate estimates drawn with markers shows as its
    /// points; a line with no solid stretch is all interpolated, and its key says so.
    static func key(_ layer: LayerData) -> Legend.Swatch {
        if layer.spec.mark == .area { return .box(layer.color.opacity(0.4)) }
        let look = layer.look
        if look.separate, look.markers { return .marker(nil, layer.color) }
        if look.solid || layer.points.count < 2 { return .line(layer.color, dash: layer.dash) }
        return .line(layer.faded(0.55), dash: [6, 5])
    }

    /// Markers need room, except an area's, which stands on its baseline.
    static func needsRoom(_ layer: LayerData) -> Bool { layer.look.markers && layer.spec.mark != .area }

    /// Every qualifier where the line draws markers; without them, the bounds, which keep theirs.
    static func qualifiersShown(_ layer: LayerData) -> Set<Qualifier> {
        let all = layer.qualifiers
        return layer.look.markers ? all : all.intersection([.atLeast, .atMost])
    }

    /// An area lies beneath bars; a line or step above them.
    static func depth(_ layer: LayerData) -> Int { layer.spec.mark == .area ? 0 : 2 }

    /// A step line: each value holds until the next point.
    static func steps(_ line: [Point]) -> [Point] {
        var out: [Point] = []
        for (i, p) in line.enumerated() {
            if i > 0 { out.append(Point(p.x, line[i - 1].y)) }
            out.append(p)
        }
        return out
    }

    /// Whether the layer draws interpolated stretches at all: a line, step or area of a level or total
    /// with an interpolation, no trend, and two points or more.
    static func bridges(_ layer: LayerData) -> Bool {
        layer.trend == nil && [.line, .step, .area].contains(layer.spec.mark) && layer.spec.query.interpolate != .none
            && layer.points.kind != .count && layer.points.count > 1
    }

    /// Whether the layer's line passes an "at least" or "at most" bound (in the interpolated style), for
    /// the legend; `knots` is ``everyPointIsAKnot(_:)`` of its points, found once for the layer's look.
    static func passesBounds(_ layer: LayerData, everyPointIsAKnot knots: Bool) -> Bool {
        guard bridges(layer), !knots else { return false }
        return (0..<layer.points.count).contains { layer.points.hasValue($0) && !isKnot(layer.points, $0) }
    }

    /// Whether the layer draws any interpolated stretch, for the legend; `knots` is
    /// ``everyPointIsAKnot(_:)`` of its points, found once for the layer's look.
    static func hasInterpolatedStretches(_ layer: LayerData, everyPointIsAKnot knots: Bool) -> Bool {
        guard bridges(layer) else { return false }
        return knots ? missingDaysAreBridged(layer) : anyStretchIsBridged(layer)
    }

    /// ``hasInterpolatedStretches(_:everyPointIsAKnot:)`` where every point is a knot, so every pair of neighbours is
    /// joined: whether a stretch where a day is missing is drawn (within the cadence and `max-gap`).
    ///
    /// - Complexity: O(1) where the layer's extent found no day missing (``LayerExtent/noDayMissing``);
    ///   otherwise O(n), a pass over the dates, on one thread; with the layer's two threads, as
    ///   ``firstGap(_:from:onTwoThreads:)`` says.
    static func missingDaysAreBridged(_ layer: LayerData) -> Bool {
        guard !layer.extent.noDayMissing else { return false }
        let p = layer.points
        var i = 0
        while let k = firstGap(p, from: i, onTwoThreads: layer.onTwoThreads) {
            let bridged = layer.spec.query.maxGap.map { p.position(k + 1) - p.position(k) <= Double($0) } ?? true
            if !Marks.contiguous(p, k, cadence: layer.cadence), bridged { return true }
            i = k + 1
        }
        return false
    }

    /// ``hasInterpolatedStretches(_:everyPointIsAKnot:)`` for any points: each value and the next value after it.
    ///
    /// - Complexity: O(n).
    static func anyStretchIsBridged(_ layer: LayerData) -> Bool {
        let p = layer.points
        var next = (0..<p.count).first { p.hasValue($0) }
        while let i = next, let j = nextValue(p, after: i) {
            next = j
            guard j != i + 1 || !Marks.contiguous(p, i, cadence: layer.cadence) || !isKnot(p, i) || !isKnot(p, j) else {
                continue
            }
            if let maxGap = layer.spec.query.maxGap, p.position(j) - p.position(i) > Double(maxGap) { continue }
            return true
        }
        return false
    }
}
