public import ReckonModel

/// The output of `reckon show`: a series' observations.
public struct ObservationListing: Sendable {
    /// The series listed.
    public var series: Series

    /// A listing of `series`' observations.
    public init(_ series: Series) { self.series = series }

    /// The observations in `format`. CSV uses the store's own columns, all of them, so scripts can
    /// rely on them; JSON adds each row's first, last and reported day and its effective source.
    public func rendered(_ format: OutputFormat) -> String {
        let observations = series.observations
        switch format {
        case .csv:
            var out = ObservationColumn.allCases.map(\.rawValue).joined(separator: ",") + "\n"
            for o in observations {
                out += CSVWriter.record(ObservationColumn.allCases.map { SeriesFile.field($0, of: o) }) + "\n"
            }
            return out
        case .json:
            let items = observations.map { ObservationListing.json($0, source: series.source(of: $0)) }
            return JSONText.encode(.array(items), lines: true) + "\n"
        case .table:
            let shown = ObservationColumn.allCases.filter { c in
                c == .date || c == .value || observations.contains { !SeriesFile.field(c, of: $0).isEmpty }
            }
            let numeric: Set<ObservationColumn> = [.value, .low, .high]
            var table = TextTable(
                shown.map(\.rawValue),
                rightAligned: Set(shown.indices.filter { numeric.contains(shown[$0]) }))
            for o in observations {
                table.append(
                    shown.map { c in
                        switch c {
                        // A range estimate has no value: its column says the range.
                        case .value: o.value.map { NumberText.grouped($0) } ?? RangeText.describe(low: o.low, high: o.high)
                        case .low: o.low.map { NumberText.grouped($0) } ?? ""
                        case .high: o.high.map { NumberText.grouped($0) } ?? ""
                        default: SeriesFile.field(c, of: o)
                        }
                    })
            }
            return table.rendered()
        }
    }

    /// An estimate as people say it: `about 11,000`, `10,000–12,000`, `at least 4,000`.
    public static func people(_ o: Observation) -> String {
        var text = ""
        if let value = o.value {
            text = NumberText.grouped(value)
            if o.low != nil || o.high != nil {
                text +=
                    " (" + (o.low.map { NumberText.grouped($0) } ?? "") + "–" + (o.high.map { NumberText.grouped($0) } ?? "")
                    + ")"
            }
        } else {
            text = RangeText.describe(low: o.low, high: o.high)
            // A one-sided range already says "at least" or "at most".
            if o.low == nil || o.high == nil, o.qualifier != .about { return text }
        }
        return o.qualifier.map { $0.rawValue + " " + text } ?? text
    }

    /// One observation as a JSON object; absent fields are left out.
    static func json(_ o: Observation, source: String?) -> JSONText.Value {
        var members: [(String, JSONText.Value)] = [
            ("date", .string(o.date.description)),
            ("first", .string(o.date.first.description)),
            ("last", .string(o.date.last.description)),
        ]
        if let v = o.value { members.append(("value", .number(v))) }
        if let v = o.low { members.append(("low", .number(v))) }
        if let v = o.high { members.append(("high", .number(v))) }
        if let q = o.qualifier { members.append(("qualifier", .string(q.rawValue))) }
        if let source { members.append(("source", .string(source))) }
        if let url = o.url { members.append(("url", .string(url))) }
        members.append(("reported", .string(o.reportedDay.description)))
        if let note = o.note { members.append(("note", .string(note))) }
        return .object(members)
    }
}
