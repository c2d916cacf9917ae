import ReckonModel

extension ChartSpec {
    /// Why `stack: true` would add up different units, in words; nil when it does not. Stacked bars are
    /// read by their total, and drones on top of people total nothing, whatever `y.label` calls the
    /// axis. `unit` gives a series' unit (nil when its sidecar names none: not counted as different).
    ///
    /// Bars stack with the bars of their plot: with `facet: series` each series has its own, with
    /// `facet: source` each source (a layer of no one source is in every plot).
    func stackProblem(unit: (SeriesID) -> String?) -> String? {
        guard stack, facet != .series else { return nil }
        let bars = layers.filter { $0.trend == nil && $0.mark == .bar }
        for plot in Self.plots(bars, bySource: facet == .source) {
            if let problem = Self.unitClash(plot, unit: unit) { return problem }
        }
        return nil
    }

    /// The layers of each plot: all in one, or by source, each with the layers of no source.
    private static func plots(_ bars: [LayerSpec], bySource: Bool) -> [[LayerSpec]] {
        guard bySource else { return [bars] }
        let shared = bars.filter { $0.query.source == nil }
        let sources = Set(bars.compactMap(\.query.source)).sorted()
        guard !sources.isEmpty else { return [shared] }
        return sources.map { source in bars.filter { $0.query.source == nil || $0.query.source == source } }
    }

    /// The first layer of `plot` whose unit differs from an earlier layer's, said.
    private static func unitClash(_ plot: [LayerSpec], unit: (SeriesID) -> String?) -> String? {
        var first: (layer: LayerSpec, unit: String)?
        for layer in plot {
            guard let u = unit(layer.series) else { continue }
            guard let (a, ua) = first else {
                first = (layer, u)
                continue
            }
            if u != ua {
                return "stacked bars add up, but layer '\(a.series)' is in \(ua) and layer '\(layer.series)' in \(u): "
                    + "their total means nothing, whatever 'y.label' says; leave out 'stack' to stand them side by side"
            }
        }
        return nil
    }
}
