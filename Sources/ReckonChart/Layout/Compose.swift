import ReckonAnalysis
import ReckonModel

/// One plot laid out from the steps in `ChartLayout.swift`, and the scene assembled from it; small
/// multiples share the frame and the axes (see `Facets.swift`).
extension ChartBuilder {
    /// What one plot and small multiples share: the time domain (and whether marks need room at its
    /// ends), the header from the top, the footer from the bottom, the sources and the locale.
    func frame(_ spec: ChartSpec, theme: Theme, layers: [LayerData], omit: Set<Part>) -> Frame {
        let xDomain = timeDomain(spec, layers: layers)
        let header = header(spec, theme: theme, layers: layers, omit: omit)
        let sources = Self.sources(layers)
        let locale = ChartLocale(spec: spec.locale)
        let footer = footer(
            spec, theme: theme, sources: sources, latest: Self.latestDate(layers).map { locale.date($0) }, omit: omit,
            locale: locale)
        return Frame(
            xDomain: xDomain, needsRoom: Self.needsRoom(layers), header: header, footer: footer, sources: sources,
            locale: locale, omitted: omit)
    }

    /// The scales of `plot`, its value grid and time axis, and what marks need to draw in it: the same
    /// for one plot and for each panel of small multiples.
    func axes(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], plot: Rect, xDomain: ClosedRange<Double>, yAxis: ValueAxis,
        tickLabels: [String], rows: TimeAxisRows, locale: ChartLocale
    ) -> Axes {
        let xScale = Scale(domain: xDomain, start: plot.x, end: plot.maxX)
        let yScale = Scale(domain: yAxis.domain, start: plot.maxY, end: plot.y, log: spec.y.log)
        let values = valueGrid(
            spec, theme: theme, ticks: zip(yAxis.ticks, tickLabels).map { ($0, $1) }, minor: yAxis.minor, plot: plot, y: yScale)
        let time = timeAxis(
            theme: theme, domain: xDomain, plot: plot, x: xScale, width: Double(spec.width), rows: rows, locale: locale,
            period: Self.period(layers))
        let context = MarkContext(
            x: xScale, y: yScale, plot: plot, theme: theme, measure: measure, format: spec.y.format, step: yAxis.step,
            locale: locale, onTwoThreads: onTwoThreads)
        return Axes(values: values, time: time, context: context)
    }

    /// The chart laid out without the parts in `omit`, or nil when the plot would have no room: the
    /// time domain, the header from the top and the footer from the bottom, the value axis in between,
    /// then the time axis, the data and its labels, each a step of its own (see `ChartLayout.swift`).
    func compose(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], warnings: [Diagnostic], omit: Set<Part>
    ) throws(ChartError) -> Output? {
        if spec.facet != .none { return composeFacets(spec, theme: theme, layers: layers, warnings: warnings, omit: omit) }
        let W = Double(spec.width), H = Double(spec.height)
        let frame = frame(spec, theme: theme, layers: layers, omit: omit)
        let (header, footer) = (frame.header, frame.footer)
        let metrics = PlotMetrics(theme: theme, measure: measure)
        let plotBottom = metrics.plotBottom(above: footer.bottom)
        guard plotBottom - header.plotTop >= max(40, H * 0.2) else { return nil }

        // The value axis, whose labels decide where the plot starts.
        var yAxis = ValueAxis(
            spec: spec, layers: layers, xDomain: frame.xDomain, plotHeight: plotBottom - header.plotTop,
            markers: frame.needsRoom)
        yAxis.thin(pixels: plotBottom - header.plotTop, spacing: metrics.tickHeight + 2)
        let tickLabels = metrics.tickLabels(yAxis, format: spec.y.format, locale: frame.locale, measure: measure)
        let plotLeft = theme.pad + tickLabels.width + 8
        // A direct legend writes the lines' names right of their ends.
        let plotRight =
            W - theme.pad - (spec.legend == .direct ? DirectLabels.room(layers, theme: theme, measure: measure) : 0)
        let plot = Rect(x: plotLeft, y: header.plotTop, width: plotRight - plotLeft, height: plotBottom - header.plotTop)
        let axes = axes(
            spec, theme: theme, layers: layers, plot: plot, xDomain: frame.xDomain, yAxis: yAxis,
            tickLabels: tickLabels.labels, rows: metrics.rows, locale: frame.locale)
        let (values, time) = (axes.values, axes.time)
        let data = data(spec, layers: layers, context: axes.context, width: W, namesInPlot: omit.contains(.legend))

        let texts = header.texts + footer.texts + values.texts + (header.unit.map { [$0] } ?? []) + time.texts + data.texts
        let items: [SceneItem] =
            [.group(id: "grid", clip: nil, items: values.grid + time.grid)] + data.items
            + axisBreak(spec, theme: theme, plot: plot, domain: yAxis.domain) + [
                .group(id: "legend", clip: nil, items: header.legend.map { .path($0) }),
                .group(id: "text", clip: nil, items: texts.map { .text($0) }),
            ]
        return assemble(
            spec, theme: theme, layers: layers, warnings: warnings, frame: frame, items: items, marks: data.marks,
            plots: [plot], dropped: data.dropped)
    }

    /// The scene from its items and marks: the alternative text, the layers' meanings, and the marks
    /// within the plots (those outside are clipped away, so the scene does not list them); a warning
    /// names the labels and notes `dropped` for want of room.
    func assemble(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], warnings: [Diagnostic], frame: Frame, items: [SceneItem],
        marks: [SceneMark], plots: [Rect], dropped: [String] = []
    ) -> Output {
        var warnings = warnings
        if !dropped.isEmpty {
            let quoted = dropped.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (dropped.count > 3 ? ", …" : "")
            warnings.append(
                Diagnostic(
                    .warning, file: configPath, line: line(spec.line),
                    "chart '\(spec.id)' at \(spec.width)x\(spec.height) leaves out \(dropped.count) label\(dropped.count == 1 ? "" : "s") with no free spot: \(quoted)"
                ))
        }
        let W = Double(spec.width), H = Double(spec.height)
        let (xDomain, sources) = (frame.xDomain, frame.sources)
        // The text describes what the chart shows: the points within its time axis (a layer wholly
        // within it as it is, its extent not found again).
        let shownLayers = layers.map { l in
            guard !l.extent.isWithin(xDomain) else { return l }
            var v = l
            v.points = DrawnLayer.visible(l.points, domain: xDomain)
            return v
        }
        var alt = spec.alt ?? AltText.describe(spec, layers: shownLayers, sources: sources, locale: frame.locale)
        // A note the layout had no room for is said in the alternative text, which every format carries.
        if let note = spec.note, !note.isEmpty, frame.omitted.contains(.note), !alt.contains(note) { alt += " Note: " + note }
        var scene = Scene(
            width: W, height: H, background: theme.background, items: items, title: spec.title ?? spec.id, description: alt)
        scene.locale = spec.locale
        scene.legend = frame.header.entries
        scene.layers = layers.enumerated().map { i, layer in
            SceneLayer(
                id: "layer-\(i + 1)", label: layer.name, color: layer.color,
                dash: layer.trend != nil ? [9, 5] : layer.dash,
                mark: layer.trend != nil ? "trend" : layer.spec.mark.rawValue)
        }
        let shown = plots.map { $0.insetBy(-6) }
        scene.marks = marks.filter { m in
            shown.contains { s in m.box.x <= s.maxX && m.box.maxX >= s.x && m.box.y <= s.maxY && m.box.maxY >= s.y }
        }
        let lastDay = layers.compactMap(\.lastDay).max()
        return Output(
            scene: scene, warnings: warnings, sources: sources, lastDay: lastDay,
            data: layers.map { DrawnLayer($0, domain: xDomain) })
    }
}
