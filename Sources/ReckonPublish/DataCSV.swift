public import ReckonChart
import ReckonModel

/// The numbers a chart draws, as CSV for its readers to download: one row per layer and point, in
/// drawing order, each with its date, its value or range, its qualifier, its sources, whether it was
/// observed, interpolated, fitted or projected, and the licence of its series.
///
/// A point that gave only a range has an empty `value`; a trend layer gives its fitted values at the
/// first and last day of the fit and, when projected, at the projection's end, with the 95% prediction
/// interval where the fit has one.
public enum DataCSV {
    /// The columns, in order.
    public static let header = [
        "layer", "series", "date", "value", "low", "high", "qualifier", "sources", "status", "license",
    ]

    /// The CSV of the chart's drawn numbers.
    public static func write(_ output: ChartBuilder.Output) -> [UInt8] {
        var out = CSVWriter.record(header) + "\n"
        for layer in output.data {
            if let trend = layer.trend {
                var days = [(trend.first, "fitted"), (trend.last, "fitted")]
                if let end = layer.projectedTo { days.append((end, "projected")) }
                for (day, status) in days {
                    let interval = status == "projected" ? trend.predictionInterval(at: day) : nil
                    out += row(
                        layer, date: day.description, value: trend.finiteValue(at: day), low: interval?.lowerBound,
                        high: interval?.upperBound, qualifier: nil, sources: [], status: status)
                }
                continue
            }
            let p = layer.points
            for i in 0..<p.count {
                let status = !p.isObserved(i) ? "interpolated" : (p.isComplete(i) ? "observed" : "incomplete")
                out += row(
                    layer, date: p.dates[i].description, value: p.value(i), low: p.low(i), high: p.high(i),
                    qualifier: p.qualifiers.isEmpty ? nil : p.qualifiers[i], sources: p.sources(i), status: status)
            }
        }
        return Array(out.utf8)
    }

    private static func row(
        _ layer: DrawnLayer, date: String, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?,
        sources: [String], status: String
    ) -> String {
        func number(_ v: Double?) -> String { v.map(NumberText.format) ?? "" }
        return CSVWriter.record([
            layer.label, layer.series.rawValue, date, number(value), number(low), number(high), qualifier?.rawValue ?? "",
            sources.joined(separator: "; "), status, layer.license ?? "",
        ]) + "\n"
    }
}
