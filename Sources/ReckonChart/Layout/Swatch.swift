import ReckonModel

extension Legend {
    /// A legend entry's key: what a layer's mark draws (see ``MarkKind/key(_:)``), or a mark being explained.
    enum Swatch {
        case line(Color, dash: [Double])
        case box(Color)
        /// A hatched box: a bar spread from a total over a longer span.
        case hatched(Color)
        case marker(Qualifier?, Color)
        /// A range estimate's whisker.
        case range(Color)

        /// The swatch's paths in the box from `x`, `y`, `width` wide and a text line high, for text in
        /// `font`; markers are ringed in `background`.
        func paths(x: Double, y: Double, width: Double, lineHeight: Double, font: Font, background: Color) -> [Path] {
            let mid = y + lineHeight / 2
            switch self {
            case .line(let color, let dash):
                return [
                    .polyline(
                        [Point(x, mid), Point(x + width, mid)], stroke: Stroke(color, width: max(2, font.size * 0.16), dash: dash)
                    )
                ]
            case .box(let color):
                return [.rect(Rect(x: x, y: mid - lineHeight * 0.3, width: width, height: lineHeight * 0.6), fill: color)]
            case .hatched(let color):
                let box = Rect(x: x, y: mid - lineHeight * 0.3, width: width, height: lineHeight * 0.6)
                return [.rect(box, fill: color.opacity(0.55)), BarMark.hatch(box, color)]
            case .range(let color):
                let r = max(3, font.size * 0.3)
                let cx = x + width / 2
                return [
                    Path(
                        [
                            .move(Point(cx, y + 1)), .line(Point(cx, y + lineHeight - 1)), .move(Point(cx - r, y + 1)),
                            .line(Point(cx + r, y + 1)), .move(Point(cx - r, y + lineHeight - 1)),
                            .line(Point(cx + r, y + lineHeight - 1)),
                        ],
                        stroke: Stroke(color, width: max(1.5, font.size * 0.12)))
                ]
            case .marker(let q, let color):
                let r = max(3, font.size * 0.3)
                return Marker.paths(
                    at: Point(x + width / 2, q == .atLeast ? mid + r : (q == .atMost ? mid - r : mid)), qualifier: q,
                    color: color, radius: r, background: background)
            }
        }
    }
}
