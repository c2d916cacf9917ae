import ReckonModel

/// The legend: one entry per layer, and the marks that need explaining when they appear (qualifiers,
/// interpolated stretches, prediction bands). Laid out in rows that wrap to the width.
struct Legend {
    /// One entry: its swatch, its name, and what in the plot it stands for.
    struct Entry {
        var swatch: Swatch
        var name: String
        var stands: SceneLegendEntry.Stands
    }

    var entries: [Entry] = []
    var shown: Bool
    var textColor: Color
    var background: Color

    /// Each layer's entry with the key its mark gives (see ``MarkKind/key(_:)``), then the explanations.
    /// - Parameter details: whether to explain the marks (qualifiers, interpolation, bands) as well as
    ///   naming the layers.
    init(layers: [LayerData], spec: ChartSpec, theme: Theme, details: Bool = true) {
        textColor = theme.text
        background = theme.background
        // A layer whose mark draws nothing (a band of points without bounds) has no entry, nor has a
        // line a direct legend names at its end.
        let named = layers.indices.filter { i in
            Marks.kind(of: layers[i]).draws(layers[i]) && !(spec.legend == .direct && DirectLabels.names(layers[i]))
        }
        entries = named.map { i in
            Entry(swatch: Marks.kind(of: layers[i]).key(layers[i]), name: layers[i].name, stands: .layer("layer-\(i + 1)"))
        }
        var explanations = Self.explanations(layers, ink: theme.mutedText, locale: ChartLocale(spec: spec.locale))
        switch spec.legend {
        case .none: shown = false
        case .top, .right, .direct: shown = true
        case .auto: shown = layers.count > 1 || !explanations.isEmpty
        }
        if !details { explanations = [] }
        if layers.count == 1, spec.legend == .auto { entries = [] }
        entries = Self.merged(entries + explanations, background: background)
        if entries.isEmpty { shown = false }
    }

    /// The entries with each swatch once: an entry whose swatch looks like an earlier one's joins
    /// that entry's name ("Median of the sources, interpolated between estimates"), so that a reader
    /// never has to tell two identical keys apart.
    static func merged(_ entries: [Entry], background: Color) -> [Entry] {
        var out: [Entry] = []
        for entry in entries {
            if let i = out.firstIndex(where: { $0.swatch.looksLike(entry.swatch, over: background) }) {
                out[i].name += ", " + entry.name
                out[i].stands = .merged([out[i].stands, entry.stands])
            } else {
                out.append(entry)
            }
        }
        return out
    }

    /// The entries as the scene records them.
    var sceneEntries: [SceneLegendEntry] {
        entries.map { SceneLegendEntry(label: $0.name, shape: $0.swatch.shape, color: $0.swatch.color, stands: $0.stands) }
    }

    /// The marks that need explaining, in `ink`: the qualifiers the layers' marks show, ranges,
    /// interpolated stretches, spread and incomplete bars, and prediction bands.
    static func explanations(_ layers: [LayerData], ink: Color, locale: ChartLocale = .house) -> [Entry] {
        let qualifiers = layers.reduce(into: Set<Qualifier>()) { $0.formUnion(Marks.kind(of: $1).qualifiersShown($1)) }
        var explanations: [Entry] = []
        func explain(_ swatch: Swatch, _ name: String, _ stands: SceneLegendEntry.Stands) {
            explanations.append(Entry(swatch: swatch, name: locale.word(name), stands: stands))
        }
        for q in [Qualifier.about, .atLeast, .atMost] where qualifiers.contains(q) {
            explain(.marker(q, ink), q.rawValue, .qualifier(q.rawValue))
        }
        if layers.contains(where: { $0.trend == nil && $0.points.hasRangeOnly }) {
            explain(.range(ink), "range of an estimate", .range)
        }
        if layers.contains(where: \.look.interpolated) {
            let throughBounds = layers.contains(where: \.look.throughBounds)
            explain(
                .line(ink.opacity(0.7), dash: [6, 5]),
                throughBounds ? "interpolated, also through bounds" : "interpolated between estimates", .interpolated)
        }
        // Only layers whose bars may be hatched are looked at point by point: a line may have a million.
        let spread = layers.first { layer in
            BarMark.mayHatch(layer) && (0..<layer.points.count).contains { BarMark.isHatched(layer, $0) }
        }
        if let spread {
            explain(.hatched(spread.color), "spread evenly from a total over more days", .spread)
        }
        if let partial = layers.first(where: { $0.trend == nil && $0.spec.mark == .bar && $0.points.complete.contains(false) }) {
            explain(.outlined(partial.color, fill: partial.faded(0.3, floor: 1.3)), "incomplete period", .incomplete)
        }
        if let projected = layers.first(where: { !$0.band.isEmpty }) {
            explain(.box(projected.faded(0.15, floor: 1.5)), "95% prediction interval", .prediction)
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
        for entry in entries {
            let (swatch, name) = (entry.swatch, entry.name)
            // A name longer than a line is cut to it: no entry leaves the canvas.
            let label = Self.cut(name, to: min(room ?? .infinity, width - swatchWidth - 6), font: font, measure: measure)
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
