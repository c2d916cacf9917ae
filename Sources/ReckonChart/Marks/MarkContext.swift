/// What marks need to place themselves: the scales, the plot area, the theme and text metrics.
struct MarkContext {
    var x: Scale
    var y: Scale
    var plot: Rect
    var theme: Theme
    var measure: any TextMeasuring
    var format: ChartSpec.YAxis.Format
    var step: Double
    /// How numbers and dates are written.
    var locale: ChartLocale = .house
    /// Whether a long line may be reduced on two threads at once (``ChartBuilder/onTwoThreads``).
    var onTwoThreads = false

    /// The pixel x of the middle of day `ordinal`.
    func dayCenter(_ ordinal: Int32) -> Double { x(Double(ordinal) + 0.5) }

    /// The pixel x of a position in days (a point's position, which sits at the middle of its day).
    func position(_ days: Double) -> Double { x(days + 0.5) }

    /// The marks' radius and line width, growing a little with the chart.
    var radius: Double { max(3, theme.label * 0.3) }
    var lineWidth: Double { max(1.5, theme.label * 0.15) }
}

/// What a mark adds: shapes, texts that join the chart's text layer, what its marks stand for, and the
/// value labels it asks for (placed for all layers together by ``LabelPlacer``).
struct Drawn {
    var items: [SceneItem] = []
    var texts: [TextRun] = []
    var marks: [SceneMark] = []
    var labels: [LabelRequest] = []
    /// The texts of labels and notes left out for want of a free spot, which the chart's warnings name.
    var dropped: [String] = []

    mutating func add(_ path: Path) { items.append(.path(path)) }
}
