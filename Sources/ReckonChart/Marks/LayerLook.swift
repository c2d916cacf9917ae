/// How a layer looks, settled once a chart before it is laid out (see ``MarkKind/look(_:plotWidth:)``):
/// the legend's key, the room at the axes' ends and the marks drawn all read this one value, so that
/// a legend can never show a marker the line does not draw.
struct LayerLook: Equatable {
    /// Whether the layer draws a marker at each observed point.
    var markers = false
    /// Whether the layer is a line of separate estimates: no two of its points contiguous.
    var separate = false
    /// Whether the line has a solid stretch: two contiguous values it may join.
    var solid = false
    /// Whether the line draws an interpolated stretch anywhere.
    var interpolated = false
    /// Whether an interpolated stretch passes an "at least" or "at most" bound.
    var throughBounds = false
}

extension LayerLook {
    /// The plot's width that layers' looks are settled for, before any text is measured: the chart's
    /// width less its padding and 60 pixels for the value axis' labels. Small multiples take a panel's
    /// share of it, in as many columns as panels of the whole chart's shape would have.
    static func plotWidth(_ spec: ChartSpec, theme: Theme, panels: Int) -> Double {
        let content = Double(spec.width) - 2 * theme.pad
        guard spec.facet != .none, panels > 1 else { return content - 60 }
        let area = Rect(x: 0, y: 0, width: content, height: Double(spec.height) - 2 * theme.pad)
        let columns = Double(ChartBuilder.grid(panels, in: area).columns)
        let gap = theme.pad * 1.5
        return (content - gap * (columns - 1)) / columns - 60
    }

    /// `layers`, each with its look settled for a plot `plotWidth` wide.
    static func settled(_ layers: [LayerData], plotWidth: Double) -> [LayerData] {
        layers.map { layer in
            var out = layer
            out.look = Marks.kind(of: layer).look(layer, plotWidth: plotWidth)
            return out
        }
    }
}
