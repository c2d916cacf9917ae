import ReckonModel

extension Legend {
    /// A legend entry's key: what a layer's mark draws (see ``MarkKind/key(_:)``), or a mark being explained.
    enum Swatch: Hashable {
        case line(Color, dash: [Double])
        case box(Color)
        /// A pale box outlined in the full colour: a bar of a period still in progress.
        case outlined(Color, fill: Color)
        /// A hatched box: a bar spread from a total over a longer span.
        case hatched(Color)
        case marker(Qualifier?, Color)
        /// A range estimate's whisker.
        case range(Color)

        /// The swatch's shape in words, without its colour: `line dash 6,5`, `box`, `marker about`.
        var shape: String {
            switch self {
            case .line(_, let dash): dash.isEmpty ? "line" : "line dash " + dash.map(fmt).joined(separator: ",")
            case .box: "box"
            case .outlined: "outlined box"
            case .hatched: "hatched box"
            case .marker(let q, _): "marker " + (q?.rawValue ?? "dot")
            case .range: "range"
            }
        }

        /// The swatch's colour.
        var color: Color {
            switch self {
            case .line(let c, _), .box(let c), .hatched(let c), .marker(_, let c), .range(let c), .outlined(let c, _): c
            }
        }

        /// Whether a reader would take the two swatches for one over `background`: the same shape in
        /// colours closer than a few steps of 255 in each channel.
        func looksLike(_ other: Swatch, over background: Color) -> Bool {
            shape == other.shape && color.looksLike(other.color, over: background)
        }

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
            case .outlined(let color, let fill):
                let box = Rect(x: x, y: mid - lineHeight * 0.3, width: width, height: lineHeight * 0.6)
                return [.rect(box.insetBy(0.75), fill: fill, stroke: Stroke(color, width: 1.5))]
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
