import ReckonAnalysis
public import ReckonModel

/// Turns a chart spec and its series into a ``Scene``: data through the analysis core, then scales,
/// ticks and layout from measured text, then marks.
public struct ChartBuilder: Sendable {
    /// Measures text for layout; Pango's metrics in production, fixed metrics in tests.
    public var measure: any TextMeasuring
    /// The settings file as errors name it; nil for charts made on the command line.
    public var configPath: String?

    /// A builder that measures text with `measure` and names `configPath` in its errors.
    public init(measure: any TextMeasuring, configPath: String? = "reckon.yaml") {
        self.measure = measure
        self.configPath = configPath
    }

    /// A built chart.
    public struct Output: Sendable {
        /// The chart, ready for a backend.
        public var scene: Scene
        /// Things worth saying that did not stop the chart (a publisher's revision, a layer with no data).
        public var warnings: [Diagnostic]
        /// The sources of the points drawn.
        public var sources: [String]
        /// The last day any of the chart's series has data for.
        public var lastDay: Day?
    }

    /// Builds the scene of `spec`, loading series with `load` (a workspace's `load`, or your own).
    ///
    /// - Throws: a ``ChartError`` when a series cannot be loaded (a `ModelError` from `load` keeps its
    ///   kind; any other error is a `.badData` failure naming the series) or a layer's query or fit fails.
    public func build(_ spec: ChartSpec, load: (SeriesID) throws -> Series) throws(ChartError) -> Output {
        let theme = Theme(spec)
        var (layers, warnings) = try layerData(spec, theme: theme, load: load)
        // One axis, one unit: layers in different units would be silently mislabelled.
        let units = Set(layers.compactMap { $0.series.metadata.unit })
        if units.count > 1, spec.y.label == nil {
            throw ChartError(
                configPath == nil ? .usage : .badData, file: configPath, line: line(spec.line),
                "chart '\(spec.id)': its layers are in different units (\(units.sorted().joined(separator: ", "))) on one axis; name the axis with y.label"
            )
        }
        if spec.y.log, let message = LogGaps.apply(to: &layers, chart: spec.id) {
            warnings.append(Diagnostic(.warning, file: configPath, line: line(spec.line), message))
        }
        for (i, placement) in BarPlacement.place(layers, stack: spec.stack).enumerated() {
            if let placement { layers[i].bar = placement }
        }
        for layer in layers where layer.points.isEmpty {
            warnings.append(
                Diagnostic(
                    .warning, file: configPath, line: line(layer.spec.line), "layer '\(layer.spec.series)' has no data to draw"))
        }
        // Small charts shed text until the plot has room: first the subtitle, then the note, then the legend.
        // The legend's explanations go before the legend itself, which goes last: colours need it.
        let fallbacks: [Set<Part>] = [
            [], [.subtitle], [.subtitle, .note], [.subtitle, .note, .sourceList],
            [.subtitle, .note, .sourceList, .legendDetails],
            [.subtitle, .note, .sourceList, .legendDetails, .longTitle],
            [.subtitle, .note, .sourceList, .legendDetails, .longTitle, .legend],
        ]
        for omit in fallbacks {
            if let output = try compose(spec, theme: theme, layers: layers, warnings: warnings, omit: omit) {
                if !omit.isEmpty {
                    var out = output
                    out.warnings.append(
                        Diagnostic(
                            .warning, file: configPath, line: line(spec.line),
                            "chart '\(spec.id)' at \(spec.width)x\(spec.height) leaves out its \(omit.map(\.rawValue).sorted().joined(separator: ", ")) to make room for the plot"
                        ))
                    return out
                }
                return output
            }
        }
        throw ChartError(
            file: configPath, line: line(spec.line),
            "chart '\(spec.id)' is too small for its text: \(spec.width)x\(spec.height) leaves no room to plot")
    }

    /// Builds the scene of `spec` from series in memory.
    ///
    /// - Throws: a ``ChartError`` when a layer names a series that is not in `series`, or a layer's
    ///   query or fit fails.
    public func build(_ spec: ChartSpec, series: [Series]) throws(ChartError) -> Output {
        let byID = Dictionary(series.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try build(spec) { id throws(ModelError) -> Series in
            guard let found = byID[id] else { throw ModelError(.missingInput, "no series '\(id)' among the series given") }
            return found
        }
    }

    /// A spec's line for diagnostics: nil for specs that did not come from the file.
    func line(_ n: Int) -> Int? { configPath == nil || n == 0 ? nil : n }

    /// Parts of the text that a small chart may leave out.
    enum Part: String {
        case subtitle, note, legend
        /// The list of every source, shortened to the first and a count.
        case sourceList = "full list of sources"
        /// The legend's explanations of marks (qualifiers, interpolation); its layer entries stay.
        case legendDetails = "legend's explanations"
        /// A title of more than two lines, cut to two with "…".
        case longTitle = "title past two lines"
    }

    /// The chart laid out without the parts in `omit`, or nil when the plot would have no room.
    func compose(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], warnings: [Diagnostic], omit: Set<Part>
    ) throws(ChartError) -> Output? {
        let W = Double(spec.width), H = Double(spec.height)
        let pad = theme.pad

        // The time domain, in days (day d covers [d, d + 1)).
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
        // Room for markers at the ends, so the first and last estimate are not cut by the plot's edge.
        let marked = layers.contains { l in
            l.trend == nil
                && ([.points, .range].contains(l.spec.mark)
                    || ([.line, .step].contains(l.spec.mark) && LineMark.drawsMarkers(l, plotWidth: W - 2 * pad - 60)))
        }
        if marked, spec.x.from == nil, spec.x.to == nil, spec.x.last == nil {
            let margin = max(1, (xDomain.upperBound - xDomain.lowerBound) * 0.03)
            xDomain = (xDomain.lowerBound - margin)...(xDomain.upperBound + margin)
        }

        // Text blocks and the space they take.
        let contentWidth = W - 2 * pad
        let titleFont = theme.font(theme.title, bold: true), subtitleFont = theme.font(theme.subtitle)
        let labelFont = theme.font(theme.label), smallFont = theme.font(theme.small)
        var texts: [TextRun] = []
        var y = pad
        func block(_ text: String?, _ font: Font, _ color: Color, _ role: TextRole, gapAfter: Double, maxLines: Int = .max) {
            guard let text, !text.isEmpty else { return }
            let lines = TextWrap.lines(text, width: contentWidth, font: font, measure: measure)
            for line in TextWrap.shortened(lines, to: maxLines, width: contentWidth, font: font, measure: measure) {
                let size = measure.measure(line, font: font)
                texts.append(TextRun(line, origin: Point(pad, y), font: font, color: color, size: size, role: role))
                y += size.height
            }
            y += gapAfter
        }
        block(
            spec.title, titleFont, theme.text, .title, gapAfter: theme.label * 0.3, maxLines: omit.contains(.longTitle) ? 2 : .max
        )
        block(omit.contains(.subtitle) ? nil : spec.subtitle, subtitleFont, theme.mutedText, .subtitle, gapAfter: 0)
        y += theme.label * 0.6
        // The plot is nearly as wide as the chart; the legend only needs to know whether lines show points.
        let legend = Legend(
            layers: layers, spec: spec, theme: theme, plotWidth: W - 2 * pad - 60, details: !omit.contains(.legendDetails))
        var legendPaths: [Path] = []
        if legend.shown, !omit.contains(.legend) {
            // A compact legend (layers only) is set small as well.
            let drawn = legend.items(
                origin: Point(pad, y), width: contentWidth, font: omit.contains(.legendDetails) ? smallFont : labelFont,
                measure: measure)
            texts += drawn.texts
            legendPaths = drawn.paths
            y += drawn.height + theme.label * 0.6
        }
        let unitLabel = spec.y.label ?? layers.first.flatMap { $0.series.metadata.unit }
        let unitLine: (String, Double)? = unitLabel.map { ($0, y) }
        if let unitLabel { y += measure.measure(unitLabel, font: smallFont).height + 4 }
        let plotTop = y + theme.label * 0.5

        // The footer, from the bottom up.
        let sources = Self.sources(layers)
        var footer: [(String, TextRole)] = []
        if let note = spec.note, !omit.contains(.note) {
            footer += TextWrap.lines(note, width: contentWidth, font: smallFont, measure: measure).map { ($0, .note) }
        }
        let sourceText: String? =
            switch spec.source {
            case .auto where omit.contains(.sourceList) && sources.count > 1:
                "Sources: \(sources[0]) and \(sources.count - 1) more"
            case .auto: sources.isEmpty ? nil : "Source: " + sources.joined(separator: "; ")
            case .text(let s): "Source: " + s
            case .none: nil
            }
        if let sourceText {
            footer += TextWrap.lines(sourceText, width: contentWidth, font: smallFont, measure: measure).map { ($0, .source) }
        }
        let lineHeight = measure.measure("Ag", font: smallFont).height
        var bottom = H - pad - Double(footer.count) * lineHeight
        for (i, (line, role)) in footer.enumerated() {
            let size = measure.measure(line, font: smallFont)
            texts.append(
                TextRun(
                    line, origin: Point(pad, bottom + Double(i) * lineHeight), font: smallFont, color: theme.mutedText,
                    size: size,
                    role: role))
        }
        if !footer.isEmpty { bottom -= theme.label * 0.6 }
        let tickHeight = measure.measure("Ag", font: labelFont).height
        // Below the axis, clear of the lowest value label, which is centred on the baseline.
        let xLabelOffset = (tickHeight / 2).rounded(.up) + 3
        let plotBottom = bottom - 2 * tickHeight - xLabelOffset - 1
        guard plotBottom - plotTop >= max(40, H * 0.2) else { return nil }

        // The value axis.
        let yAxis = ValueAxis(spec: spec, layers: layers, xDomain: xDomain, plotHeight: plotBottom - plotTop, markers: marked)
        let tickLabels = yAxis.ticks.map { spec.y.format.label($0, step: yAxis.step) }
        let labelWidth = tickLabels.map { measure.measure($0, font: labelFont).width }.max() ?? 0
        let plotLeft = pad + labelWidth + 8
        // A direct legend writes the lines' names right of their ends.
        let plotRight = W - pad - (spec.legend == .direct ? DirectLabels.room(layers, theme: theme, measure: measure) : 0)
        let plot = Rect(x: plotLeft, y: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
        let xScale = Scale(domain: xDomain, start: plot.x, end: plot.maxX)
        let yScale = Scale(domain: yAxis.domain, start: plot.maxY, end: plot.y, log: spec.y.log)

        var items: [SceneItem] = []
        // Grid and value labels.
        var grid: [SceneItem] = []
        for (tick, label) in zip(yAxis.ticks, tickLabels) {
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
        if let (unit, at) = unitLine {
            let size = measure.measure(unit, font: smallFont)
            texts.append(TextRun(unit, origin: Point(pad, at), font: smallFont, color: theme.mutedText, size: size, role: .unit))
        }
        // Time ticks.
        let first = Day(ordinal: Int32(saturating: xDomain.lowerBound.rounded(.down)))
        let last = Day(ordinal: Int32(saturating: xDomain.upperBound.rounded(.up) - 1))
        let ticks = DateTicks.ticks(from: first, to: last, pixels: plot.width) { measure.measure($0, font: labelFont).width }
        var placed: [Rect] = []
        var secondaryRuns: [TextRun] = []
        var secondaryCandidates: [(Double, String, Day)] = []
        // Where each tick label went in `texts`, to take back a label whose month or year is dropped.
        var dayLabels: [(day: Day, index: Int)] = []
        for tick in ticks {
            let px = xScale(Double(tick.day.ordinal))
            guard px >= plot.x - 0.5, px <= plot.maxX + 0.5 else { continue }
            grid.append(.path(.polyline([Point(px, plot.maxY), Point(px, plot.maxY + 5)], stroke: Stroke(theme.axis, width: 1))))
            let size = measure.measure(tick.label, font: labelFont)
            let lx = min(max(px - size.width / 2, 0), W - size.width)
            let box = Rect(x: lx, y: plot.maxY + xLabelOffset, width: size.width, height: size.height)
            guard !placed.contains(where: { $0.intersects(box) }) else { continue }
            placed.append(box)
            dayLabels.append((tick.day, texts.count))
            texts.append(
                TextRun(
                    tick.label, origin: Point(box.x, box.y), font: labelFont, color: theme.mutedText, size: size, role: .tickX))
            if let secondary = tick.secondary { secondaryCandidates.append((px, secondary, tick.day)) }
        }
        // The second row: a month or year under the first tick of each. When the first label (a month
        // or year the axis barely shows) crowds the next, the next wins and takes over its year, and the
        // ticks before it lose their labels: a "28" with no month under it says too little.
        var unlabelledBefore: Day?
        for (px, text, day) in secondaryCandidates {
            func run(_ text: String) -> TextRun {
                let size = measure.measure(text, font: labelFont)
                let x = min(max(px - size.width / 2, 0), W - size.width)
                return TextRun(
                    text, origin: Point(x, plot.maxY + xLabelOffset + tickHeight), font: labelFont, color: theme.text, size: size,
                    role: .tickX)
            }
            var next = run(text)
            if let previous = secondaryRuns.last, previous.box.intersects(next.box.insetBy(-10)) {
                guard secondaryRuns.count == 1 else { continue }
                if previous.text.contains(" "), !text.contains(" ") { next = run(text + " " + String(day.civil.year)) }
                secondaryRuns = []
                unlabelledBefore = day
            }
            secondaryRuns.append(next)
        }
        if let unlabelledBefore {
            for tick in dayLabels.reversed() where tick.day < unlabelledBefore { texts.remove(at: tick.index) }
        }
        texts += secondaryRuns
        grid.append(
            .path(.polyline([Point(plot.x, plot.maxY), Point(plot.maxX, plot.maxY)], stroke: Stroke(theme.axis, width: 1))))
        items.append(.group(id: "grid", clip: nil, items: grid))

        // Annotations behind the data, marks on top, both clipped to the plot.
        let context = MarkContext(
            x: xScale, y: yScale, plot: plot, theme: theme, measure: measure, format: spec.y.format, step: yAxis.step)
        let notes = AnnotationMarks.draw(spec.annotations, context)
        items.append(.group(id: "annotations", clip: plot, items: notes.items))
        texts += notes.texts
        var marks: [SceneMark] = []
        var labels: [LabelRequest] = []
        for (i, layer) in layers.enumerated() {
            let drawn = Marks.draw(layer, context)
            let id = "layer-\(i + 1)"
            items.append(.group(id: id, clip: plot.insetBy(-6), items: drawn.items))
            texts += drawn.texts
            marks += drawn.marks.map { mark in
                var m = mark
                m.layer = id
                return m
            }
            labels += drawn.labels
        }
        // Value labels, placed together clear of every marker, range and annotation text.
        let obstacles = marks.filter { [.point, .range, .bar].contains($0.kind) }.map(\.box) + notes.texts.map(\.box)
        if spec.legend == .direct {
            let area = Rect(x: plot.x, y: plot.y, width: W - pad - plot.x, height: plot.height)
            labels = DirectLabels.requests(layers, context, area: area) + labels
        }
        let valueLabels = LabelPlacer.place(labels, avoiding: obstacles, context)
        items.append(.group(id: "labels", clip: nil, items: valueLabels.halos))
        texts += valueLabels.texts
        items.append(.group(id: "legend", clip: nil, items: legendPaths.map { .path($0) }))
        items.append(.group(id: "text", clip: nil, items: texts.map { .text($0) }))

        let alt = spec.alt ?? AltText.describe(spec, layers: layers, sources: sources)
        var scene = Scene(
            width: W, height: H, background: theme.background, items: items, title: spec.title ?? spec.id, description: alt)
        scene.layers = layers.enumerated().map { i, layer in
            SceneLayer(
                id: "layer-\(i + 1)", label: layer.name, color: layer.color,
                dash: layer.trend != nil ? [9, 5] : layer.dash,
                mark: layer.trend != nil ? "trend" : layer.spec.mark.rawValue)
        }
        scene.marks = marks
        let lastDay = layers.compactMap { $0.series.dateRange?.upperBound }.max()
        return Output(scene: scene, warnings: warnings, sources: sources, lastDay: lastDay)
    }

    /// The sources of the points drawn, in order of first appearance.
    static func sources(_ layers: [LayerData]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for layer in layers {
            var used = Set<Int32>()
            for i in layer.points.sourceIndex where used.insert(i).inserted {
                for s in layer.points.sourceSets[Int(i)] where seen.insert(s).inserted { out.append(s) }
            }
            if layer.points.sourceIndex.isEmpty, let s = layer.series.metadata.source, seen.insert(s).inserted { out.append(s) }
        }
        return out
    }
}

extension Rect {
    /// The rectangle grown by `d` on every side (shrunk for negative `d`).
    func insetBy(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}
