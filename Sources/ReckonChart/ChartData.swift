import ReckonAnalysis
import ReckonModel

/// A layer's data, ready to draw: its series, its points after the layer's query, and its fit.
struct LayerData {
    var spec: LayerSpec
    var series: Series
    /// The points drawn; setting them finds their ``extent`` and ``qualifiers`` again.
    var points: Points {
        didSet {
            extent = LayerExtent(points, onTwoThreads: onTwoThreads)
            qualifiers = Qualifier.found(in: points.qualifiers, onTwoThreads: onTwoThreads)
        }
    }
    /// Whether a long layer's extent is found on two threads at once (``ChartBuilder/onTwoThreads``).
    let onTwoThreads: Bool
    /// The days and numbers the points span, and whether no day is missing and every point is a single
    /// day in order, found once.
    private(set) var extent: LayerExtent
    /// The qualifiers among the points, found once: every mark's legend entries, a line's runs and its
    /// markers all ask.
    private(set) var qualifiers: Set<Qualifier>
    /// The fitted trend; setting it finds its ``band`` again.
    var trend: Trend? {
        didSet { band = Self.band(trend, project: spec.project) }
    }
    /// The trend's prediction band (see ``TrendMark/band(_:project:)``), found once: calibrating it on
    /// the series' past is most of the work of drawing a chart with a projection, and the legend, the
    /// value axis, the layer's name and the mark all read it.
    private(set) var band: PredictionBand = []
    var color: Color
    /// The name shown in the legend.
    var name: String
    /// Whether a line shows its points (a consensus line leaves them to its sources' layers).
    var showsPoints = true
    /// How the layer looks (markers, solid and interpolated stretches), settled once a chart before
    /// it is laid out, for its marks, its legend key and the room it needs alike.
    var look = LayerLook()
    /// Where a bar layer's bars go beside or on top of the other bar layers' (see ``BarPlacement``).
    var bar = BarPlacement()
    /// How often the layer's series has a point, for telling a missing point from the next one.
    var cadence = Cadence.daily
    /// The dash of the layer's line: `dash: true`, or a pattern that tells apart layers whose colours
    /// repeat (the second pass through the palette is dashed, the third dotted, ...).
    var dash: [Double] = []

    /// Points after which the line stays open: a value left out of a log axis followed them.
    var openAfter: Set<Int> = []
    /// The last day of the series' data (all of it, not only the points drawn).
    var lastDay: Day?
    /// The most decimal places a number of the series has as recorded (see ``DrawnLayer/decimals``).
    var decimals = 0
    /// The chart's background, which the layer's lighter strokes are mixed over.
    var backdrop = Color(1, 1, 1)

    /// The layer's colour made lighter (over a light background; darker over a dark one) by showing
    /// `alpha` of it, as interpolated stretches and projections are drawn, yet never below the
    /// contrast a mark needs: told apart from the solid line, never lost in the background.
    /// A fill behind other marks (a prediction band) takes a lower `floor`.
    func faded(_ alpha: Double, floor: Double = Theme.markContrast) -> Color {
        color.opacity(alpha).composited(over: backdrop).adjusted(toContrast: floor, on: backdrop)
    }

    /// A layer of `points` from `series`, drawn as `spec` says, in `color`, named `name` in the legend.
    init(
        spec: LayerSpec, series: Series, points: Points, trend: Trend?, color: Color, name: String, onTwoThreads: Bool
    ) {
        self.spec = spec
        self.series = series
        self.points = points
        self.onTwoThreads = onTwoThreads
        extent = LayerExtent(points, onTwoThreads: onTwoThreads)
        qualifiers = Qualifier.found(in: points.qualifiers, onTwoThreads: onTwoThreads)
        self.trend = trend
        band = Self.band(trend, project: spec.project)
        self.color = color
        self.name = name
    }

    /// The band of `trend` projected over `project`; none without either.
    private static func band(_ trend: Trend?, project: CalendarSpan?) -> PredictionBand {
        guard let trend, let project else { return [] }
        return TrendMark.band(trend, project: project)
    }

    /// The dash patterns of the passes through the palette.
    static let passDashes: [[Double]] = [[], [8, 4], [2, 3], [10, 3, 2, 3]]

    /// The layer with its dash and colour settled: `dash: true`, or, for the `index`th automatically
    /// coloured layer, the dash of its pass through the palette, so that no two layers look alike; grey
    /// when `highlight` names other layers (by legend name or series id) but not this one.
    func styled(index: Int, theme: Theme, highlight: [String]) -> LayerData {
        var out = self
        let pass = index / theme.palette.count
        out.dash = spec.dash ? [8, 5] : spec.color == nil ? LayerData.passDashes[pass % LayerData.passDashes.count] : []
        if !highlight.isEmpty, !highlight.contains(name), !highlight.contains(spec.series.rawValue) {
            out.color = theme.axis
        }
        out.backdrop = theme.background
        return out
    }

    /// The x extent in days (a day d covers [d, d + 1)).
    var dayRange: ClosedRange<Double>? {
        guard let days = extent.days else { return nil }
        var hi = days.upperBound
        if let trend, let project = spec.project {
            hi = max(hi, Double(project.after(trend.last).ordinal) + 1)
        }
        return days.lowerBound...hi
    }
}

extension ChartBuilder {
    /// Runs each layer's query and fit; a layer `by: source` becomes one layer per source (and, with
    /// `consensus`, the sources combined: a band for their envelope and a line for the combined value,
    /// both beneath the sources' marks).
    func layerData(
        _ spec: ChartSpec, theme: Theme, load: (SeriesID) throws -> Series
    ) throws(ChartError) -> (layers: [LayerData], warnings: [Diagnostic]) {
        var layers: [LayerData] = []
        var warnings: [Diagnostic] = []
        var cache: [SeriesID: Series] = [:]
        var colors = 0
        func nextColor(_ given: Color?) -> Color {
            defer { colors += 1 }
            return given.map(theme.markColor) ?? theme.palette[colors % theme.palette.count]
        }
        func styled(_ data: LayerData, index: Int) -> LayerData {
            data.styled(index: index, theme: theme, highlight: spec.highlight)
        }
        for layer in spec.layers {
            let series: Series
            if let cached = cache[layer.series] {
                series = cached
            } else {
                do {
                    series = try load(layer.series)
                } catch let error as ReckonError {
                    throw ChartError(error.kind, error.diagnostics)
                } catch {
                    throw ChartError(.badData, file: configPath, line: line(layer.line), "series '\(layer.series)': \(error)")
                }
                cache[layer.series] = series
            }
            var options = layer.query
            if let from = spec.x.from { options.from = max(options.from ?? from, from) }
            if let to = spec.x.to { options.to = min(options.to ?? to, to) }
            guard layer.by == .source else {
                let index = colors
                let (data, found) = try self.layer(layer, series: series, options: options, color: nextColor(layer.color))
                layers.append(styled(data, index: index))
                warnings += found
                continue
            }
            let first = colors
            let (split, found) = try sourceLayers(
                layer, series: series, options: options, theme: theme, locale: ChartLocale(spec: spec.locale),
                nextColor: nextColor)
            // Each source layer took the next colour in order; the consensus layers took none.
            var index = first
            for data in split {
                layers.append(styled(data, index: data.showsPoints && data.spec.mark != .band ? index : 0))
                if data.showsPoints, data.spec.mark != .band { index += 1 }
            }
            warnings += found
        }
        // The layers keep their series' metadata, last day and decimals, not its observations: a million
        // rows need not outlive the points drawn from them.
        var decimals: [SeriesID: Int] = [:]
        for i in layers.indices {
            layers[i].lastDay = layers[i].series.dateRange?.upperBound
            layers[i].decimals =
                decimals[layers[i].series.id]
                ?? DrawnLayer.decimals(layers[i].series.observations, onTwoThreads: onTwoThreads)
            decimals[layers[i].series.id] = layers[i].decimals
            layers[i].series.observations = []
        }
        return (layers, warnings)
    }

    /// A layer `by: source` as one layer per source, in the order of each source's first estimate, each in
    /// the next colour; with `consensus`, the sources combined beneath them, in the layer's colour or grey:
    /// a band for their envelope (when two or more dates have one) and a line without points.
    func sourceLayers(
        _ layer: LayerSpec, series: Series, options: QueryOptions, theme: Theme, locale: ChartLocale = .house,
        nextColor: (Color?) -> Color
    ) throws(ChartError) -> (layers: [LayerData], warnings: [Diagnostic]) {
        var layers: [LayerData] = []
        var warnings: [Diagnostic] = []
        for source in BySource.sources(series, asOf: options.asOf) {
            var one = layer
            (one.query.source, one.label, one.by) = (source, BySource.label(source), nil)
            var sourceOptions = options
            sourceOptions.source = source
            let (data, found) = try self.layer(one, series: series, options: sourceOptions, color: nextColor(nil))
            if !data.points.isEmpty { layers.append(data) }
            warnings += found
        }
        guard layer.consensus else { return (layers, warnings) }
        let color = layer.color.map(theme.markColor) ?? theme.mutedText
        var line = layer
        (line.mark, line.by, line.labels) = (.line, nil, .none)
        line.label = locale.word("\(layer.query.combine.rawValue.capitalized) of the sources")
        var (lineData, found) = try self.layer(line, series: series, options: options, color: color)
        lineData.showsPoints = false
        var band = layer
        (band.mark, band.by, band.label) = (.band, nil, locale.word("Spread of the sources"))
        // The band's points are the line's, drawn as their envelope.
        var bandData = LayerData(
            spec: band, series: series, points: lineData.points, trend: nil, color: color,
            name: locale.word("Spread of the sources"), onTwoThreads: onTwoThreads)
        bandData.cadence = lineData.cadence
        // A band needs two dates with a spread; one alone is already shown by its source's whisker.
        let hasBand = bandData.points.lows.lazy.filter { !$0.isNaN }.count >= 2
        return ((hasBand ? [bandData] : []) + [lineData] + layers, found + warnings)
    }

    /// One layer's query and fit, drawn in `color`, and the query's warnings.
    func layer(
        _ layer: LayerSpec, series: Series, options: QueryOptions, color: Color
    ) throws(ChartError) -> (LayerData, [Diagnostic]) {
        let result: Query.Result
        do throws(AnalysisError) {
            result = try Query.run(series, options, onTwoThreads: onTwoThreads)
        } catch {
            throw error.reckonError(spelling, file: configPath, line: line(layer.line), prefix: "layer '\(layer.series)': ")
        }
        let warnings = result.warnings.map { Diagnostic(.warning, file: "\(seriesFolder)/\(layer.series).csv", $0.message) }
        var trend: Trend?
        if let fit = layer.trend {
            do throws(AnalysisError) {
                trend = try Trend.fit(
                    fit, to: result.points, history: result.history, includeIncomplete: layer.includeIncomplete)
            } catch {
                throw error.reckonError(spelling, file: configPath, line: line(layer.line), prefix: "layer '\(layer.series)': ")
            }
        }
        var data = LayerData(
            spec: layer, series: series, points: result.points, trend: trend, color: color,
            name: layer.label ?? series.metadata.title ?? layer.series.rawValue, onTwoThreads: onTwoThreads)
        if let t = trend { data.name = Self.trendName(t, label: layer.label, project: layer.project, band: data.band) }
        // A fit that left out part periods says so where readers look: its legend entry.
        if let n = trend?.leftOutIncomplete, n > 0 {
            data.name +=
                n == 1
                ? " (leaves out the incomplete \(Wording.date(lastIncomplete(result.points))))"
                : " (leaves out \(n) incomplete periods)"
        }
        data.cadence = Cadence.of(result.points)
        return (data, warnings)
    }

    /// A trend layer's legend name: its label or its model, the model named either way, and what a reader
    /// must know about its projection (no interval, or a start away from the last value), whose
    /// prediction band is `band`.
    static func trendName(
        _ t: Trend, label: String?, project: CalendarSpan?, band: PredictionBand
    ) -> String {
        let name = label.map { "\($0) (\(t.fit.model))" } ?? (t.fit.model.prefix(1).uppercased() + t.fit.model.dropFirst())
        guard let project else { return name }
        var notes: [String] = []
        if band.isEmpty {
            notes.append("no prediction interval")
        } else if let reach = band.last?.day, reach < project.after(t.last) {
            notes.append("prediction interval to \(Wording.date(ObservationDate(reach))) only")
        }
        if let gap = t.startGap {
            notes.append("starts \(NumberText.grouped(abs(gap), decimals: 0)) \(gap < 0 ? "below" : "above") the last value")
        }
        return notes.isEmpty ? name : "\(name) (\(notes.joined(separator: "; ")))"
    }

    /// The date of the last point that covers its period in part.
    func lastIncomplete(_ p: Points) -> ObservationDate {
        p.dates[(0..<p.count).last { !p.isComplete($0) } ?? p.count - 1]
    }
}
