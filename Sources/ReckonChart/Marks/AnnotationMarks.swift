/// Shaded value bands, events on a day, shaded periods and value lines, with their labels: what is
/// drawn behind the data. Notes on a point are placed after the data (``Callouts``).
enum AnnotationMarks {
    static func draw(_ annotations: [Annotation], bands: [ValueBand] = [], _ c: MarkContext) -> Drawn {
        var out = Drawn()
        let font = c.theme.font(c.theme.small)
        let ink = c.theme.mutedText
        var bandLabels: [(String, Rect)] = []
        for band in bands {
            let y0 = min(max(c.y(band.to), c.plot.y), c.plot.maxY), y1 = min(max(c.y(band.from), c.plot.y), c.plot.maxY)
            guard y1 > y0 else { continue }
            let area = Rect(x: c.plot.x, y: y0, width: c.plot.width, height: y1 - y0)
            out.add(.rect(area, fill: ink.opacity(0.1)))
            if let label = band.label { bandLabels.append((label, area)) }
        }
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
            case .point: continue
            }
            if let label = a.label, let at = labelAt {
                let size = c.measure.measure(label, font: font)
                let x = min(max(at.x, c.plot.x), c.plot.maxX - size.width)
                let y = min(max(at.y, c.plot.y), c.plot.maxY - size.height)
                out.texts.append(TextRun(label, origin: Point(x, y), font: font, color: ink, size: size, role: .annotation))
            }
        }
        // The bands' labels last, clear of the other notes.
        out.texts += labels(bandLabels, clearOf: out.texts, font: font, ink: ink, c)
        return out
    }

    /// Each band's label in a corner of its band (top left, top right, bottom left, bottom right) clear
    /// of the other notes' texts; left out when the band has no such corner.
    static func labels(
        _ bands: [(String, Rect)], clearOf others: [TextRun], font: Font, ink: Color, _ c: MarkContext
    ) -> [TextRun] {
        var taken = others.map(\.box)
        var out: [TextRun] = []
        for (label, area) in bands {
            let size = c.measure.measure(label, font: font)
            let spots = [
                Point(area.x + 4, area.y + 2), Point(area.maxX - 4 - size.width, area.y + 2),
                Point(area.x + 4, area.maxY - 2 - size.height), Point(area.maxX - 4 - size.width, area.maxY - 2 - size.height),
            ]
            let boxes = spots.map { Rect(x: $0.x, y: $0.y, width: size.width, height: size.height) }
            guard let box = boxes.first(where: { b in area.contains(b) && !taken.contains { $0.intersects(b) } }) else {
                continue
            }
            taken.append(box)
            out.append(TextRun(label, origin: Point(box.x, box.y), font: font, color: ink, size: size, role: .annotation))
        }
        return out
    }
}
