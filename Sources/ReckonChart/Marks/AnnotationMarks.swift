/// Events on a day, shaded periods and value lines, with their labels.
enum AnnotationMarks {
    static func draw(_ annotations: [Annotation], _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let font = c.theme.font(c.theme.small)
        let ink = c.theme.mutedText
        for a in annotations {
            var labelAt: Point?
            switch a.target {
            case .day(let d):
                let x = c.dayCenter(d.ordinal)
                out.add(.polyline([Point(x, c.plot.y), Point(x, c.plot.maxY)], stroke: Stroke(ink, width: 1, dash: [4, 3])))
                labelAt = Point(x + 4, c.plot.y + 2)
            case .span(let from, let to):
                let x0 = c.x(Double(from.ordinal)), x1 = c.x(Double(to.ordinal) + 1)
                out.add(.rect(Rect(x: x0, y: c.plot.y, width: x1 - x0, height: c.plot.height), fill: ink.opacity(0.12)))
                labelAt = Point(x0 + 4, c.plot.y + 2)
            case .value(let v):
                let y = c.y(v)
                out.add(.polyline([Point(c.plot.x, y), Point(c.plot.maxX, y)], stroke: Stroke(ink, width: 1, dash: [4, 3])))
                labelAt = Point(c.plot.x + 4, y - c.measure.measure("Ag", font: font).height - 2)
            }
            if let label = a.label, let at = labelAt {
                let size = c.measure.measure(label, font: font)
                let x = min(max(at.x, c.plot.x), c.plot.maxX - size.width)
                let y = min(max(at.y, c.plot.y), c.plot.maxY - size.height)
                out.texts.append(TextRun(label, origin: Point(x, y), font: font, color: ink, size: size, role: .annotation))
            }
        }
        return out
    }
}
