public import ReckonModel

/// Measures an extractor against passages whose estimates a person wrote down: precision, recall
/// and F1 on the figures (value or bounds, and unit), and on whole rows (figure, qualifier, date
/// and source all right).
public struct Evaluation: Sendable, Equatable {
    /// One expected row: the figure and unit, and what a full match also needs.
    public struct Expected: Sendable, Hashable {
        /// The figure, for a single number.
        public var value: Double?
        /// The lower bound, for a range.
        public var low: Double?
        /// The upper bound, for a range.
        public var high: Double?
        /// The head noun, or nil when the text gives none (any unit is then accepted).
        public var unit: String?
        /// The qualifier the text states, if any.
        public var qualifier: Qualifier?
        /// The day or period, nil when the text does not tell.
        public var date: ObservationDate?
        /// Who gave the figure, nil when the text names no one.
        public var source: String?

        /// An expected row.
        public init(
            value: Double?, low: Double?, high: Double?, unit: String?, qualifier: Qualifier?, date: ObservationDate?,
            source: String?
        ) {
            self.value = value
            self.low = low
            self.high = high
            self.unit = unit
            self.qualifier = qualifier
            self.date = date
            self.source = source
        }
    }

    /// One passage of a corpus: its document and its rows.
    public struct Passage: Sendable, Hashable {
        /// The passage's name in its file (`en-reinforcements`).
        public var name: String
        /// Its text and publication day.
        public var document: Document
        /// The rows a person found in it.
        public var expected: [Expected]
    }

    /// The candidates the extractor proposed.
    public var extracted = 0
    /// The rows the passages hold.
    public var expected = 0
    /// Candidates whose figure and unit match an expected row's.
    public var figuresRight = 0
    /// Candidates that match an expected row in figure, unit, qualifier, date and source.
    public var rowsRight = 0

    /// Extracted figures that were expected, of all extracted.
    public var figurePrecision: Double { ratio(figuresRight, extracted) }
    /// Expected figures that were extracted.
    public var figureRecall: Double { ratio(figuresRight, expected) }
    /// The harmonic mean of the two.
    public var figureF1: Double { f1(figurePrecision, figureRecall) }
    /// Candidates right in figure, unit, qualifier, date and source, of all extracted.
    public var rowPrecision: Double { ratio(rowsRight, extracted) }
    /// Expected rows extracted with all of them right.
    public var rowRecall: Double { ratio(rowsRight, expected) }
    /// The harmonic mean of the two.
    public var rowF1: Double { f1(rowPrecision, rowRecall) }

    /// No passages scored yet.
    public init() {}

    /// Adds one passage's result.
    public mutating func add(_ candidates: [Candidate], expected rows: [Expected]) {
        extracted += candidates.count
        expected += rows.count
        var used = Set<Int>()
        // Whole-row matches first, then figures alone.
        var unmatched: [Expected] = []
        for row in rows {
            if let i = candidates.indices.first(where: {
                !used.contains($0) && Self.figure(candidates[$0], row) && Self.rest(candidates[$0], row)
            }) {
                used.insert(i)
                figuresRight += 1
                rowsRight += 1
            } else {
                unmatched.append(row)
            }
        }
        for row in unmatched {
            if let i = candidates.indices.first(where: { !used.contains($0) && Self.figure(candidates[$0], row) }) {
                used.insert(i)
                figuresRight += 1
            }
        }
    }

    /// Whether the candidate states the expected figure and unit.
    public static func figure(_ c: Candidate, _ e: Expected) -> Bool {
        guard c.value == e.value, c.low == e.low, c.high == e.high else { return false }
        guard let unit = e.unit else { return true }
        return c.unit.map { singular($0) == singular(unit) } ?? false
    }

    /// Whether the qualifier, date and source are right too.
    public static func rest(_ c: Candidate, _ e: Expected) -> Bool {
        c.qualifier == e.qualifier && c.date == e.date && normalised(c.source) == normalised(e.source)
    }

    static func singular(_ s: String) -> String {
        let l = s.lowercased()
        return l.hasSuffix("s") && l.count > 3 ? String(l.dropLast()) : l
    }

    static func normalised(_ s: String?) -> String? {
        guard var t = s?.lowercased() else { return nil }
        for article in ["the ", "la ", "le ", "les ", "el ", "los ", "las ", "die ", "der ", "l'"] where t.hasPrefix(article) {
            t.removeFirst(article.count)
        }
        return t.replacingOccurrences(of: "’", with: "'")
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}
