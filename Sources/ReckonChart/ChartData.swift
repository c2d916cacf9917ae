import ReckonAnalysis
import ReckonModel

/// A layer's data, ready to draw: its series, its points after the layer's query, and its fit.
struct LayerData {
    var spec: LayerSpec
    var series: Series
    var points: Points
    var trend: Trend?
    var color: Color
    /// The name shown in the legend.
    var name: String

    /// The x extent in days (a day d covers [d, d + 1)).
    var dayRange: ClosedRange<Double>? {
        guard !points.isEmpty else { return nil }
        var lo = Double.infinity, hi = -Double.infinity
        for d in points.dates {
            lo = min(lo, Double(d.first.ordinal))
            hi = max(hi, Double(d.last.ordinal) + 1)
        }
        if let trend, let project = spec.project {
            hi = max(hi, Double(project.after(trend.last).ordinal) + 1)
        }
        return lo...hi
    }
}

extension ChartBuilder {
    /// Runs each layer's query and fit.
    func layerData(
        _ spec: ChartSpec, theme: Theme, load: (SeriesID) throws(ModelError) -> Series
    ) throws(ChartError) -> (layers: [LayerData], warnings: [Diagnostic]) {
        var layers: [LayerData] = []
        var warnings: [Diagnostic] = []
        var cache: [SeriesID: Series] = [:]
        for (i, layer) in spec.layers.enumerated() {
            let series: Series
            if let cached = cache[layer.series] {
                series = cached
            } else {
                do throws(ModelError) {
                    series = try load(layer.series)
                } catch {
                    throw ChartError(error.kind, error.diagnostics)
                }
                cache[layer.series] = series
            }
            var options = layer.query
            if let from = spec.x.from { options.from = max(options.from ?? from, from) }
            if let to = spec.x.to { options.to = min(options.to ?? to, to) }
            let result: Query.Result
            do throws(AnalysisError) {
                result = try Query.run(series, options)
            } catch {
                throw ChartError(
                    error.kind == .usage ? .usage : .badData, file: configPath, line: line(layer.line),
                    "layer '\(layer.series)': \(error.message)")
            }
            warnings += result.warnings.map { Diagnostic(.warning, file: "Series/\(layer.series).csv", $0.message) }
            var trend: Trend?
            if let fit = layer.trend {
                do throws(AnalysisError) {
                    trend = try Trend.fit(fit, to: result.points, includeIncomplete: layer.includeIncomplete)
                } catch {
                    throw ChartError(
                        error.kind == .usage ? .usage : .badData, file: configPath, line: line(layer.line),
                        "layer '\(layer.series)': \(error.message)")
                }
            }
            let name =
                layer.label ?? (layer.trend.map { "\($0.rawValue.capitalized) trend" }) ?? series.metadata.title
                ?? layer.series.rawValue
            layers.append(
                LayerData(
                    spec: layer, series: series, points: result.points, trend: trend,
                    color: layer.color ?? theme.palette[i % theme.palette.count], name: name))
        }
        return (layers, warnings)
    }
}
