import ReckonAnalysis
public import ReckonModel

/// Turns a chart spec and its series into a ``Scene``: data through the analysis core, then scales,
/// ticks and layout from measured text, then marks.
public struct ChartBuilder: Sendable {
    /// Measures text for layout; Pango's metrics in production, fixed metrics in tests.
    public var measure: any TextMeasuring
    /// The settings file as errors name it; nil for charts made on the command line.
    public var configPath: String?
    /// The series folder as warnings about a series' rows name it (`Series`, or the workspace's
    /// folder before it when the command ran elsewhere).
    public var seriesFolder = "Series"
    /// Whether the passes over a long layer (its query's order check and differences, its extent, and
    /// its line reduced to pixel columns) are split in two halves worked at once, where more than one
    /// processor is active; the scene is the same either way. The chart pipeline sets it from
    /// `Workspace.worksOnTwoThreads`, the one switch: off by default, on in the command line.
    package var onTwoThreads = false

    /// A builder that measures text with `measure` and names `configPath` in its errors.
    public init(measure: any TextMeasuring, configPath: String? = "reckon.yaml") {
        self.measure = measure
        self.configPath = configPath
    }

    /// A built chart.
    public struct Output: Sendable {
        /// The chart, ready for a backend.
        public var scene: Scene
        /// Things worth saying that did not stop the chart (a publisher's revision, a layer with no data).
        public var warnings: [Diagnostic]
        /// The sources of the points drawn.
        public var sources: [String]
        /// The last day any of the chart's series has data for.
        public var lastDay: Day?
        /// The numbers drawn, layer by layer, within the time axis.
        public var data: [DrawnLayer] = []
    }

    /// Builds the scene of `spec`, loading series with `load` (a workspace's `load`, or your own).
    ///
    /// - Throws: a ``ChartError`` when a series cannot be loaded (a `ReckonError` from `load` keeps its
    ///   kind; any other error is a `.badData` failure naming the series) or a layer's query or fit fails.
    public func build(_ spec: ChartSpec, load: (SeriesID) throws -> Series) throws(ChartError) -> Output {
        if let problem = spec.barBaselineProblem {
            throw ChartError(.usage, file: configPath, line: line(spec.line), "chart '\(spec.id)': \(problem)")
        }
        let theme = Theme(spec)
        var (layers, warnings) = try layerData(spec, theme: theme, load: load)
        // One axis, one unit: layers in different units would be silently mislabelled.
        let units = Set(layers.compactMap { $0.series.metadata.unit })
        if units.count > 1, spec.y.label == nil {
            throw ChartError(
                configPath == nil ? .usage : .badData, file: configPath, line: line(spec.line),
                "chart '\(spec.id)': its layers are in different units (\(units.sorted().joined(separator: ", "))) on one axis; name the axis with y.label"
            )
        }
        if let problem = spec.stackProblem(unit: { id in layers.first { $0.spec.series == id }?.series.metadata.unit }) {
            throw ChartError(
                configPath == nil ? .usage : .badData, file: configPath, line: line(spec.line), "chart '\(spec.id)': \(problem)")
        }
        if spec.y.brokenAxis, let lo = spec.y.min {
            // A broken axis shows a bar's top, not its length: one below the axis shows nothing true.
            let below = layers.filter { $0.trend == nil && $0.spec.mark == .bar }.reduce(0) { n, layer in
                n + (0..<layer.points.count).count { layer.points.hasValue($0) && layer.points.values[$0] < lo }
            }
            if below > 0 {
                warnings.append(
                    Diagnostic(
                        .warning, file: configPath, line: line(spec.line),
                        "chart '\(spec.id)': \(below) bar\(below == 1 ? "" : "s") below the broken axis's minimum \(NumberText.grouped(lo)) cannot be told apart; lower 'min' or narrow the dates"
                    ))
            }
        }
        var spec = spec
        if spec.y.log, let gaps = LogGaps.apply(to: &layers) {
            warnings.append(Diagnostic(.warning, file: configPath, line: line(spec.line), gaps.warning(chart: spec.id)))
            // The chart says it too: a reader of the picture never sees the warning.
            spec.note = [spec.note, gaps.note].compactMap { $0 }.joined(separator: " ")
        }
        for layer in layers where layer.points.isEmpty {
            warnings.append(
                Diagnostic(
                    .warning, file: configPath, line: line(layer.spec.line), "layer '\(layer.spec.series)' has no data to draw"))
        }
        if let output = try laidOut(spec, theme: theme, layers: layers, warnings: warnings) { return output }
        // Small multiples too small for their panels: one plot, as without `facet`.
        if spec.facet != .none {
            var single = spec
            single.facet = .none
            let note = Diagnostic(
                .warning, file: configPath, line: line(spec.line),
                "chart '\(spec.id)' at \(spec.width)x\(spec.height) has no room for a panel each; its layers share one plot")
            if let output = try laidOut(single, theme: theme, layers: layers, warnings: warnings + [note]) { return output }
        }
        throw ChartError(
            .badData, file: configPath, line: line(spec.line),
            "chart '\(spec.id)' is too small for its text: \(spec.width)x\(spec.height) leaves no room to plot")
    }

    /// The chart laid out with as much of its text as leaves the plot room, or nil when even the
    /// least leaves none.
    func laidOut(
        _ spec: ChartSpec, theme: Theme, layers drawn: [LayerData], warnings: [Diagnostic]
    ) throws(ChartError) -> Output? {
        var layers = drawn
        // Each layer's look is settled once, for every step of the layout and the legend alike.
        layers = LayerLook.settled(
            layers, plotWidth: LayerLook.plotWidth(spec, theme: theme, panels: Self.panels(spec.facet, layers).count))
        // Bars stand side by side (or stack) with the other bars they share a plot with: with small
        // multiples, those of their panel.
        let plotsOfLayers = spec.facet == .none ? [Array(layers.indices)] : Self.panels(spec.facet, layers).map(\.layers)
        for indices in plotsOfLayers {
            let placements = BarPlacement.place(indices.map { layers[$0] }, stack: spec.stack)
            for (i, placement) in zip(indices, placements) {
                if let placement { layers[i].bar = placement }
            }
        }
        // Small charts shed text until the plot has room: first the subtitle, then the list of sources,
        // the legend's explanations and the longest lines, and only then the note, a caveat that can change
        // the reading (then said in the alternative text). The legend goes last: colours need it.
        var fallbacks: [Set<Part>] = [
            [], [.subtitle], [.subtitle, .sourceList], [.subtitle, .sourceList, .legendDetails],
            [.subtitle, .sourceList, .legendDetails, .longTitle],
            [.subtitle, .sourceList, .legendDetails, .longTitle, .longSource],
            [.subtitle, .sourceList, .legendDetails, .longTitle, .longSource, .note],
        ]
        // Then the legend's names are cut shorter, the sources counted rather than named, and the title
        // cut to a line, all before the legend goes.
        let lastResorts: [Part] = [.shortLegend, .shorterLegend, .sourceNames, .titlePastALine, .legend]
        for part in lastResorts { fallbacks.append(fallbacks[fallbacks.count - 1].union([part])) }
        // Small multiples keep their legend: they become one plot first (see `build`).
        for omit in fallbacks where spec.facet == .none || !omit.contains(.legend) {
            if let output = try compose(spec, theme: theme, layers: layers, warnings: warnings, omit: omit) {
                if !omit.isEmpty {
                    var out = output
                    out.warnings.append(
                        Diagnostic(
                            .warning, file: configPath, line: line(spec.line),
                            "chart '\(spec.id)' at \(spec.width)x\(spec.height) leaves out its \(omit.map(\.rawValue).sorted().joined(separator: ", ")) to make room for the plot"
                        ))
                    return out
                }
                return output
            }
        }
        return nil
    }

    /// Builds the scene of `spec` from series in memory.
    ///
    /// - Throws: a ``ChartError`` when a layer names a series that is not in `series`, or a layer's
    ///   query or fit fails.
    public func build(_ spec: ChartSpec, series: [Series]) throws(ChartError) -> Output {
        let byID = Dictionary(series.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try build(spec) { id throws(ReckonError) -> Series in
            guard let found = byID[id] else { throw ReckonError(.missingInput, "no series '\(id)' among the series given") }
            return found
        }
    }

    /// Whether `warning` says a layout shed text or panels to fit its size (the subtitle, the note, small
    /// multiples made one plot): what a narrower rendering asked for by `sizes:` does by design, unlike a
    /// label left out.
    package static func isLayoutFallback(_ warning: Diagnostic) -> Bool {
        warning.message.hasSuffix("to make room for the plot") || warning.message.hasSuffix("its layers share one plot")
    }

    /// A spec's line for diagnostics: nil for specs that did not come from the file.
    func line(_ n: Int) -> Int? { configPath == nil || n == 0 ? nil : n }

    /// How errors name query parameters: as `reckon.yaml`'s keys, or the command line's options for
    /// charts made there.
    var spelling: ParameterSpelling { configPath == nil ? .option : .key }

    /// Parts of the text that a small chart may leave out.
    enum Part: String {
        case subtitle, note, legend
        /// The list of every source, shortened to the first and a count.
        case sourceList = "full list of sources"
        /// The legend's explanations of marks (qualifiers, interpolation); its layer entries stay.
        case legendDetails = "legend's explanations"
        /// A title of more than three lines, cut to three with "…".
        case longTitle = "title past three lines"
        /// A source line of more than two lines, cut to two with "…".
        case longSource = "source line past two lines"
        /// The legend's names in full: each cut to fit two entries a line.
        case shortLegend = "legend's full names"
        /// The legend's names cut shorter still: three entries a line.
        case shorterLegend = "legend's names past a third of a line"
        /// The sources' names in the source line: their number instead ("6 sources").
        case sourceNames = "sources' names"
        /// A title of more than two lines, cut to two with "…": a title keeps two lines whatever the size.
        case titlePastALine = "title past two lines"
    }

    /// The date of the latest point drawn, as the footer and the alternative text give it: a period
    /// summed from daily data that reaches into it gives that data's last day ("8 Aug 2026", not
    /// "Aug 2026"), so a reader can tell how much of the last bar's period it covers.
    static func latestDate(_ layers: [LayerData]) -> ObservationDate? {
        layers.compactMap { layer -> ObservationDate? in
            guard let d = layer.points.dates.last else { return nil }
            if !d.isDay, let last = layer.lastDay, d.first <= last, last < d.last {
                return ObservationDate(last)
            }
            return d
        }.max(by: { $0.last < $1.last })
    }

    /// The sources of the points drawn, in order of first appearance.
    static func sources(_ layers: [LayerData]) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for layer in layers {
            // Sets in the order their points come; a set seen is skipped without hashing, and the points
            // after the last set is first seen are not looked at.
            var used = [Bool](repeating: false, count: layer.points.sourceSets.count)
            var unseen = used.count
            for i in layer.points.sourceIndex where !used[Int(i)] {
                used[Int(i)] = true
                for s in layer.points.sourceSets[Int(i)] where seen.insert(s).inserted { out.append(s) }
                unseen -= 1
                if unseen == 0 { break }
            }
            if layer.points.sourceIndex.isEmpty, let s = layer.series.metadata.source, seen.insert(s).inserted { out.append(s) }
        }
        return out
    }
}

extension Rect {
    /// The rectangle grown by `d` on every side (shrunk for negative `d`).
    func insetBy(_ d: Double) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
}
