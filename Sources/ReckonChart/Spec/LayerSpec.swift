public import ReckonAnalysis
public import ReckonModel

/// One layer: a series through the query vocabulary, drawn with a mark, or a trend fitted to it.
public struct LayerSpec: Sendable, Equatable {
    /// How a layer splits into sub-layers.
    public enum Split: String, Sendable, CaseIterable {
        /// One sub-layer per source.
        case source
    }

    /// How a layer draws its points.
    public enum Mark: String, Sendable, CaseIterable {
        case line, step, area, bar, points, band, range
    }

    /// The series drawn.
    public var series: SeriesID
    /// How the points are drawn.
    public var mark: Mark = .line
    /// The legend's name; nil uses the series' title.
    public var label: String?
    /// The layer's colour; nil takes the next of the theme's palette.
    public var color: Color?
    /// Draw the line dashed.
    public var dash = false
    /// Which points carry a label with their value ("about 11,000, Mar 2025"); bars carry their value.
    public var labels = PointLabels.none
    /// The query the series goes through first: differences, rolling means, aggregation, a window.
    public var query = QueryOptions()
    /// Draw this fit instead of the data.
    public var trend: TrendFit?
    /// How far past the data to project the trend.
    public var project: CalendarSpan?
    /// Whether a trend fits periods the data covers only in part (left out by default).
    public var includeIncomplete = false
    /// Split the layer into one sub-layer per source, each with its own colour and legend entry.
    public var by: Split?
    /// With `by`, also draw the sources combined (the layer's `combine` rule) with their envelope.
    public var consensus = false
    /// The line of `reckon.yaml` the layer starts on, for error messages; 0 for layers made in code.
    package var line = 0

    /// A layer of `series` with the default line mark and query.
    public init(series: SeriesID) { self.series = series }

    /// A layer with its settings in one call, as `reckon.yaml` gives them. Without a `mark`, a layer
    /// draws a line, or points when it is split `by` source (each source's estimates are joined only
    /// when a mark says so).
    public init(
        _ series: SeriesID, mark: Mark? = nil, label: String? = nil, color: Color? = nil, dash: Bool = false,
        labels: PointLabels = .none, query: QueryOptions = QueryOptions(), trend: TrendFit? = nil, project: CalendarSpan? = nil,
        includeIncomplete: Bool = false, by: Split? = nil, consensus: Bool = false
    ) {
        self.series = series
        self.mark = mark ?? (by == nil ? .line : .points)
        self.label = label
        self.color = color
        self.dash = dash
        self.labels = labels
        self.query = query
        self.trend = trend
        self.project = project
        self.includeIncomplete = includeIncomplete
        self.by = by
        self.consensus = consensus
    }
}
