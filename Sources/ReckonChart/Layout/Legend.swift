import ReckonModel

/// The legend: one entry per layer, and the marks that need explaining when they appear (qualifiers,
/// interpolated stretches, prediction bands). Laid out in rows that wrap to the width.
struct Legend {
    enum Swatch {
        case line(Color, dash: [Double])
        case box(Color)
        /// A hatched box: a bar spread from a total over a longer span.
        case hatched(Color)
        case marker(Qualifier?, Color)
        /// A range estimate's whisker.
        case range(Color)
    }

    var entries: [(Swatch, String)] = []
    var shown: Bool
    var textColor: Color
    var background: Color

    /// - Parameter plotWidth: the plot's width, which decides whether lines show their points.
    /// - Parameter details: whether to explain the marks (qualifiers, interpolation, bands) as well as
    ///   naming the layers.
    init(layers: [LayerData], spec: ChartSpec, theme: Theme, plotWidth: Double, details: Bool = true) {
        let ink = theme.mutedText
        textColor = theme.text
        background = theme.background
        for layer in layers {
            if let t = layer.trend {
                // A projected random walk draws only its projection: the swatch is that dotted line.
                let projectionOnly = t.fit.startsAtLastValue && layer.spec.project != nil
                entries.append(
                    (projectionOnly ? .line(layer.color.opacity(0.7), dash: [3, 4]) : .line(layer.color, dash: [9, 5]), layer.name))
            } else {
                switch layer.spec.mark {
                case .bar, .area, .band:
                    entries.append((.box(layer.color.opacity(layer.spec.mark == .bar ? 1 : 0.4)), layer.name))
                case .points, .range: entries.append((.marker(nil, layer.color), layer.name))
                case .line, .step:
                    // A line of separate estimates (no two on consecutive days) shows as its points.
                    let p = layer.points
                    let separate =
                        p.count > 0 && LineMark.drawsMarkers(layer, plotWidth: plotWidth)
                        && !(0..<max(0, p.count - 1)).contains { Marks.contiguous(p, $0, cadence: layer.cadence) }
                    // A line with no solid stretch is all interpolated, and its swatch says so.
                    let solid = (0..<max(0, p.count - 1)).contains {
                        Marks.contiguous(p, $0, cadence: layer.cadence) && LineMark.isKnot(p, $0) && LineMark.isKnot(p, $0 + 1)
                    }
                    let swatch: Swatch =
                        separate && layer.showsPoints
                        ? .marker(nil, layer.color)
                        : solid || p.count < 2
                            ? .line(layer.color, dash: layer.dash)
                            : .line(layer.color.opacity(0.55), dash: [6, 5])
                    entries.append((swatch, layer.name))
                }
            }
        }
        // Qualifier marks are explained only where markers are drawn.
        let marked = layers.filter { layer in
            guard layer.trend == nil else { return false }
            switch layer.spec.mark {
            case .points, .range: return true
            case .line, .step, .area: return LineMark.drawsMarkers(layer, plotWidth: plotWidth)
            case .bar, .band: return false
            }
        }
        var qualifiers = Set(marked.flatMap { layer in layer.points.qualifiers.compactMap { $0 } })
        // Bars show bounds as arrows.
        for layer in layers where layer.trend == nil && layer.spec.mark == .bar {
            qualifiers.formUnion(layer.points.qualifiers.compactMap { $0 == .about ? nil : $0 })
        }
        var explanations: [(Swatch, String)] = []
        if qualifiers.contains(.about) { explanations.append((.marker(.about, ink), "about")) }
        if qualifiers.contains(.atLeast) { explanations.append((.marker(.atLeast, ink), "at least")) }
        if qualifiers.contains(.atMost) { explanations.append((.marker(.atMost, ink), "at most")) }
        if layers.contains(where: { $0.trend == nil && $0.points.hasRangeOnly }) {
            explanations.append((.range(ink), "range of an estimate"))
        }
        if layers.contains(where: LineMark.hasInterpolatedStretches) {
            let throughBounds = layers.contains(where: LineMark.passesBounds)
            explanations.append(
                (
                    .line(ink.opacity(0.7), dash: [6, 5]),
                    throughBounds ? "interpolated, also through bounds" : "interpolated between estimates"
                ))
        }
        if let spread = layers.first(where: { layer in (0..<layer.points.count).contains { BarMark.isHatched(layer, $0) } }) {
            explanations.append((.hatched(spread.color), "spread evenly from a total over more days"))
        }
        if let partial = layers.first(where: { $0.trend == nil && $0.spec.mark == .bar && $0.points.complete.contains(false) }) {
            explanations.append((.box(partial.color.opacity(0.4)), "incomplete period"))
        }
        if let projected = layers.first(where: { layer in
            guard let t = layer.trend, let project = layer.spec.project else { return false }
            return !TrendMark.band(t, project: project).isEmpty
        })
        {
            explanations.append((.box(projected.color.opacity(0.2)), "95% prediction interval"))
        }
        switch spec.legend {
        case .none: shown = false
        case .top, .right, .direct: shown = true
        case .auto: shown = layers.count > 1 || !explanations.isEmpty
        }
        if !details { explanations = [] }
        // Named at their ends instead.
        if spec.legend == .direct {
            entries = zip(layers, entries).filter { !DirectLabels.names($0.0) }.map(\.1)
        }
        if layers.count == 1, spec.legend == .auto { entries = [] }
        entries += explanations
        if entries.isEmpty { shown = false }
    }

    /// `text` cut at a word or character so that it and "…" fit `width`; whole when it fits.
    static func cut(_ text: String, to width: Double, font: Font, measure: any TextMeasuring) -> String {
        guard measure.measure(text, font: font).width > width else { return text }
        var kept = Substring(text)
        while !kept.isEmpty, measure.measure(kept.trimmingCharacters(in: .whitespaces) + "…", font: font).width > width {
            kept = kept.dropLast()
        }
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The legend's texts and swatches from `origin`, and its height; with `columns`, each name is
    /// cut (with "…") to fit that many entries a line.
    func items(
        origin: Point, width: Double, font: Font, measure: any TextMeasuring, columns: Int? = nil
    ) -> (texts: [TextRun], paths: [Path], height: Double) {
        var texts: [TextRun] = []
        var paths: [Path] = []
        let lineHeight = measure.measure("Ag", font: font).height
        let swatchWidth = (font.size * 1.8).rounded()
        var x = origin.x, y = origin.y
        let room = columns.map { width / Double($0) - swatchWidth - 6 - 16 }
        for (swatch, name) in entries {
            let label = room.map { Self.cut(name, to: $0, font: font, measure: measure) } ?? name
            let size = measure.measure(label, font: font)
            let itemWidth = swatchWidth + 6 + size.width
            if x > origin.x, x + itemWidth > origin.x + width {
                x = origin.x
                y += lineHeight + 4
            }
            let mid = y + lineHeight / 2
            switch swatch {
            case .line(let color, let dash):
                paths.append(
                    .polyline(
                        [Point(x, mid), Point(x + swatchWidth, mid)],
                        stroke: Stroke(color, width: max(2, font.size * 0.16), dash: dash)))
            case .box(let color):
                paths.append(
                    .rect(Rect(x: x, y: mid - lineHeight * 0.3, width: swatchWidth, height: lineHeight * 0.6), fill: color))
            case .hatched(let color):
                let box = Rect(x: x, y: mid - lineHeight * 0.3, width: swatchWidth, height: lineHeight * 0.6)
                paths.append(.rect(box, fill: color.opacity(0.55)))
                paths.append(BarMark.hatch(box, color))
            case .range(let color):
                let r = max(3, font.size * 0.3)
                let cx = x + swatchWidth / 2
                paths.append(
                    Path(
                        [
                            .move(Point(cx, y + 1)), .line(Point(cx, y + lineHeight - 1)), .move(Point(cx - r, y + 1)),
                            .line(Point(cx + r, y + 1)), .move(Point(cx - r, y + lineHeight - 1)),
                            .line(Point(cx + r, y + lineHeight - 1)),
                        ],
                        stroke: Stroke(color, width: max(1.5, font.size * 0.12))))
            case .marker(let q, let color):
                let r = max(3, font.size * 0.3)
                paths += Marker.paths(
                    at: Point(x + swatchWidth / 2, q == .atLeast ? mid + r : (q == .atMost ? mid - r : mid)), qualifier: q,
                    color: color, radius: r, background: background)
            }
            texts.append(
                TextRun(label, origin: Point(x + swatchWidth + 6, y), font: font, color: textColor, size: size, role: .legend))
            x += itemWidth + font.size * 1.4
        }
        return (texts, paths, y + lineHeight - origin.y)
    }
}
