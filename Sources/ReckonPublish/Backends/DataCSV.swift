public import ReckonChart
import ReckonModel
import ReckonOutput

/// The numbers a chart draws, as CSV for its readers to download: one row per layer and point, in
/// drawing order, each with its date, its value or range, its qualifier, its sources, whether it was
/// observed, interpolated, fitted or projected, and the licence of its series. Text that a
/// spreadsheet would run as a formula is neutralised (see `CSVWriter.neutralised(_:)`).
///
/// A point that gave only a range has an empty `value`; a trend layer gives its fitted values at the
/// first and last day of the fit and, when projected, at the projection's end, with the 95% prediction
/// interval where the fit has one.
///
/// Numbers carry no more digits than the data supports. Those that the series' own decimals hold
/// (values as recorded, and sums and differences of them) are written exactly with those decimals;
/// those reckon computes beyond them (means, medians, interpolations, fits, projections and their
/// intervals) are rounded to 4 significant digits, but never to fewer decimals than the series
/// records: a 7-day mean of whole numbers is `101.3`, not `101.28571428571429`, and a projection of a
/// total in the millions is `1558380`, not `1558379.8630136987`.
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
            let fields = LayerFields(layer)
            let precision = DataPrecision(decimals: layer.decimals)
            if let trend = layer.trend {
                var days = [(trend.first, "fitted"), (trend.last, "fitted")]
                if let end = layer.projectedTo { days.append((end, "projected")) }
                for (day, status) in days {
                    let interval = status == "projected" ? trend.predictionInterval(at: day) : nil
                    out.append(bytes: fields.start)
                    row(
                        date: ObservationDate(day), value: trend.finiteValue(at: day), low: interval?.lowerBound,
                        high: interval?.upperBound, qualifier: nil, sources: [], precision: precision, into: &out)
                    out.append(bytes: fields.end(status))
                }
                continue
            }
            let p = layer.points
            // Each set of sources written once, as the field its points share.
            let sources = p.sourceSets.map { set in
                var field = ByteWriter()
                field.append(csvField: CSVWriter.neutralised(set.joined(separator: "; ")))
                return field.bytes
            }
            let ends = ["observed", "incomplete", "interpolated"].map(fields.end)
            for i in 0..<p.count {
                out.append(bytes: fields.start)
                row(
                    date: p.dates[i], value: p.value(i), low: p.low(i), high: p.high(i),
                    qualifier: p.qualifiers.isEmpty ? nil : p.qualifiers[i],
                    sources: p.sourceIndex.isEmpty ? [] : sources[Int(p.sourceIndex[i])], precision: precision,
                    into: &out)
                out.append(bytes: ends[!p.isObserved(i) ? 2 : (p.isComplete(i) ? 0 : 1)])
            }
        }
        return out.bytes
    }

    /// The fields a layer's rows share: its name and series before the point's own fields, its
    /// status and licence after them.
    private struct LayerFields {
        let start: [UInt8]
        let license: [UInt8]

        init(_ layer: DrawnLayer) {
            var start = ByteWriter()
            start.append(csvField: CSVWriter.neutralised(layer.label))
            start.append(byte: UInt8(ascii: ","))
            start.append(csvField: layer.series.rawValue)
            start.append(byte: UInt8(ascii: ","))
            self.start = start.bytes
            var license = ByteWriter()
            license.append(csvField: CSVWriter.neutralised(layer.license ?? ""))
            license.append(byte: UInt8(ascii: "\n"))
            self.license = license.bytes
        }

        /// `,<status>,<licence>` and the line's end.
        func end(_ status: String) -> [UInt8] { Array(",\(status),".utf8) + license }
    }

    /// A point's own fields: date, value, low, high (with the digits `precision` keeps), qualifier and
    /// sources.
    private static func row(
        date: ObservationDate, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, sources: [UInt8],
        precision: DataPrecision, into out: inout ByteWriter
    ) {
        let comma = UInt8(ascii: ",")
        out.append(date: date)
        for number in [value, low, high] {
            out.append(byte: comma)
            if let number { out.append(number: precision.rounded(number)) }
        }
        out.append(byte: comma)
        out.append(qualifier?.rawValue ?? "")
        out.append(byte: comma)
        out.append(bytes: sources)
    }
}
