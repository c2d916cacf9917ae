import ReckonModel

/// The legend: one entry per layer, and the marks that need explaining when they appear (qualifiers,
/// interpolated stretches, prediction bands). Laid out in rows that wrap to the width.
struct Legend {
    var entries: [(Swatch, String)] = []
    var shown: Bool
    var textColor: Color
    var background: Color

    /// Each layer's entry with the key its mark gives (see ``MarkKind/key(_:)``), then the explanations.
    /// - Parameter details: whether to explain the marks (qualifiers, interpolation, bands) as well as
    ///   naming the layers.
    init(layers: [LayerData], spec: ChartSpec, theme: Theme, details: Bool = true) {
        textColor = theme.text
        background = theme.background
        entries = layers.map { (Marks.kind(of: $0).key($0), $0.name) }
        var explanations = Self.explanations(layers, ink: theme.mutedText)
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

    /// The marks that need explaining, in `ink`: the qualifiers the layers' marks show, ranges,
    /// interpolated stretches, spread and incomplete bars, and prediction bands.
    static func explanations(_ layers: [LayerData], ink: Color) -> [(Swatch, String)] {
        let qualifiers = layers.reduce(into: Set<Qualifier>()) { $0.formUnion(Marks.kind(of: $1).qualifiersShown($1)) }
        var explanations: [(Swatch, String)] = []
        if qualifiers.contains(.about) { explanations.append((.marker(.about, ink), "about")) }
        if qualifiers.contains(.atLeast) { explanations.append((.marker(.atLeast, ink), "at least")) }
        if qualifiers.contains(.atMost) { explanations.append((.marker(.atMost, ink), "at most")) }
        if layers.contains(where: { $0.trend == nil && $0.points.hasRangeOnly }) {
            explanations.append((.range(ink), "range of an estimate"))
        }
        if layers.contains(where: \.look.interpolated) {
            let throughBounds = layers.contains(where: \.look.throughBounds)
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
        }) {
            explanations.append((.box(projected.color.opacity(0.2)), "95% prediction interval"))
        }
        return explanations
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
            paths += swatch.paths(
                x: x, y: y, width: swatchWidth, lineHeight: lineHeight, font: font, background: background)
            texts.append(
                TextRun(label, origin: Point(x + swatchWidth + 6, y), font: font, color: textColor, size: size, role: .legend))
            x += itemWidth + font.size * 1.4
        }
        return (texts, paths, y + lineHeight - origin.y)
    }
}
