import ReckonModel

/// What a kind of mark knows about itself, as a ggplot2 geom supplies `draw_panel` and `draw_key`:
/// how it draws a layer, the legend's key for it, the qualifiers its look shows, and the room it
/// needs at the axes' ends. The legend and the layout ask the mark, so neither can describe what the
/// mark did not draw.
protocol MarkKind {
    /// The layer's shapes, texts, scene marks and value labels in the plot `c` describes.
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn
    /// The legend's key for the layer: a swatch of what the mark draws.
    static func key(_ layer: LayerData) -> Legend.Swatch
    /// How the layer looks in a plot `plotWidth` wide (settled once a chart, see ``LayerLook``).
    static func look(_ layer: LayerData, plotWidth: Double) -> LayerLook
    /// The qualifiers the mark shows for the layer, which the legend explains.
    static func qualifiersShown(_ layer: LayerData) -> Set<Qualifier>
    /// Whether the layer's marks need room at the ends of the time axis and at the value axis' extremes,
    /// so that the plot's edge does not cut them.
    static func needsRoom(_ layer: LayerData) -> Bool
    /// Where the layer is drawn among the others, deepest first: areas and bands, then bars, lines and
    /// points, so that a bar listed after a line never covers it.
    static func depth(_ layer: LayerData) -> Int
    /// Whether the mark draws anything of the layer: the legend names only layers that it does.
    static func draws(_ layer: LayerData) -> Bool
}

extension MarkKind {
    /// No markers, no solid or interpolated stretches: a look of its own only matters to lines and points.
    static func look(_ layer: LayerData, plotWidth: Double) -> LayerLook { LayerLook() }

    /// Every qualifier of the layer's points where it draws markers, which are shaped by them.
    static func qualifiersShown(_ layer: LayerData) -> Set<Qualifier> {
        layer.look.markers ? layer.qualifiers : []
    }

    /// Lines by default.
    static func depth(_ layer: LayerData) -> Int { 2 }

    /// Whenever the layer has points (or a fit).
    static func draws(_ layer: LayerData) -> Bool { !layer.points.isEmpty || layer.trend != nil }

    /// None: only markers need room.
    static func needsRoom(_ layer: LayerData) -> Bool { false }
}

extension Marks {
    /// The kind of mark that draws `layer`: a fit is drawn as a trend whatever its mark.
    static func kind(of layer: LayerData) -> any MarkKind.Type {
        if layer.trend != nil { return TrendMark.self }
        switch layer.spec.mark {
        case .line, .step, .area: return LineMark.self
        case .bar: return BarMark.self
        case .points: return PointMark.self
        case .range: return RangeMark.self
        case .band: return BandMark.self
        }
    }
}
