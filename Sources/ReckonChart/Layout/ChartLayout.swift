import ReckonAnalysis
import ReckonModel

/// The steps of a chart's layout, in the order ``ChartBuilder`` runs them; each takes what it needs and
/// returns parts of the scene.
extension ChartBuilder {
    /// The time domain in days (day d covers [d, d + 1)), with room at its ends when any layer's marks
    /// need it (see ``MarkKind/needsRoom(_:)``), so the first and last estimate are not cut by the plot's edge.
    func timeDomain(_ spec: ChartSpec, layers: [LayerData]) -> ClosedRange<Double> {
        var xDomain =
            layers.compactMap(\.dayRange).reduce(nil as ClosedRange<Double>?) { acc, r in
                acc.map { min($0.lowerBound, r.lowerBound)...max($0.upperBound, r.upperBound) } ?? r
            } ?? Double(Day(year: 2025, month: 1, day: 1)!.ordinal)...Double(Day(year: 2026, month: 1, day: 1)!.ordinal)
        if let from = spec.x.from { xDomain = Double(from.ordinal)...max(Double(from.ordinal) + 1, xDomain.upperBound) }
        if let to = spec.x.to { xDomain = xDomain.lowerBound...max(xDomain.lowerBound + 1, Double(to.ordinal) + 1) }
        if let last = spec.x.last {
            let end = Day(ordinal: Int32(saturating: xDomain.upperBound - 1))
            xDomain = Double(last.before(end).ordinal)...xDomain.upperBound
        }
        if xDomain.upperBound - xDomain.lowerBound < 2 { xDomain = (xDomain.lowerBound - 1)...(xDomain.upperBound + 1) }
        if Self.needsRoom(layers), spec.x.from == nil, spec.x.to == nil, spec.x.last == nil {
            let margin = max(1, (xDomain.upperBound - xDomain.lowerBound) * 0.03)
            xDomain = (xDomain.lowerBound - margin)...(xDomain.upperBound + margin)
        }
        return xDomain
    }

    /// Whether any layer's marks need room at the ends of the axes.
    static func needsRoom(_ layers: [LayerData]) -> Bool { layers.contains { Marks.kind(of: $0).needsRoom($0) } }

    /// The coarsest period that dates every point drawn (a chart of monthly bars has `month`), which
    /// the time axis' ticks are no finer than; `day` when any point is a day.
    static func period(_ layers: [LayerData]) -> PeriodUnit {
        var finest = PeriodUnit.year
        var any = false
        for layer in layers where layer.trend == nil {
            for d in layer.points.dates {
                any = true
                finest = min(finest, d.isDay ? .day : d.start.unit)
                if finest == .day { return .day }
            }
        }
        return any ? finest : .day
    }

    /// The header from the top: title, subtitle, legend, and the unit's line (returned apart, as it is
    /// drawn after the value labels); where the plot can start.
    func header(_ spec: ChartSpec, theme: Theme, layers: [LayerData], omit: Set<Part>) -> Header {
        let pad = theme.pad, contentWidth = Double(spec.width) - 2 * theme.pad
        let titleFont = theme.font(theme.title, bold: true), subtitleFont = theme.font(theme.subtitle)
        let labelFont = theme.font(theme.label), smallFont = theme.font(theme.small)
        var texts: [TextRun] = []
        var y = pad
        func block(_ text: String?, _ font: Font, _ color: Color, _ role: TextRole, gapAfter: Double, maxLines: Int = .max) {
            guard let text, !text.isEmpty else { return }
            let lines = TextWrap.lines(text, width: contentWidth, font: font, measure: measure)
            for line in TextWrap.shortened(lines, to: maxLines, width: contentWidth, font: font, measure: measure) {
                let size = measure.measure(line, font: font)
                // A line in a right-to-left script is set against the right edge.
                let x = Bidi.isRightToLeft(line) ? pad + contentWidth - size.width : pad
                texts.append(TextRun(line, origin: Point(x, y), font: font, color: color, size: size, role: role))
                y += size.height
            }
            y += gapAfter
        }
        block(
            spec.title, titleFont, theme.text, .title, gapAfter: theme.label * 0.3,
            maxLines: omit.contains(.titlePastALine) ? 2 : omit.contains(.longTitle) ? 3 : .max
        )
        block(omit.contains(.subtitle) ? nil : spec.subtitle, subtitleFont, theme.mutedText, .subtitle, gapAfter: 0)
        y += theme.label * 0.6
        let legend = Legend(layers: layers, spec: spec, theme: theme, details: !omit.contains(.legendDetails))
        var legendPaths: [Path] = []
        var entries: [SceneLegendEntry] = []
        if legend.shown, !omit.contains(.legend) {
            entries = legend.sceneEntries
            // A compact legend (layers only) is set small as well.
            let drawn = legend.items(
                origin: Point(pad, y), width: contentWidth, font: omit.contains(.legendDetails) ? smallFont : labelFont,
                measure: measure, columns: omit.contains(.shorterLegend) ? 3 : omit.contains(.shortLegend) ? 2 : nil)
            texts += drawn.texts
            legendPaths = drawn.paths
            y += drawn.height + theme.label * 0.6
        }
        var unit: TextRun?
        if let label = spec.y.label ?? layers.first.flatMap({ $0.series.metadata.unit }) {
            let size = measure.measure(label, font: smallFont)
            unit = TextRun(label, origin: Point(pad, y), font: smallFont, color: theme.mutedText, size: size, role: .unit)
            y += size.height + 4
        }
        return Header(texts: texts, legend: legendPaths, entries: entries, unit: unit, plotTop: y + theme.label * 0.5)
    }

    /// The footer from the bottom up: the note and the source line; where the plot must end.
    func footer(
        _ spec: ChartSpec, theme: Theme, sources: [String], latest: String?, omit: Set<Part>, locale: ChartLocale = .house
    ) -> Footer {
        let contentWidth = Double(spec.width) - 2 * theme.pad
        let smallFont = theme.font(theme.small)
        var footer: [(String, TextRole)] = []
        if let note = spec.note, !omit.contains(.note) {
            footer += TextWrap.lines(note, width: contentWidth, font: smallFont, measure: measure).map { ($0, .note) }
        }
        let sourceText: String? =
            switch spec.source {
            case .auto where omit.contains(.sourceNames) && sources.count > 1: locale.phrase("%d sources", count: sources.count)
            case .auto where omit.contains(.sourceList) && sources.count > 1:
                locale.word("Sources") + ": " + locale.phrase("%@ and %d more", name: sources[0], count: sources.count - 1)
            default: spec.sourceLine(sources, locale: locale)
            }
        // The data's as-of date, so a reader of a printed or shared copy knows how current it is.
        // The date is kept on one line (no-break spaces): "27." and "März 2025" apart say less.
        let asOf = latest.map { locale.word("Latest data") + ": " + $0.replacingOccurrences(of: " ", with: "\u{A0}") }
        let sourceLine = [sourceText, asOf].compactMap { $0 }.joined(separator: " · ")
        if !sourceLine.isEmpty {
            var lines = TextWrap.lines(sourceLine, width: contentWidth, font: smallFont, measure: measure)
            if omit.contains(.longSource) {
                lines = TextWrap.shortened(lines, to: 2, width: contentWidth, font: smallFont, measure: measure)
            }
            footer += lines.map { ($0, .source) }
        }
        let lineHeight = measure.measure("Ag", font: smallFont).height
        var bottom = Double(spec.height) - theme.pad - Double(footer.count) * lineHeight
        let texts = footer.enumerated().map { i, line in
            let size = measure.measure(line.0, font: smallFont)
            // A note in a right-to-left script is set against the right edge, as the title is.
            let x = line.1 == .note && Bidi.isRightToLeft(line.0) ? theme.pad + contentWidth - size.width : theme.pad
            return TextRun(
                line.0, origin: Point(x, bottom + Double(i) * lineHeight), font: smallFont, color: theme.mutedText, size: size,
                role: line.1)
        }
        if !footer.isEmpty { bottom -= theme.label * 0.6 }
        return Footer(texts: texts, bottom: bottom)
    }

    /// The break drawn across the foot of a plot whose axis `broken-axis` lets start above zero (or across
    /// its top when it ends below zero): a zig-zag gap cut through the bars, edged in the axis colour.
    func axisBreak(_ spec: ChartSpec, theme: Theme, plot: Rect, domain: ClosedRange<Double>) -> [SceneItem] {
        guard spec.y.brokenAxis, !spec.y.log, domain.lowerBound > 0 || domain.upperBound < 0 else { return [] }
        let y = domain.lowerBound > 0 ? plot.maxY - 7 : plot.y + 3
        let (wave, gap) = (4.0, 4.0)
        var edge: [Point] = []
        var x = plot.x - 4
        var up = true
        while x < plot.maxX + 4 {
            edge.append(Point(min(x, plot.maxX + 4), y + (up ? -wave / 2 : wave / 2)))
            x += wave * 1.5
            up.toggle()
        }
        let lower = edge.map { Point($0.x, $0.y + gap) }
        let outline = edge + lower.reversed()
        return [
            .path(Path([.move(outline[0])] + outline.dropFirst().map { .line($0) } + [.close], fill: theme.background)),
            .path(.polyline(edge, stroke: Stroke(theme.axis, width: 1))),
            .path(.polyline(lower, stroke: Stroke(theme.axis, width: 1))),
        ]
    }

    /// The value axis: a grid line and a label at each tick (the zero line darker), and a fainter,
    /// dotted grid line at each of the `minor` ticks.
    func valueGrid(
        _ spec: ChartSpec, theme: Theme, ticks: [(Double, String)], minor: [Double] = [], plot: Rect, y yScale: Scale
    ) -> AxisParts {
        let labelFont = theme.font(theme.label)
        var grid: [SceneItem] = minor.map { tick in
            let py = yScale(tick)
            return .path(
                .polyline([Point(plot.x, py), Point(plot.maxX, py)], stroke: Stroke(theme.grid, width: 1, dash: [1, 3])))
        }
        var texts: [TextRun] = []
        for (tick, label) in ticks {
            let py = yScale(tick)
            let isZero = tick == 0 && !spec.y.log
            grid.append(
                .path(
                    .polyline(
                        [Point(plot.x, py), Point(plot.maxX, py)], stroke: Stroke(isZero ? theme.axis : theme.grid, width: 1))))
            let size = measure.measure(label, font: labelFont)
            texts.append(
                TextRun(
                    label, origin: Point(plot.x - 8 - size.width, py - size.height / 2), font: labelFont, color: theme.mutedText,
                    size: size, role: .tickY))
        }
        return AxisParts(grid: grid, texts: texts)
    }

    /// The data: bands and annotations behind, each layer's marks on top (both clipped near the plot),
    /// in the order of their kinds whatever the spec's order (areas and bands, then bars, lines, points;
    /// see ``MarkKind/depth(_:)``), then the notes on points with their arrows, and last every label
    /// placed together, clear of every marker, range, bar, line, note and arrow.
    func data(
        _ spec: ChartSpec, layers: [LayerData], context: MarkContext, width W: Double, numbers: [Int]? = nil,
        namesInPlot: Bool = false
    ) -> Drawn {
        let plot = context.plot
        var items: [SceneItem] = []
        let notes = AnnotationMarks.draw(spec.annotations, bands: spec.y.bands, context)
        items.append(.group(id: "annotations", clip: plot, items: notes.items))
        var texts: [TextRun] = []
        var marks: [SceneMark] = []
        var labels: [LabelRequest] = []
        let order = layers.indices.sorted {
            (Marks.kind(of: layers[$0]).depth(layers[$0]), $0) < (Marks.kind(of: layers[$1]).depth(layers[$1]), $1)
        }
        for i in order {
            let drawn = Marks.draw(layers[i], context)
            let id = "layer-\((numbers?[i] ?? i) + 1)"
            items.append(.group(id: id, clip: plot.insetBy(-6), items: drawn.items))
            texts += drawn.texts
            marks += drawn.marks.map { mark in
                var m = mark
                m.layer = id
                return m
            }
            labels += drawn.labels
        }
        let obstacles = marks.filter { [.point, .range, .bar].contains($0.kind) }.map(\.box)
        // The chart's latest value is read first, whichever layer has it.
        if let latest = labels.indices.max(by: { labels[$0].anchor.x < labels[$1].anchor.x }) {
            labels[latest].priority = min(labels[latest].priority, 1)
        }
        if spec.legend == .direct { texts += DirectLabels.place(layers, context) }
        // A chart with no room for its legend names its layers in the plot, beside their last points,
        // before any value label.
        if namesInPlot { labels = DirectLabels.names(of: layers, context) + labels }
        // The annotations' labels first, then notes on points, as they say more than a value; then the
        // value labels, clear of all of them and of the notes' arrows.
        let lines = Self.lines(in: items)
        let events = AnnotationLabels.place(notes.labels, avoiding: obstacles, lines: lines, context)
        let callouts = Callouts.place(
            spec.annotations, avoiding: obstacles + events.texts.map(\.box), lines: lines, context)
        let arrows = Self.lines(in: [.group(id: "layer-notes", clip: nil, items: callouts.items)])
        let placed = LabelPlacer.place(
            labels, avoiding: obstacles + events.texts.map(\.box) + callouts.texts.map(\.box), lines: lines + arrows, context)
        items.append(
            .group(id: "labels", clip: nil, items: events.items + callouts.items + placed.leaders.map { .path($0) }))
        var drawn = Drawn(items: items, texts: texts + events.texts + callouts.texts + placed.texts, marks: marks)
        drawn.dropped = events.dropped + callouts.dropped + placed.dropped
        return drawn
    }

    /// The lines drawn in the layers' and the annotations' groups (strokes without fill), as runs of
    /// points: what labels keep clear of, and what the scene audit checks they do.
    static func lines(in items: [SceneItem]) -> [[Point]] { SceneAudit.dataLines(items).map(\.points) }
}
