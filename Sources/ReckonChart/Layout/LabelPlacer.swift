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
    /// Which labels take a crowded spot first: lower first (a layer's name, then its last value, then
    /// the rest, each in the order asked).
    var priority = 2
}

/// Places the value labels of every layer together, so that no label covers another, a marker, a
/// range, a bar, an annotation's text or a line, and each keeps ``gap`` from the others. A label takes
/// the first free spot beside its point (right above, left above, right below, left below; a bar's
/// above its end or just inside), then farther out with a leader line to its point; a label with no
/// free spot is left out rather than drawn over something, and the caller says so.
enum LabelPlacer {
    /// The room kept between a label and any other text or mark, in pixels.
    static let gap = 3.0

    /// The labels placed, the leader lines of those set apart from their points, and the texts of the
    /// labels left out.
    struct Placed {
        var texts: [TextRun] = []
        var leaders: [Path] = []
        var dropped: [String] = []
    }

    static func place(
        _ requests: [LabelRequest], avoiding obstacles: [Rect], lines: [[Point]] = [], _ c: MarkContext
    ) -> Placed {
        let font = c.theme.font(c.theme.small)
        var taken = obstacles
        var out = Placed()
        let ordered = requests.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        for request in ordered.map(\.element) {
            let size = c.measure.measure(request.text, font: font)
            func free(_ box: Rect, leader: (Point, Point)?, crossing: Bool) -> Bool {
                let room = box.insetBy(-gap)
                guard (request.area ?? c.plot).contains(box),
                    !taken.contains(where: { $0 != request.own && $0.intersects(room) }),
                    crossing || !lines.contains(where: { Callouts.crosses($0, box.insetBy(-1.5)) })
                else { return false }
                guard let (a, b) = leader else { return true }
                // A leader crosses no text or marker, and, where lines leave room, no line.
                return !taken.contains { $0 != request.own && Callouts.segment(a, b, meets: $0) }
                    && (crossing || !lines.contains { Callouts.crosses($0, segment: (a, b)) })
            }
            // Clear of the lines first; where lines fill the plot, over them on a knockout.
            var chosen: (box: Rect, leader: (Point, Point)?, knockout: Bool)?
            for crossing in [false, true] where chosen == nil {
                if let box = nearSpots(request, size: size).first(where: { free($0, leader: nil, crossing: crossing) }) {
                    chosen = (box, nil, crossing)
                } else if !request.centred {
                    for box in farSpots(request, size: size, step: c.theme.small) {
                        let leader = leaderEnds(box, request.anchor, clearance: request.clearance)
                        if free(box, leader: leader, crossing: crossing) {
                            chosen = (box, leader, crossing)
                            break
                        }
                    }
                }
            }
            guard let (box, leader, knockout) = chosen else {
                out.dropped.append(request.text)
                continue
            }
            taken.append(box)
            if let (a, b) = leader {
                out.leaders.append(.polyline([a, b], stroke: Stroke(c.theme.mutedText, width: 1)))
            }
            if knockout { out.leaders.append(Knockout.path(box, c.theme)) }
            // A halo of the background around the glyphs keeps the label readable over bands and bars.
            out.texts.append(
                TextRun(
                    request.text, origin: Point(box.x, box.y), font: font, color: request.color ?? c.theme.text, size: size,
                    role: request.role, halo: c.theme.background))
        }
        return out
    }

    /// The spots right beside the anchor, in the order tried.
    static func nearSpots(_ request: LabelRequest, size: Size) -> [Rect] {
        let a = request.anchor, gap = request.clearance + 4
        let spots =
            request.centred
            ? [Point(a.x - size.width / 2, a.y - size.height - 3), Point(a.x - size.width / 2, a.y + 3)]
            : [
                Point(a.x + gap, a.y - size.height - request.clearance),
                Point(a.x - gap - size.width, a.y - size.height - request.clearance),
                Point(a.x + gap, a.y + request.clearance), Point(a.x - gap - size.width, a.y + request.clearance),
            ]
        return spots.map { Rect(x: $0.x, y: $0.y, width: size.width, height: size.height) }
    }

    /// Spots set apart from the anchor, nearest first: above and below it, to the right, the left and
    /// centred, at growing distances.
    static func farSpots(_ request: LabelRequest, size: Size, step: Double) -> [Rect] {
        let a = request.anchor
        return [2.0, 3.5, 5, 7, 9.5, 13].flatMap { k -> [Rect] in
            let d = k * step
            return [(1.0, -1.0), (-1, -1), (0, -1), (1, 1), (-1, 1), (0, 1)].map { sx, sy in
                let x = sx > 0 ? a.x + d * 0.5 : sx < 0 ? a.x - d * 0.5 - size.width : a.x - size.width / 2
                return Rect(x: x, y: sy < 0 ? a.y - d - size.height : a.y + d, width: size.width, height: size.height)
            }
        }
    }

    /// A leader from the label's nearest edge to just short of its point.
    static func leaderEnds(_ box: Rect, _ p: Point, clearance: Double) -> (Point, Point)? {
        let start = Point(min(max(p.x, box.x), box.maxX), p.y < box.y ? box.y - 1 : box.maxY + 1)
        let dx = p.x - start.x, dy = p.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > clearance + 4 else { return nil }
        return (start, Point(p.x - dx / length * (clearance + 2), p.y - dy / length * (clearance + 2)))
    }
}

/// A box of the background beneath a text set over lines it could not avoid: the lines stop at its
/// edge rather than run through the text, which a halo is too thin to do.
enum Knockout {
    /// How far the box reaches beyond the text's, in pixels.
    static let margin = 2.0

    /// The box beneath a text at `box`.
    static func path(_ box: Rect, _ theme: Theme) -> Path { .rect(box.insetBy(-margin), fill: theme.background) }
}
