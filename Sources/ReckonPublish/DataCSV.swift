public import ReckonChart
import ReckonModel
import ReckonOutput

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
        var out = ByteWriter()
        out.append(CSVWriter.record(header) + "\n")
        for layer in output.data {
            if let trend = layer.trend {
                var days = [(trend.first, "fitted"), (trend.last, "fitted")]
                if let end = layer.projectedTo { days.append((end, "projected")) }
                for (day, status) in days {
                    let interval = status == "projected" ? trend.predictionInterval(at: day) : nil
                    row(
                        layer, date: ObservationDate(day), value: trend.finiteValue(at: day), low: interval?.lowerBound,
                        high: interval?.upperBound, qualifier: nil, sources: [], status: status, into: &out)
                }
                continue
            }
            let p = layer.points
            for i in 0..<p.count {
                let status = !p.isObserved(i) ? "interpolated" : (p.isComplete(i) ? "observed" : "incomplete")
                row(
                    layer, date: p.dates[i], value: p.value(i), low: p.low(i), high: p.high(i),
                    qualifier: p.qualifiers.isEmpty ? nil : p.qualifiers[i], sources: p.sources(i), status: status,
                    into: &out)
            }
        }
        return out.bytes
    }

    /// One row, written into `out` field by field.
    private static func row(
        _ layer: DrawnLayer, date: ObservationDate, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?,
        sources: [String], status: String, into out: inout ByteWriter
    ) {
        let comma = UInt8(ascii: ",")
        out.append(csvField: layer.label)
        out.append(byte: comma)
        out.append(csvField: layer.series.rawValue)
        out.append(byte: comma)
        out.append(date: date)
        for number in [value, low, high] {
            out.append(byte: comma)
            if let number { out.append(number: number) }
        }
        out.append(byte: comma)
        out.append(qualifier?.rawValue ?? "")
        out.append(byte: comma)
        out.append(csvField: sources.joined(separator: "; "))
        out.append(byte: comma)
        out.append(status)
        out.append(byte: comma)
        out.append(csvField: layer.license ?? "")
        out.append(byte: UInt8(ascii: "\n"))
    }
}
