public import ReckonModel

/// The output of `reckon list`: one line per series.
public struct SeriesListing: Sendable {
    /// One series' summary.
    public struct Entry: Sendable {
        /// The series' id.
        public var id: SeriesID
        /// Its title, unit, kind and default source.
        public var metadata: SeriesMetadata
        /// How many observations it has.
        public var count: Int
        /// The first day of its data.
        public var first: Day?
        /// The last day of its data.
        public var last: Day?
        /// The latest observation (see `Series.latest`).
        public var latest: Observation?

        /// The entry of `series`.
        public init(_ series: Series) {
            id = series.id
            metadata = series.metadata
            count = series.observations.count
            first = series.dateRange?.lowerBound
            last = series.dateRange?.upperBound
            latest = series.latest
        }
    }

    /// One entry a series.
    public var entries: [Entry]

    /// A listing of these entries.
    public init(_ entries: [Entry]) { self.entries = entries }

    /// The listing in `format`.
    public func rendered(_ format: OutputFormat) -> String {
        switch format {
        case .table:
            var table = TextTable(
                ["id", "title", "kind", "unit", "observations", "first", "last", "last value"], rightAligned: [4, 7])
            for e in entries {
                table.append([
                    e.id.rawValue, e.metadata.title ?? "", e.metadata.effectiveKind.rawValue, e.metadata.unit ?? "",
                    NumberText.grouped(Double(e.count)), e.first?.description ?? "", e.last?.description ?? "",
                    e.latest.map(ObservationListing.people) ?? "",
                ])
            }
            return table.rendered()
        case .csv:
            var out = "id,title,kind,unit,observations,first,last,last_value,last_low,last_high,last_qualifier\n"
            for e in entries {
                out +=
                    CSVWriter.record([
                        e.id.rawValue, e.metadata.title ?? "", e.metadata.effectiveKind.rawValue, e.metadata.unit ?? "",
                        String(e.count), e.first?.description ?? "", e.last?.description ?? "",
                        e.latest?.value.map(NumberText.format) ?? "", e.latest?.low.map(NumberText.format) ?? "",
                        e.latest?.high.map(NumberText.format) ?? "", e.latest?.qualifier?.rawValue ?? "",
                    ]) + "\n"
            }
            return out
        case .json:
            let items: [JSONText.Value] = entries.map { e in
                .object([
                    ("id", .string(e.id.rawValue)),
                    ("title", e.metadata.title.map(JSONText.Value.string) ?? .null),
                    ("kind", .string(e.metadata.effectiveKind.rawValue)),
                    ("unit", e.metadata.unit.map(JSONText.Value.string) ?? .null),
                    ("observations", .int(e.count)),
                    ("first", e.first.map { .string($0.description) } ?? .null),
                    ("last", e.last.map { .string($0.description) } ?? .null),
                    ("latest", e.latest.map { ObservationListing.json($0, source: $0.source ?? e.metadata.source) } ?? .null),
                ])
            }
            return JSONText.encode(.array(items), lines: true) + "\n"
        }
    }
}
