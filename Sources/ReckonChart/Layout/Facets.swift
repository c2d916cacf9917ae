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

    /// The chart as small multiples, or nil when a panel would have no room to plot.
    func composeFacets(
        _ spec: ChartSpec, theme: Theme, layers: [LayerData], warnings: [Diagnostic], omit: Set<Part>
    ) -> Output? {
        let W = Double(spec.width)
        let (xDomain, marked, header, footer, sources, locale) = frame(spec, theme: theme, layers: layers, omit: omit)
        let panels = Self.panels(spec.facet, layers)
        guard !panels.isEmpty else { return nil }
        let labelFont = theme.font(theme.label), nameFont = theme.font(theme.small, bold: true)
        let tickHeight = measure.measure("Ag", font: labelFont).height
        // The name, then room for the top tick label, which is centred on the plot's top edge.
        let nameHeight = measure.measure("Ag", font: nameFont).height + 4 + (tickHeight / 2).rounded(.up)
        let xLabelOffset = (tickHeight / 2).rounded(.up) + 3
        let area = Rect(
            x: theme.pad, y: header.plotTop - theme.label * 0.5, width: W - 2 * theme.pad,
            height: footer.bottom - header.plotTop + theme.label * 0.5)
        let (columns, rows) = Self.grid(panels.count, in: area)
        let gapX = theme.pad * 1.5, gapY = theme.label
        let cellWidth = (area.width - gapX * Double(columns - 1)) / Double(columns)
        let cellHeight = (area.height - gapY * Double(rows - 1)) / Double(rows)
        let plotHeight = cellHeight - nameHeight - 2 * tickHeight - xLabelOffset - 1
        guard plotHeight >= max(40, 3 * tickHeight) else { return nil }

        // One value axis for every panel: the same domain and ticks, as many as have room for their labels.
        var yAxis = ValueAxis(spec: spec, layers: layers, xDomain: xDomain, plotHeight: plotHeight, markers: marked)
        yAxis.thin(pixels: plotHeight, spacing: tickHeight + 2)
        let tickLabels = yAxis.ticks.map { spec.y.format.label($0, step: yAxis.step, locale: locale) }
        let labelWidth = tickLabels.map { measure.measure($0, font: labelFont).width }.max() ?? 0
        guard cellWidth - labelWidth - 8 >= 60 else { return nil }

        var grid: [SceneItem] = [], dataItems: [SceneItem] = [], texts: [TextRun] = [], marks: [SceneMark] = []
        var plots: [Rect] = []
        for (k, panel) in panels.enumerated() {
            let cell = Rect(
                x: area.x + Double(k % columns) * (cellWidth + gapX), y: area.y + Double(k / columns) * (cellHeight + gapY),
                width: cellWidth, height: cellHeight)
            let plot = Rect(
                x: cell.x + labelWidth + 8, y: cell.y + nameHeight, width: cell.width - labelWidth - 8, height: plotHeight)
            plots.append(plot)
            let lines = TextWrap.lines(panel.name, width: cell.width, font: nameFont, measure: measure)
            let name = TextWrap.shortened(lines, to: 1, width: cell.width, font: nameFont, measure: measure).first ?? ""
            texts.append(
                TextRun(
                    name, origin: Point(cell.x, cell.y), font: nameFont, color: theme.text,
                    size: measure.measure(name, font: nameFont), role: .panel))
            let (values, time, context) = axes(
                spec, theme: theme, layers: layers, plot: plot, xDomain: xDomain, yAxis: yAxis, tickLabels: tickLabels,
                rows: (xLabelOffset, tickHeight), locale: locale)
            var panelSpec = spec
            if panelSpec.legend == .direct { panelSpec.legend = .auto }
            let drawn = data(
                panelSpec, layers: panel.layers.map { layers[$0] }, context: context, width: W, numbers: panel.layers)
            grid += values.grid + time.grid
            dataItems += drawn.items + axisBreak(spec, theme: theme, plot: plot, domain: yAxis.domain)
            texts += values.texts + time.texts + drawn.texts
            marks += drawn.marks
        }
        let all = header.texts + footer.texts + (header.unit.map { [$0] } ?? []) + texts
        let items: [SceneItem] =
            [.group(id: "grid", clip: nil, items: grid)] + dataItems + [
                .group(id: "legend", clip: nil, items: header.legend.map { .path($0) }),
                .group(id: "text", clip: nil, items: all.map { .text($0) }),
            ]
        return assemble(
            spec, theme: theme, layers: layers, warnings: warnings, sources: sources, locale: locale, xDomain: xDomain,
            items: items, marks: marks, plots: plots)
    }
}
