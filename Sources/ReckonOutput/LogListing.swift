public import ReckonModel

/// The output of `reckon log`: new and revised estimates, newest first.
public struct LogListing: Sendable {
    /// The entries, in the order listed.
    public var entries: [Workspace.LogEntry]

    /// A listing of `entries`.
    public init(_ entries: [Workspace.LogEntry]) { self.entries = entries }

    /// The columns: seen, series, date, change (new or revised), value, previous, source.
    static let columns = ["seen", "series", "date", "change", "value", "previous", "source"]

    /// The entries in `format`. CSV and JSON give numbers as numbers and the estimate's own columns
    /// (value, low, high, qualifier); the table says each as people do (`about 11,000`).
    public func rendered(_ format: OutputFormat) -> String {
        switch format {
        case .csv:
            var out = "seen,series,date,change,value,low,high,qualifier,previous_value,previous_low,previous_high,source\n"
            for e in entries {
                let o = e.observation
                let fields = [
                    e.seen.description, e.series.description, o.date.description, e.isRevision ? "revised" : "new",
                    SeriesFile.field(.value, of: o), SeriesFile.field(.low, of: o), SeriesFile.field(.high, of: o),
                    SeriesFile.field(.qualifier, of: o), e.previous.map { SeriesFile.field(.value, of: $0) } ?? "",
                    e.previous.map { SeriesFile.field(.low, of: $0) } ?? "",
                    e.previous.map { SeriesFile.field(.high, of: $0) } ?? "",
                    e.source ?? "",
                ]
                out += CSVWriter.record(fields) + "\n"
            }
            return out
        case .json:
            let items: [JSONText.Value] = entries.map { e in
                var members: [(String, JSONText.Value)] = [
                    ("seen", .string(e.seen.description)), ("series", .string(e.series.description)),
                    ("change", .string(e.isRevision ? "revised" : "new")),
                    ("estimate", ObservationListing.json(e.observation, source: e.source)),
                ]
                if let previous = e.previous { members.append(("previous", ObservationListing.json(previous, source: e.source))) }
                return .object(members)
            }
            return JSONText.encode(.array(items), lines: true) + "\n"
        case .table:
            var table = TextTable(Self.columns, rightAligned: [4, 5])
            for e in entries {
                table.append([
                    e.seen.description, e.series.description, e.observation.date.description, e.isRevision ? "revised" : "new",
                    ObservationListing.people(e.observation), e.previous.map(ObservationListing.people) ?? "", e.source ?? "",
                ])
            }
            return table.rendered()
        }
    }
}
