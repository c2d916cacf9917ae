/// What a series' sidecar file `Series/<id>.yaml` says about it. Every field is optional.
public struct SeriesMetadata: Hashable, Sendable {
    /// The series' title, for charts and listings.
    public var title: String?
    /// What one unit of the values is, e.g. `troops` or `drones`.
    public var unit: String?
    /// The kind given in the sidecar; ``effectiveKind`` applies the default.
    public var kind: SeriesKind?
    /// A longer description.
    public var description: String?
    /// The source of rows that name none.
    public var source: String?
    /// The licence the data is published under (`CC BY 4.0`, `MIT`), quoted with the data that charts
    /// offer for download.
    public var license: String?
    /// Where `reckon pull` fetches the series from, if anywhere.
    public var pull: PullSource?
    /// Phrases that tell an article's figure belongs to this series (`North Korean troops`), for
    /// `reckon extract`; the sidecar lists them under `match:`.
    public var match: [String] = []

    /// What a series is; every field optional.
    public init(
        title: String? = nil, unit: String? = nil, kind: SeriesKind? = nil, description: String? = nil,
        source: String? = nil, license: String? = nil, pull: PullSource? = nil
    ) {
        self.title = title
        self.unit = unit
        self.kind = kind
        self.description = description
        self.source = source
        self.license = license
        self.pull = pull
    }

    /// The kind, `level` when the sidecar names none.
    public var effectiveKind: SeriesKind { kind ?? .level }

    /// The sidecar keys, in the order they are written.
    public static let keys = ["title", "unit", "kind", "description", "source", "license", "pull", "match"]
}

extension SeriesMetadata {
    /// Refuses text that the text rules (no control characters, valid UTF-8) does not allow, naming the field.
    ///
    /// - Throws: `.usage`, for metadata given on the command line.
    public func checkText() throws(ReckonError) {
        for (name, text) in [
            ("title", title), ("unit", unit), ("description", description), ("source", source), ("license", license),
        ] {
            if let text, let problem = TextRules.problem(text, lineBreaks: name == "description") {
                throw ReckonError(.usage, "--\(name): \(problem)")
            }
        }
    }
}
