import ReckonAnalysis

/// Points (and ranges, with whiskers): each observed point as a marker shaped by its qualifier; a level
/// dated with a period also shows its period as a horizontal span.
enum PointMark {
    static func draw(_ layer: LayerData, _ c: MarkContext, whiskers: Bool) -> Drawn {
        var out = Drawn()
        let p = layer.points
        let r = c.radius
        var labelBoxes: [Rect] = []
        for i in 0..<p.count {
            let date = p.dates[i]
            let center = Point(c.position(p.position(i)), c.y(p.values[i]))
            if p.kind == .level, date.dayCount > 1 {
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
            if whiskers, let low = p.low(i) ?? p.high(i).map({ _ in p.values[i] }),
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
            }
            let qualifier = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
            if p.isObserved(i) {
                for path in Marker.paths(
                    at: center, qualifier: qualifier, color: layer.color, radius: r, background: c.theme.background)
                {
                    out.add(path)
                }
            }
            if layer.spec.labels {
                let text = Wording.value(p.values[i], qualifier: qualifier) + ", " + Wording.date(date)
                let font = c.theme.font(c.theme.small)
                let size = c.measure.measure(text, font: font)
                var box = Rect(x: center.x + r + 4, y: center.y - size.height - r, width: size.width, height: size.height)
                if box.maxX > c.plot.maxX { box.x = center.x - r - 4 - size.width }
                box.x = max(c.plot.x, box.x)
                box.y = min(max(c.plot.y, box.y), c.plot.maxY - size.height)
                guard !labelBoxes.contains(where: { $0.intersects(box) }) else { continue }
                labelBoxes.append(box)
                // A halo of the background keeps the label readable over lines.
                out.add(.rect(box.insetBy(-2), fill: c.theme.background.opacity(0.85)))
                out.texts.append(TextRun(text, origin: Point(box.x, box.y), font: font, color: c.theme.text, size: size))
            }
        }
        return out
    }
}
