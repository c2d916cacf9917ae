public import ReckonModel

/// One stated figure proposed as an estimate row: its numbers, wording, day or period, source and
/// the sentence it came from.
public struct Candidate: Sendable, Hashable {
    /// The day or period it is about; nil when the text does not tell (``note`` says why).
    public var date: ObservationDate?
    /// The figure, for a single number.
    public var value: Double?
    /// The lower bound, for a range or a vague quantity (`dozens` is 24 to 99).
    public var low: Double?
    /// The upper bound, for a range or a vague quantity.
    public var high: Double?
    /// How it was worded: about, at least, at most.
    public var qualifier: Qualifier?
    /// What it counts: the noun after the figure (`troops`), `%`, or a currency code.
    public var unit: String?
    /// What happened to what it counts, when the sentence says (`killed`, `shot down`).
    public var measure: String?
    /// Whether it is a level, a count of events in its period, or cumulative since an event.
    public var kind: SeriesKind
    /// Who gave it, as the text names them; nil when the text names no one.
    public var source: String?
    /// The citation: the page's canonical address when known.
    public var url: String?
    /// The sentence it was stated in.
    public var quote: String
    /// The series it most likely belongs to, when series were given.
    public var series: SeriesID?
    /// How sure the extractor is that this is a tracked estimate, from 0 to 1.
    public var confidence: Double
    /// What the row's note should keep: `believed`, `preliminary`, how the date was found.
    public var note: String?
    /// The day the text was published, when known.
    public var reported: Day?
    /// Where the figure starts in the text, in Unicode scalars from 0.
    public var offset: Int

    /// A candidate with every field given.
    public init(
        date: ObservationDate?, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, unit: String?,
        measure: String?, kind: SeriesKind, source: String?, url: String?, quote: String, series: SeriesID?,
        confidence: Double, note: String?, reported: Day?, offset: Int
    ) {
        self.date = date
        self.value = value
        self.low = low
        self.high = high
        self.qualifier = qualifier
        self.unit = unit
        self.measure = measure
        self.kind = kind
        self.source = source
        self.url = url
        self.quote = quote
        self.series = series
        self.confidence = confidence
        self.note = note
        self.reported = reported
        self.offset = offset
    }
}
