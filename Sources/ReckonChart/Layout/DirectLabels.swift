import ReckonAnalysis

/// `legend: direct`: each line's name written at its end, in its colour, where the eye already is; the
/// legend keeps only what lines cannot say (bars, trends, the marks' explanations).
enum DirectLabels {
    /// Whether the layer is named at its end: a line, step or area with points, not a trend.
    static func names(_ layer: LayerData) -> Bool {
        layer.trend == nil && [.line, .step, .area].contains(layer.spec.mark) && !layer.points.isEmpty
    }

    /// The room the names need right of the plot, in pixels.
    static func room(_ layers: [LayerData], theme: Theme, measure: any TextMeasuring) -> Double {
        let font = theme.font(theme.small)
        let widest = layers.filter(names).map { measure.measure($0.name, font: font).width }.max() ?? 0
        return widest > 0 ? widest + 10 : 0
    }

    /// Each line's name right of the plot, level with its last point, in its colour. Names that would
    /// touch are moved apart just enough (downwards, then upwards from the plot's foot), so that two
    /// lines ending close together keep both names legible and no name covers a line.
    static func place(_ layers: [LayerData], _ c: MarkContext) -> [TextRun] {
        let font = c.theme.font(c.theme.small)
        var rows: [(name: String, color: Color, size: Size, y: Double)] = layers.filter(names).map { layer in
            let p = layer.points
            let size = c.measure.measure(layer.name, font: font)
            return (layer.name, c.theme.textColor(layer.color), size, c.y(p.values[p.count - 1]) - size.height / 2)
        }
        rows.sort { $0.y < $1.y }
        // Down from the top: each below the one above it; then up from the bottom: each above the one below.
        for i in rows.indices {
            rows[i].y = max(rows[i].y, c.plot.y - rows[i].size.height / 2)
            if i > 0 { rows[i].y = max(rows[i].y, rows[i - 1].y + rows[i - 1].size.height + 1) }
        }
        for i in rows.indices.reversed() {
            let floor = i + 1 < rows.count ? rows[i + 1].y - 1 : c.plot.maxY + rows[i].size.height / 2
            rows[i].y = min(rows[i].y, floor - rows[i].size.height)
        }
        return rows.map { row in
            TextRun(
                row.name, origin: Point(c.plot.maxX + 6, row.y), font: font, color: row.color, size: row.size, role: .legend)
        }
    }

    /// Each layer's name as a label beside its last point, in its colour: what a chart too small for
    /// its legend says in place of it (a name with no free spot is left out).
    static func names(of layers: [LayerData], _ c: MarkContext) -> [LabelRequest] {
        layers.filter { $0.trend == nil && !$0.points.isEmpty && $0.showsPoints }.map { layer in
            let p = layer.points
            let last = p.count - 1
            let value = p.hasValue(last) ? p.values[last] : (p.high(last) ?? p.low(last) ?? 0)
            var request = LabelRequest(
                text: layer.name, anchor: Point(c.position(p.position(last)), c.y(value)), clearance: c.radius)
            (request.color, request.role, request.priority) = (c.theme.textColor(layer.color), .legend, 0)
            return request
        }
    }
}
