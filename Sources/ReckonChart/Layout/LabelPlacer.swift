/// A value label a mark asks for: its text beside a point, clear of the point's own mark.
struct LabelRequest {
    var text: String
    /// The point the label belongs to.
    var anchor: Point
    /// How far from the anchor the label keeps (the marker's radius).
    var clearance: Double
    /// Centred on the anchor, above it or just below (a bar's label: above its end, or inside).
    var centred = false
    /// The label's own mark, which it may overlap (a bar's label inside the bar).
    var own: Rect?
    /// Where the label may go; nil for the plot.
    var area: Rect?
    /// The text's colour; nil for the theme's.
    var color: Color?
    /// What the text is in the scene.
    var role = TextRole.label
}

/// Places the value labels of every layer together, so that no label covers another, a marker, a
/// range, or an annotation's text. Each label takes the first free spot of four beside its point
/// (right above, left above, right below, left below), or for a bar, above its end or just inside,
/// inside the plot; a label with no free spot is left out rather than drawn over something.
enum LabelPlacer {
    static func place(
        _ requests: [LabelRequest], avoiding obstacles: [Rect], _ c: MarkContext
    ) -> [TextRun] {
        let font = c.theme.font(c.theme.small)
        var taken = obstacles
        var texts: [TextRun] = []
        for request in requests {
            let size = c.measure.measure(request.text, font: font)
            let a = request.anchor, gap = request.clearance + 4
            let spots =
                request.centred
                ? [Point(a.x - size.width / 2, a.y - size.height - 3), Point(a.x - size.width / 2, a.y + 3)]
                : [
                    Point(a.x + gap, a.y - size.height - request.clearance),
                    Point(a.x - gap - size.width, a.y - size.height - request.clearance),
                    Point(a.x + gap, a.y + request.clearance), Point(a.x - gap - size.width, a.y + request.clearance),
                ]
            let boxes = spots.map { Rect(x: $0.x, y: $0.y, width: size.width, height: size.height) }
            guard
                let box = boxes.first(where: { box in
                    (request.area ?? c.plot).contains(box) && !taken.contains { $0 != request.own && $0.intersects(box) }
                })
            else { continue }
            taken.append(box)
            // A halo of the background around the glyphs keeps the label readable over lines and bands.
            texts.append(
                TextRun(
                    request.text, origin: Point(box.x, box.y), font: font, color: request.color ?? c.theme.text, size: size,
                    role: request.role, halo: c.theme.background))
        }
        return texts
    }
}
