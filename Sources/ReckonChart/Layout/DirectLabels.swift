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

    /// A name beside each line's last point, placed within `area` (the plot and the room right of it).
    static func requests(_ layers: [LayerData], _ c: MarkContext, area: Rect) -> [LabelRequest] {
        layers.filter(names).map { layer in
            let p = layer.points
            let last = p.count - 1
            var request = LabelRequest(
                text: layer.name, anchor: Point(c.position(p.position(last)), c.y(p.values[last])), clearance: c.radius)
            (request.beside, request.area, request.color, request.role) = (true, area, layer.color, .legend)
            return request
        }
    }
}
