/// Shaded value bands, events on a day, shaded periods and value lines: what is drawn behind the
/// data. Their labels are placed after the data is drawn (``AnnotationLabels``), clear of its lines,
/// as notes on a point are (``Callouts``).
enum AnnotationMarks {
    /// An annotation's label and the spots it may take, in the order tried.
    struct Label {
        var text: String
        var size: Size
        var spots: [Rect]
    }

    static func draw(
        _ annotations: [Annotation], bands: [ValueBand] = [], _ c: MarkContext
    ) -> (
        items: [SceneItem], labels: [Label]
    ) {
        var items: [SceneItem] = []
        var labels: [Label] = []
        let font = c.theme.font(c.theme.small)
        let ink = c.theme.mutedText
        let rows = 3
        func label(_ text: String?, _ spots: (Size) -> [Rect]) {
            guard let text else { return }
            let size = c.measure.measure(text, font: font)
            labels.append(Label(text: text, size: size, spots: spots(size)))
        }
        for band in bands {
            let y0 = min(max(c.y(band.to), c.plot.y), c.plot.maxY), y1 = min(max(c.y(band.from), c.plot.y), c.plot.maxY)
            guard y1 > y0 else { continue }
            let area = Rect(x: c.plot.x, y: y0, width: c.plot.width, height: y1 - y0)
            items.append(.path(.rect(area, fill: ink.opacity(0.1))))
            // A corner of its band: top left, top right, bottom left, bottom right.
            label(band.label) { size in
                [
                    Point(area.x + 4, area.y + 2), Point(area.maxX - 4 - size.width, area.y + 2),
                    Point(area.x + 4, area.maxY - 2 - size.height),
                    Point(area.maxX - 4 - size.width, area.maxY - 2 - size.height),
                ].map { Rect(x: $0.x, y: $0.y, width: size.width, height: size.height) }.filter { area.contains($0) }
            }
        }
        for a in annotations {
            switch a.target {
            case .day(let d):
                let x = c.dayCenter(d.ordinal)
                items.append(
                    .path(.polyline([Point(x, c.plot.y), Point(x, c.plot.maxY)], stroke: Stroke(ink, width: 1, dash: [4, 3]))))
                // Right of its rule, then left of it, in the top rows of the plot.
                label(a.label) { size in topRows(rows, size: size, c) { [x + 4, x - 4 - size.width] } }
            case .span(let from, let to):
                let x0 = c.x(Double(from.ordinal)), x1 = c.x(Double(to.ordinal) + 1)
                items.append(
                    .path(.rect(Rect(x: x0, y: c.plot.y, width: x1 - x0, height: c.plot.height), fill: ink.opacity(0.12))))
                label(a.label) { size in topRows(rows, size: size, c) { [x0 + 4, x1 - 4 - size.width] } }
            case .value(let v):
                let y = c.y(v)
                items.append(
                    .path(.polyline([Point(c.plot.x, y), Point(c.plot.maxX, y)], stroke: Stroke(ink, width: 1, dash: [4, 3]))))
                // Above its line, at the left, then the right; then below it.
                label(a.label) { size in
                    [
                        (c.plot.x + 4, y - size.height - 2), (c.plot.maxX - 4 - size.width, y - size.height - 2),
                        (c.plot.x + 4, y + 2),
                    ]
                    .map { Rect(x: $0.0, y: $0.1, width: size.width, height: size.height) }
                }
            case .point: continue
            }
        }
        return (items, labels)
    }

    /// Spots in the plot's top `rows` rows, at each of the x positions `xs` gives, row by row.
    static func topRows(_ rows: Int, size: Size, _ c: MarkContext, xs: () -> [Double]) -> [Rect] {
        (0..<rows).flatMap { row in
            xs().map { x in
                Rect(
                    x: min(max(x, c.plot.x), c.plot.maxX - size.width), y: c.plot.y + 2 + Double(row) * (size.height + 3),
                    width: size.width, height: size.height)
            }
        }
    }
}

/// Places the labels of bands, events, periods and value lines: each takes the first of its spots
/// clear of the other texts (by ``LabelPlacer/gap``), the markers and the lines; where lines fill
/// every spot, the first clear of texts on a knockout; with none, it is left out and the chart says so.
enum AnnotationLabels {
    static func place(
        _ labels: [AnnotationMarks.Label], avoiding obstacles: [Rect], lines: [[Point]], _ c: MarkContext
    ) -> (items: [SceneItem], texts: [TextRun], dropped: [String]) {
        let font = c.theme.font(c.theme.small)
        var taken = obstacles
        var out: (items: [SceneItem], texts: [TextRun], dropped: [String]) = ([], [], [])
        for label in labels {
            func free(_ box: Rect, crossing: Bool) -> Bool {
                c.plot.contains(box) && !taken.contains { $0.intersects(box.insetBy(-LabelPlacer.gap)) }
                    && (crossing || !lines.contains { Callouts.crosses($0, box.insetBy(-1.5)) })
            }
            let clear = label.spots.first { free($0, crossing: false) }
            guard let box = clear ?? label.spots.first(where: { free($0, crossing: true) }) else {
                out.dropped.append(label.text)
                continue
            }
            if clear == nil { out.items.append(.path(Knockout.path(box, c.theme))) }
            taken.append(box)
            out.texts.append(
                TextRun(
                    label.text, origin: Point(box.x, box.y), font: font, color: c.theme.mutedText, size: label.size,
                    role: .annotation, halo: c.theme.background))
        }
        return out
    }
}
