public import ReckonModel
import ReckonOutput

/// `datapackage.json` at the workspace's root: a Frictionless Data Package describing every
/// `Series/<id>.csv` and every chart's data download, `Output/<chart>.csv`, each with a Table Schema
/// (types, the qualifier's allowed words, the unit in the value's description) and, for a series, the
/// licence and source its sidecar gives; so `frictionless validate` can check the data and
/// open-data tools can load it.
///
/// A series' `date` is a string, not a date: it may be a day, a month or a week (`2025-03`,
/// `2025-W12`); `reported` is a date.
public enum DataPackage {
    /// The file's name, at the workspace's root (resources' paths are relative to it, and a data
    /// package may not point above its own folder).
    public static let fileName = "datapackage.json"

    /// One series: its id, its CSV's columns in file order, and its sidecar.
    public struct SeriesTable: Sendable {
        /// The series.
        public var id: SeriesID
        /// The header's columns, in file order.
        public var columns: [String]
        /// What its sidecar says.
        public var metadata: SeriesMetadata

        /// A series table.
        public init(id: SeriesID, columns: [String], metadata: SeriesMetadata) {
            self.id = id
            self.columns = columns
            self.metadata = metadata
        }
    }

    /// The descriptor's bytes, for the package called `name`, with `series` and the chart downloads
    /// `charts` (chart ids, each with its title).
    public static func json(name: String, series: [SeriesTable], charts: [(id: String, title: String)]) -> [UInt8] {
        var resources: [JSONText.Value] = series.map(resource)
        resources += charts.map { chart in
            .object([
                ("name", .string(slug("chart-" + chart.id))), ("title", .string(chart.title)),
                ("path", .string("Output/\(chart.id).csv")), ("format", .string("csv")), ("mediatype", .string("text/csv")),
                ("encoding", .string("utf-8")),
                ("schema", schema(DataCSV.header.map { ($0, chartFieldType($0)) }, unit: nil)),
            ])
        }
        let package: JSONText.Value = .object([
            ("profile", .string("data-package")), ("name", .string(slug(name))), ("title", .string("Estimates: \(name)")),
            ("resources", .array(resources)),
        ])
        return Array((JSONText.encode(package, lines: true) + "\n").utf8)
    }

    /// A series' resource.
    static func resource(_ s: SeriesTable) -> JSONText.Value {
        var members: [(String, JSONText.Value)] = [
            ("name", .string(slug(s.id.description))), ("path", .string(Workspace.csvName(s.id))),
            ("profile", .string("tabular-data-resource")),
            ("format", .string("csv")), ("mediatype", .string("text/csv")), ("encoding", .string("utf-8")),
        ]
        if let title = s.metadata.title { members.append(("title", .string(title))) }
        if let description = s.metadata.description { members.append(("description", .string(description))) }
        if let license = s.metadata.license { members.append(("licenses", .array([.object([("name", .string(license))])]))) }
        var sources: [JSONText.Value] = []
        if let source = s.metadata.source { sources.append(.object([("title", .string(source))])) }
        if let url = s.metadata.pull?.url, !url.lowercased().hasPrefix("file:") {
            sources.append(.object([("title", .string(s.metadata.pull?.options.source ?? url)), ("path", .string(url))]))
        }
        if !sources.isEmpty { members.append(("sources", .array(sources))) }
        members.append(("schema", schema(s.columns.map { ($0, seriesFieldType($0)) }, unit: s.metadata.unit)))
        return .object(members)
    }

    /// A Table Schema of `fields` (name, type) in order; the qualifier's allowed words are its enum.
    static func schema(_ fields: [(String, String)], unit: String?) -> JSONText.Value {
        .object([
            (
                "fields",
                .array(
                    fields.map { name, type in
                        var field: [(String, JSONText.Value)] = [("name", .string(name)), ("type", .string(type))]
                        if name == "qualifier" {
                            field.append(
                                ("constraints", .object([("enum", .array(Qualifier.allCases.map { .string($0.rawValue) }))])))
                        }
                        if let unit, ["value", "low", "high"].contains(name) {
                            field.append(("description", .string("in \(unit)")))
                        }
                        if name == "date" {
                            field.append(
                                ("description", .string("a day (YYYY-MM-DD), a month (YYYY-MM), a week (YYYY-Www) or a range")))
                        }
                        return .object(field)
                    })
            ),
            ("missingValues", .array([.string("")])),
        ])
    }

    static func seriesFieldType(_ column: String) -> String {
        switch column {
        case "value", "low", "high": "number"
        case "reported": "date"
        default: "string"
        }
    }

    static func chartFieldType(_ column: String) -> String {
        ["value", "low", "high"].contains(column) ? "number" : "string"
    }

    /// A name as the Data Package spec wants it: lower case letters, digits, `-`, `_` and `.`.
    static func slug(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        let mapped = String(text.lowercased().map { allowed.contains($0) ? $0 : "-" })
        return mapped.isEmpty ? "reckon" : mapped
    }
}
