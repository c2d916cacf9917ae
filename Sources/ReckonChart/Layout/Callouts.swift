/// Notes on a point (an annotation with a `date` and a `value`): the note is placed in the first free
/// spot around the point, clear of the data's lines, markers, bars and every text (by
/// ``LabelPlacer/gap``), and an arrow runs from the note to the point. A note with no free spot is
/// left out, and the chart's warnings say so.
enum Callouts {
    /// How far from its point a note may sit, in steps, as a multiple of the small type size.
    static let distances: [Double] = [2.5, 4, 6, 9]

    static func place(
        _ annotations: [Annotation], avoiding obstacles: [Rect], lines: [[Point]], _ c: MarkContext
    ) -> (items: [SceneItem], texts: [TextRun], dropped: [String]) {
        let font = c.theme.font(c.theme.small)
        let ink = c.theme.text
        var taken = obstacles
        var items: [SceneItem] = []
        var texts: [TextRun] = []
        var dropped: [String] = []
        for a in annotations {
            guard case .point(let day, let value) = a.target, let label = a.label else { continue }
            let target = Point(c.dayCenter(day.ordinal), c.y(value))
            guard c.plot.insetBy(-1).contains(Rect(x: target.x, y: target.y, width: 0, height: 0)) else { continue }
            let size = c.measure.measure(label, font: font)
            let boxes = candidates(around: target, size: size, step: c.theme.small).filter { c.plot.contains($0) }
            // A free spot: the note and its arrow cross no text, marker or bar, and the note no line;
            // where lines fill the plot, the note sits over them on a knockout.
            let markers = taken
            func free(_ box: Rect, crossing: Bool) -> Bool {
                guard !markers.contains(where: { $0.intersects(box.insetBy(-LabelPlacer.gap)) }),
                    crossing || !lines.contains(where: { crosses($0, box.insetBy(-2)) })
                else { return false }
                guard let (start, tip) = ends(box, target, c) else { return true }
                return !markers.contains { m in
                    segment(start, tip, meets: m)
                        && !m.insetBy(-c.radius - 3).contains(Rect(x: target.x, y: target.y, width: 0, height: 0))
                }
            }
            let clear = boxes.first { free($0, crossing: false) }
            guard let box = clear ?? boxes.first(where: { free($0, crossing: true) }) else {
                dropped.append(label)
                continue
            }
            if clear == nil { items.append(.path(Knockout.path(box, c.theme))) }
            taken.append(box)
            items += arrow(from: box, to: target, ink: ink, c).map { .path($0) }
            texts.append(
                TextRun(
                    label, origin: Point(box.x, box.y), font: font, color: ink, size: size, role: .annotation,
                    halo: c.theme.background))
        }
        return (items, texts, dropped)
    }

    /// Boxes for a note of `size` around `p`: above right, above left, below right, below left, at
    /// growing distances.
    static func candidates(around p: Point, size: Size, step: Double) -> [Rect] {
        distances.flatMap { k -> [Rect] in
            let d = k * step
            return [(1.0, -1.0), (-1, -1), (1, 1), (-1, 1)].map { sx, sy in
                Rect(
                    x: sx > 0 ? p.x + d * 0.6 : p.x - d * 0.6 - size.width, y: sy < 0 ? p.y - d - size.height : p.y + d,
                    width: size.width, height: size.height)
            }
        }
    }

    /// Where the arrow from a note in `box` to `p` starts (the note's nearest edge) and ends (just
    /// short of the point), or nil when the note is too close for one.
    static func ends(_ box: Rect, _ p: Point, _ c: MarkContext) -> (Point, Point)? {
        let start = Point(min(max(p.x, box.x), box.maxX), p.y < box.y ? box.y - 2 : box.maxY + 2)
        let dx = p.x - start.x, dy = p.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > c.radius + 6 else { return nil }
        return (start, Point(p.x - dx / length * (c.radius + 2), p.y - dy / length * (c.radius + 2)))
    }

    /// A line from the note's nearest edge to just short of the point, with an arrowhead.
    static func arrow(from box: Rect, to p: Point, ink: Color, _ c: MarkContext) -> [Path] {
        guard let (start, tip) = ends(box, p, c) else { return [] }
        let dx = tip.x - start.x, dy = tip.y - start.y
        let length = max((dx * dx + dy * dy).squareRoot(), 1)
        let (ux, uy) = (dx / length, dy / length)
        let head = c.radius * 1.4
        let left = Point(tip.x - ux * head - uy * head * 0.6, tip.y - uy * head + ux * head * 0.6)
        let right = Point(tip.x - ux * head + uy * head * 0.6, tip.y - uy * head - ux * head * 0.6)
        let stroke = Stroke(ink, width: 1)
        return [
            .polyline([start, tip], stroke: stroke),
            Path([.move(left), .line(tip), .line(right), .close], stroke: stroke, fill: ink),
        ]
    }

    /// Whether the polyline `points` passes through `box`.
    static func crosses(_ points: [Point], _ box: Rect) -> Bool {
        for (a, b) in zip(points, points.dropFirst()) where segment(a, b, meets: box) { return true }
        return points.count == 1 && box.contains(Rect(x: points[0].x, y: points[0].y, width: 0, height: 0))
    }

    /// Whether the polyline `points` crosses the segment from `s.0` to `s.1` (touching counts).
    static func crosses(_ points: [Point], segment s: (Point, Point)) -> Bool {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        for (c, d) in zip(points, points.dropFirst()) {
            let d1 = side(c, d, s.0), d2 = side(c, d, s.1), d3 = side(s.0, s.1, c), d4 = side(s.0, s.1, d)
            if d1 * d2 <= 0, d3 * d4 <= 0,
                max(min(c.x, d.x), min(s.0.x, s.1.x)) <= min(max(c.x, d.x), max(s.0.x, s.1.x)),
                max(min(c.y, d.y), min(s.0.y, s.1.y)) <= min(max(c.y, d.y), max(s.0.y, s.1.y))
            {
                return true
            }
        }
        return false
    }

    /// Whether the segment from `a` to `b` meets `r` (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, meets r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.x), (dx, r.maxX - a.x), (-dy, a.y - r.y), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
