import ReckonAnalysis
import ReckonModel

/// Bars from zero, each spanning its period (a month's count is a month wide); a period with data for
/// only part of its days is drawn lighter. Several bar layers stand side by side in each period, or stack
/// (see ``BarPlacement``). A bar whose value is "at least" or "at most" ends in an
/// arrow pointing where the true value may lie; an estimate that gave only a range has no bar, only
/// its range as a whisker.
enum BarMark: MarkKind {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let p = layer.points
        let zero = c.y(max(c.y.domain.lowerBound, min(0, c.y.domain.upperBound)))
        // Arrows go on top of every bar.
        var bounds: [Path] = []
        var columns = PixelColumns(color: layer.color)
        let labelled = Set(layer.spec.labels.indices(p, plotWidth: c.plot.width))
        for i in 0..<p.count {
            let (x0, x1) = slot(layer, i, c)
            if isThin(layer, i, width: x1 - x0) {
                let top = c.y(p.values[i])
                let area = Rect(x: x0, y: min(top, zero), width: x1 - x0, height: abs(zero - top))
                columns.add(area, index: Int(saturating: ((x0 + x1) / 2).rounded(.down)), into: &out)
                continue
            }
            columns.flush(into: &out)
            guard p.hasValue(i) else {
                let paths = RangeWhisker.paths(
                    x: (x0 + x1) / 2, low: p.low(i), high: p.high(i), color: layer.color, radius: c.radius,
                    width: max(1.5, c.lineWidth), c)
                for path in paths { out.add(path) }
                out.marks.append(observation(p, i, kind: .range, box: Rect.around(paths.flatMap(\.points))))
                continue
            }
            if let arrow = boundArrow(layer, i, x: (x0 + x1) / 2, c) { bounds.append(arrow) }
            bar(layer, i, x0: x0, x1: x1, zero: zero, labelled: labelled.contains(i), c, into: &out)
        }
        columns.flush(into: &out)
        out.items += bounds.map(SceneItem.path)
        return out
    }

    /// A box of the bars' colour.
    static func key(_ layer: LayerData) -> Legend.Swatch { .box(layer.color) }

    /// Bars lie above areas and bands, beneath lines and points.
    static func depth(_ layer: LayerData) -> Int { 1 }

    /// Bars show bounds ("at least", "at most") as arrows; "about" not at all.
    static func qualifiersShown(_ layer: LayerData) -> Set<Qualifier> {
        layer.qualifiers.subtracting([.about])
    }

    /// The left and right edges of bar `i`: the layer's slot of its period, when bar layers stand side by
    /// side; slots narrower than the thinnest bar drawn (half a pixel) widen to it around the period's
    /// middle, so that the layers' bars still stand beside each other rather than on top.
    static func slot(_ layer: LayerData, _ i: Int, _ c: MarkContext) -> (Double, Double) {
        let p = layer.points, placement = layer.bar
        let periodStart = c.x(Double(p.dates[i].first.ordinal)), periodEnd = c.x(Double(p.dates[i].last.ordinal) + 1)
        // Thin bars touch: gaps of a fraction of a pixel would only make a moiré.
        let gap = periodEnd - periodStart < 4 ? 0 : min(2, (periodEnd - periodStart) * 0.12)
        let exact = (periodEnd - periodStart - 2 * gap) / Double(placement.slots)
        let slotWidth = placement.slots > 1 ? max(0.5, exact) : exact
        let groupStart =
            exact >= slotWidth ? periodStart + gap : (periodStart + periodEnd) / 2 - slotWidth * Double(placement.slots) / 2
        let x0 = groupStart + slotWidth * Double(placement.slot)
        return (x0, x0 + slotWidth)
    }

    /// Whether bar `i`, `width` pixels wide, is drawn with its pixel column (see ``PixelColumns``): a plain
    /// bar of a layer alone in its slot, from zero, narrower than a pixel.
    static func isThin(_ layer: LayerData, _ i: Int, width: Double) -> Bool {
        let p = layer.points, placement = layer.bar
        let qualifier = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
        return width < 1 && placement.slots == 1 && placement.bases.isEmpty && p.hasValue(i) && p.isComplete(i)
            && p.isObserved(i) && !isHatched(layer, i) && qualifier != .atLeast && qualifier != .atMost
    }

    /// Bar `i` from its base to its value between `x0` and `x1`: lighter for a period the data covers only
    /// in part, hatched for a count spread from a total; its scene mark, and its value label when
    /// `labelled`.
    static func bar(
        _ layer: LayerData, _ i: Int, x0: Double, x1: Double, zero: Double, labelled: Bool, _ c: MarkContext,
        into out: inout Drawn
    ) {
        let p = layer.points
        let base = layer.bar.base(i) == 0 ? zero : c.y(layer.bar.base(i))
        let top = c.y(layer.bar.base(i) + drawnValue(layer, i))
        let spread = isHatched(layer, i)
        let rect = Rect(x: x0, y: min(top, base), width: max(0.5, x1 - x0), height: abs(base - top))
        // A period the data covers only in part is pale and outlined in the layer's colour: its bar is not
        // comparable with the others, and a lighter shade alone would be lost on the dark theme.
        if p.isComplete(i) {
            out.add(.rect(rect, fill: layer.color))
        } else {
            let line = min(1.5, rect.width / 4)
            let inner = rect.width > line && rect.height > line ? rect.insetBy(line / 2) : rect
            out.add(.rect(inner, fill: layer.faded(0.3, floor: 1.3), stroke: Stroke(layer.color, width: line)))
        }
        // A count spread from a total over a longer span is an estimate: hatched over a lighter fill.
        if spread {
            out.add(.rect(rect, fill: c.theme.background.opacity(0.45)))
            out.add(hatch(rect, layer.color))
        }
        var mark = observation(p, i, kind: .bar, box: rect)
        mark.interpolated = mark.interpolated || spread
        (mark.spread, mark.incomplete) = (spread, !p.isComplete(i))
        out.marks.append(mark)
        if labelled {
            out.labels.append(
                LabelRequest(
                    text: Wording.point(p, i, locale: c.locale), anchor: Point((x0 + x1) / 2, top), clearance: 0,
                    centred: true, own: rect))
        }
    }

    /// The arrow at the end of bar `i` at `x` when its value is "at least" or "at most".
    static func boundArrow(_ layer: LayerData, _ i: Int, x: Double, _ c: MarkContext) -> Path? {
        let p = layer.points
        let qualifier = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
        guard qualifier == .atLeast || qualifier == .atMost else { return nil }
        let top = c.y(layer.bar.base(i) + drawnValue(layer, i))
        return boundArrow(x: x, end: top, atLeast: qualifier == .atLeast, negative: p.values[i] < 0, layer.color, c)
    }

    /// Whether the layer's differences across missing days are drawn as what they are, a total over
    /// their span, spread evenly over its days: a daily difference layer, unstacked and not aggregated.
    static func spreadsPerDay(_ layer: LayerData) -> Bool {
        let q = layer.spec.query
        return layer.trend == nil && layer.spec.mark == .bar && q.diff && q.every == nil && q.rolling == nil
            && layer.bar.isUnstacked && layer.cadence.days <= 1
    }

    /// Whether bar `i` of `layer` is drawn hatched: a count spread from a total over more days, drawn as
    /// its rate (``spreadsPerDay(_:)``) or as a period's share of it (not observed).
    static func isHatched(_ layer: LayerData, _ i: Int) -> Bool {
        mayHatch(layer) && (!layer.points.isObserved(i) || (spreadsPerDay(layer) && isSpan(layer.points, i)))
    }

    /// Whether any bar of `layer` may be hatched (``isHatched(_:_:)``): only a layer of counts drawn as
    /// bars, not a trend.
    static func mayHatch(_ layer: LayerData) -> Bool {
        layer.points.kind == .count && layer.trend == nil && layer.spec.mark == .bar
    }

    /// Whether point `i` covers a span of several days that is not a calendar period.
    static func isSpan(_ p: Points, _ i: Int) -> Bool { p.dates[i].isMultiDaySpan }

    /// The value a bar stands at: a spread span's total divided by its days.
    static func drawnValue(_ layer: LayerData, _ i: Int) -> Double {
        let p = layer.points
        return spreadsPerDay(layer) && isSpan(p, i) ? p.values[i] / Double(p.dates[i].dayCount) : p.values[i]
    }

    /// Diagonal lines 5 px apart across `rect`, in `color`.
    static func hatch(_ rect: Rect, _ color: Color) -> Path {
        var elements: [PathElement] = []
        let spacing = 5.0
        var k = -rect.height
        while k < rect.width {
            // The line x = rect.x + k + t, y = rect.maxY - t, for t where it lies inside the rectangle.
            let t0 = max(0, -k), t1 = min(rect.height, rect.width - k)
            if t1 > t0 {
                elements.append(.move(Point(rect.x + k + t0, rect.maxY - t0)))
                elements.append(.line(Point(rect.x + k + t1, rect.maxY - t1)))
            }
            k += spacing
        }
        return Path(elements, stroke: Stroke(color.opacity(0.8), width: 1))
    }

    /// What the mark for point `i` stands for.
    static func observation(_ p: Points, _ i: Int, kind: SceneMark.Kind, box: Rect) -> SceneMark {
        SceneMark(
            kind: kind, box: box, date: p.dates[i].description, value: p.value(i), low: p.low(i), high: p.high(i),
            qualifier: p.qualifiers.isEmpty ? nil : p.qualifiers[i]?.rawValue, sources: p.sources(i),
            interpolated: !p.isObserved(i))
    }

    /// An arrow at a bar's end pointing where the true value may lie: up for "at least", down for "at
    /// most". Outside the bar it takes the bar's colour; inside, the background's.
    static func boundArrow(x: Double, end: Double, atLeast: Bool, negative: Bool, _ color: Color, _ c: MarkContext) -> Path {
        let r = c.radius
        let direction = atLeast ? -1.0 : 1.0
        let inside = atLeast == negative
        let start = end + direction * (inside ? -r * 4.4 : 2)
        let tip = start + direction * r * 3.4
        return Path(
            [
                .move(Point(x, start)), .line(Point(x, tip)), .move(Point(x - r * 0.9, tip - direction * r * 0.9)),
                .line(Point(x, tip)), .line(Point(x + r * 0.9, tip - direction * r * 0.9)),
            ],
            stroke: Stroke(inside ? c.theme.background : color, width: max(1.5, r * 0.4)))
    }
}
