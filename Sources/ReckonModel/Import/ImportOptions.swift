/// Which fields of a foreign file hold what, for `reckon import` and a sidecar's `pull:` mapping.
public struct ImportOptions: Sendable, Hashable {
    /// What the file is: JSON, CSV, or nil to tell by its first byte.
    public var format: ImportFormat?
    /// The column (CSV) or key (JSON) holding the date.
    public var dateColumn = "date"
    /// The column or key holding the value.
    public var valueColumn = "value"
    /// The column or key holding a range's lower bound.
    public var lowColumn: String?
    /// The column or key holding a range's upper bound.
    public var highColumn: String?
    /// The column or key holding a qualifier (`about`, `at least`, `at most`).
    public var qualifierColumn: String?
    /// The source to record on every imported row.
    public var source: String?

    /// The defaults: dates in `date`, values in `value`, nothing else.
    public init() {}

    /// The names of the fields, as `reckon import`'s options spell them (`--value-column`) and a
    /// sidecar's `pull:` mapping does (`value-column:`): one vocabulary for both.
    public static let keys = ["format", "date-column", "value-column", "low-column", "high-column", "qualifier-column", "source"]

    /// Sets the field `key` (one of ``keys``) to `text`.
    ///
    /// - Throws: a message when `key` is unknown, `text` is empty, or a format is neither `json` nor `csv`.
    public mutating func set(_ key: String, to text: String) throws(FieldError) {
        guard !text.isEmpty else { throw FieldError("'\(key)' is empty") }
        switch key {
        case "format":
            guard let format = ImportFormat(rawValue: text) else { throw FieldError("format must be json or csv, not '\(text)'") }
            self.format = format
        case "date-column": dateColumn = text
        case "value-column": valueColumn = text
        case "low-column": lowColumn = text
        case "high-column": highColumn = text
        case "qualifier-column": qualifierColumn = text
        case "source": source = text
        default:
            var message = "unknown key '\(key)'"
            if let guess = closestMatch(key, in: Self.keys) { message += "; did you mean '\(guess)'?" }
            throw FieldError(message)
        }
    }

    /// The fields that differ from the defaults, as `key=value` pairs in the order of ``keys``: the same
    /// text for the same mapping, so a change of mapping can be noticed.
    public var summary: String {
        let pairs: [(String, String?)] = [
            ("format", format?.rawValue), ("date-column", dateColumn == "date" ? nil : dateColumn),
            ("value-column", valueColumn == "value" ? nil : valueColumn), ("low-column", lowColumn),
            ("high-column", highColumn), ("qualifier-column", qualifierColumn), ("source", source),
        ]
        return pairs.compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: ";")
    }
}

/// The format of a file to import.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
    /// A JSON array of objects, one per date.
    case json
    /// CSV with a header row.
    case csv
}

/// One row read from a foreign file, with where it was.
public struct ImportedRow: Sendable, Equatable {
    /// The estimate read.
    public var observation: Observation
    /// The 1-based line (CSV) or record (JSON) it came from.
    public var line: Int
    /// The 1-based column of its date, for messages.
    public var column: Int
}
