import ReckonAnalysis
import ReckonModel

/// Small multiples (`facet: series` or `facet: source`): the header, legend and footer once, then a
/// grid of panels, one a series or a source, each with its name, its own tick labels (thinned for its
/// size) and the same scales as every other, so that panels compare at a glance.
extension ChartBuilder {
    /// The panels: a name and the indices of the layers drawn in it, in the order the layers come.
    /// With `source`, layers that belong to no one source (a consensus) are drawn in every panel.
    static func panels(_ facet: ChartSpec.Facet, _ layers: [LayerData]) -> [(name: String, layers: [Int])] {
        var panels: [(name: String, layers: [Int])] = []
        var shared: [Int] = []
        var keys: [String] = []
        for (i, layer) in layers.enumerated() {
            // A series' panel is named after its first layer (its label, or the series' title).
            let key: String?, name: String
            switch facet {
            case .series: (key, name) = (layer.spec.series.rawValue, layer.name)
            case .source: (key, name) = (layer.spec.query.source, layer.spec.query.source.map { BySource.label($0) } ?? "")
            case .none: (key, name) = ("", "")
            }
            guard let key else {
                shared.append(i)
                continue
            }
            if let k = keys.firstIndex(of: key) {
                panels[k].layers.append(i)
            } else {
                keys.append(key)
                panels.append((name, [i]))
            }
        }
        return panels.map { ($0.name, (shared + $0.layers).sorted()) }
    }

    /// Columns and rows for `count` panels in `area`: panels near 16:10, no more columns than panels.
    static func grid(_ count: Int, in area: Rect) -> (columns: Int, rows: Int) {
        guard count > 1 else { return (1, 1) }
        let wanted = (Double(count) * area.width / max(area.height, 1) / 1.6).squareRoot().rounded(.up)
        let columns = min(count, max(1, Int(wanted)))
        return (columns, (count + columns - 1) / columns)
    }

    /// The panels' places: the area they share, its columns and rows, each cell's size, the height of a
    /// panel's name (with room for the top tick label, which is centred on the plot's top edge) and of
    /// its plot.
    struct FacetGrid {
        var area: Rect
        var columns: Int
        var rows: Int
        var gapX: Double
        var gapY: Double
        var cellWidth: Double
        var cellHeight: Double
        var nameHeight: Double
        var plotHeight: Double

        /// The cell of panel `k`, in rows from the top left.
        func cell(_ k: Int) -> Rect {
            Rect(
                x: area.x + Double(k % columns) * (cellWidth + gapX), y: area.y + Double(k / columns) * (cellHeight + gapY),
                width: cellWidth, height: cellHeight)
        }
    }

    /// Where `count` panels go between the header and the footer of `frame`, or nil when a panel's
    /// plot would be too short.
    func facetGrid(_ count: Int, spec: ChartSpec, theme: Theme, frame: Frame, metrics: PlotMetrics) -> FacetGrid? {
        let nameFont = theme.font(theme.small, bold: true)
        let nameHeight = measure.measure("Ag", font: nameFont).height + 4 + (metrics.tickHeight / 2).rounded(.up)
        let area = Rect(
            x: theme.pad, y: frame.header.plotTop - theme.label * 0.5, width: Double(spec.width) - 2 * theme.pad,
            height: frame.footer.bottom - frame.header.plotTop + theme.label * 0.5)
        let (columns, rows) = Self.grid(count, in: area)
        let gapX = theme.pad * 1.5, gapY = theme.label
        let cellWidth = (area.width - gapX * Double(columns - 1)) / Double(columns)
        let cellHeight = (area.height - gapY * Double(rows - 1)) / Double(rows)
        let plotHeight = metrics.plotBottom(above: cellHeight - nameHeight)
        guard plotHeight >= max(40, 3 * metrics.tickHeight) else { return nil }
        return FacetGrid(
            area: area, columns: columns, rows: rows, gapX: gapX, gapY: gapY, cellWidth: cellWidth, cellHeight: cellHeight,
            nameHeight: nameHeight, plotHeight: plotHeight)
    }

    /// The chart as small multiples, or nil when a panel would have no room to plot.
    func composeFacets(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], warnings: [Diagnostic], omit: Set<Part>
    ) -> Output? {
        let frame = frame(spec, theme: theme, layers: layers, omit: omit)
        let panels = Self.panels(spec.facet, layers)
        let metrics = PlotMetrics(theme: theme, measure: measure)
        guard !panels.isEmpty, let grid = facetGrid(panels.count, spec: spec, theme: theme, frame: frame, metrics: metrics)
        else { return nil }

        // One value axis for every panel: the same domain and ticks, as many as have room for their labels.
        var yAxis = ValueAxis(
            spec: spec, layers: layers, xDomain: frame.xDomain, plotHeight: grid.plotHeight, markers: frame.needsRoom)
        yAxis.thin(pixels: grid.plotHeight, spacing: metrics.tickHeight + 2)
        let tickLabels = metrics.tickLabels(yAxis, format: spec.y.format, locale: frame.locale, measure: measure)
        guard grid.cellWidth - tickLabels.width - 8 >= 60 else { return nil }

        var drawn = FacetPanels()
        for (k, panel) in panels.enumerated() {
            let plot = Rect(
                x: grid.cell(k).x + tickLabels.width + 8, y: grid.cell(k).y + grid.nameHeight,
                width: grid.cell(k).width - tickLabels.width - 8, height: grid.plotHeight)
            let axes = axes(
                spec, theme: theme, layers: layers, plot: plot, xDomain: frame.xDomain, yAxis: yAxis,
                tickLabels: tickLabels.labels, rows: metrics.rows, locale: frame.locale)
            drawn.texts.append(panelName(panel.name, cell: grid.cell(k), theme: theme))
            drawn.add(self.panel(panel.layers, of: layers, spec: spec, axes: axes, yAxis: yAxis), plot: plot)
        }
        let header = frame.header
        let all = header.texts + frame.footer.texts + (header.unit.map { [$0] } ?? []) + drawn.texts
        let items: [SceneItem] =
            [.group(id: "grid", clip: nil, items: drawn.grid)] + drawn.data + [
                .group(id: "legend", clip: nil, items: header.legend.map { .path($0) }),
                .group(id: "text", clip: nil, items: all.map { .text($0) }),
            ]
        return assemble(
            spec, theme: theme, layers: layers, warnings: warnings, frame: frame, items: items, marks: drawn.marks,
            plots: drawn.plots, dropped: drawn.dropped)
    }

    /// A panel's name at the top left of its `cell`, cut to one line.
    func panelName(_ text: String, cell: Rect, theme: Theme) -> TextRun {
        let nameFont = theme.font(theme.small, bold: true)
        let lines = TextWrap.lines(text, width: cell.width, font: nameFont, measure: measure)
        let name = TextWrap.shortened(lines, to: 1, width: cell.width, font: nameFont, measure: measure).first ?? ""
        return TextRun(
            name, origin: Point(cell.x, cell.y), font: nameFont, color: theme.text, size: measure.measure(name, font: nameFont),
            role: .panel)
    }

    /// One panel's axes and data: the layers numbered `indices` of `layers`, named in the legend (a
    /// direct legend would name them in every panel).
    func panel(_ indices: [Int], of layers: [LayerData], spec: ChartSpec, axes: Axes, yAxis: ValueAxis) -> FacetPanels {
        var panelSpec = spec
        if panelSpec.legend == .direct { panelSpec.legend = .auto }
        let plot = axes.context.plot
        let data = data(
            panelSpec, layers: indices.map { layers[$0] }, context: axes.context, width: Double(spec.width), numbers: indices)
        return FacetPanels(
            grid: axes.values.grid + axes.time.grid,
            data: data.items + axisBreak(spec, theme: axes.context.theme, plot: plot, domain: yAxis.domain),
            texts: axes.values.texts + axes.time.texts + data.texts, marks: data.marks, dropped: data.dropped)
    }

    /// The panels drawn so far: their grids, data, texts, scene marks and plots.
    struct FacetPanels {
        var grid: [SceneItem] = []
        var data: [SceneItem] = []
        var texts: [TextRun] = []
        var marks: [SceneMark] = []
        var plots: [Rect] = []
        var dropped: [String] = []

        /// Adds a panel drawn in `plot`.
        mutating func add(_ panel: FacetPanels, plot: Rect) {
            grid += panel.grid
            data += panel.data
            texts += panel.texts
            marks += panel.marks
            dropped += panel.dropped
            plots.append(plot)
        }
    }
}
