import ReckonModel

/// Finds the estimates stated in a text: one ``Candidate`` per stated figure, with its qualifier,
/// day or period, source and unit, and the series it most likely belongs to.
///
/// ```swift
/// let document = Document(
///     text: "North Korea sent about 3,000 more troops to Russia on Thursday, South Korea's military said.",
///     published: Day(year: 2025, month: 3, day: 28))
/// let rows = Extractor().extract(document)
/// rows[0].value      // 3000
/// rows[0].qualifier  // .about
/// rows[0].date       // 2025-03-27
/// rows[0].source     // "South Korea's military"
/// ```
///
/// The extractor reads text and returns values: it opens no file and uses no network. Its time is
/// linear in the text's length (sentences are cut at a few hundred words).
public struct Extractor: Sendable {
    /// The series figures may be matched to.
    public var series: [SeriesProfile]

    /// An extractor matching figures to `series`.
    public init(series: [SeriesProfile] = []) {
        self.series = series
    }

    /// The candidates of `document`, in the order their figures stand in the text.
    public func extract(_ document: Document) -> [Candidate] {
        let language = document.language ?? Language.detect(document.text)
        let lexicon = language.lexicon
        var scalars: [Unicode.Scalar] = []
        var headingEnd = 0
        if let title = document.title, !title.isEmpty, !document.text.prefix(title.count + 40).contains(title) {
            scalars.append(contentsOf: "# ".unicodeScalars)
            scalars.append(contentsOf: title.unicodeScalars.lazy.map { $0 == "\n" ? " " : $0 })
            scalars.append(contentsOf: "\n\n".unicodeScalars)
            headingEnd = scalars.count
        }
        scalars.append(contentsOf: document.text.unicodeScalars)
        let sentences = Tokenizer.sentences(scalars, lexicon: lexicon)
        var state = State()
        var body: [Candidate] = []
        var headings: [Candidate] = []
        for sentence in sentences {
            let found = candidates(in: sentence, scalars: scalars, lexicon: lexicon, document: document, state: &state)
            if sentence.isHeading || sentence.start < headingEnd { headings += found } else { body += found }
        }
        // A figure in a headline is usually repeated in the text: keep the text's.
        let stated = Set(body.map { [$0.value, $0.low, $0.high] })
        let kept = headings.filter { !stated.contains([$0.value, $0.low, $0.high]) }
        let all =
            (kept.map { c -> Candidate in
                var c = c
                c.confidence = Self.rounded(max(0.05, c.confidence - 0.2))
                return c
            } + body).sorted { $0.offset < $1.offset }
        let offset = headingEnd
        return all.map { c in
            var c = c
            c.offset = max(0, c.offset - offset)
            return c
        }
    }

    /// What carries from one sentence to the next.
    struct State {
        var lastSource: String?
        var lastUnit: String?
        var previousWords: [String] = []
        var paragraph = -1
        var lastDate: ObservationDate?
    }

    private func candidates(
        in sentence: Sentence, scalars: [Unicode.Scalar], lexicon: Lexicon, document: Document, state: inout State
    ) -> [Candidate] {
        let tokens = sentence.tokens
        let scanner = FigureScanner(lexicon: lexicon, tokens: tokens)
        let judge = NonEstimates(lexicon: lexicon, tokens: tokens)
        let wording = Wording(lexicon: lexicon, tokens: tokens)
        let attribution = Attribution(lexicon: lexicon, tokens: tokens)
        let clauses = wording.clauses()
        let anchors = clauses.flatMap { attribution.anchors(in: $0) }
        let lastSource = state.lastSource
        /// The source of a figure: the nearest one named in its clause, else the nearest in the sentence.
        func source(of figure: Figure, clause: Range<Int>) -> String? {
            func distance(_ a: (position: Int, found: Attribution.Found)) -> Int {
                abs(a.position - figure.first) + (clause.contains(a.position) ? 0 : 1000)
            }
            switch anchors.min(by: { distance($0) < distance($1) })?.found {
            case .named(let s)?: return s
            case .pronoun?: return lastSource
            case nil: return nil
            }
        }
        let dates = DateFinder(lexicon: lexicon, tokens: tokens, published: document.published).mentions()
        let words = tokens.filter { $0.kind == .word }.map(\.lower)
        let matcher = SeriesMatcher(profiles: series)
        var out: [Candidate] = []
        for figure in scanner.figures() where judge.reason(figure) == nil {
            let clauseIndex = clauses.firstIndex { $0.contains(figure.first) } ?? 0
            let clause = clauses[clauseIndex]
            var unit = wording.unit(figure, previous: state.lastUnit)
            let measure = wording.measure(figure, clause: clause)
            var notes = wording.notes(clause: clause)
            if let vague = figure.vague { notes.append("vague: \(vague)") }
            var (date, dateNote, cumulative) = dating(
                figure, clause: clause, mentions: dates, tokens: tokens, lexicon: lexicon, published: document.published)
            // A past figure without a date of its own happened when the paragraph's last dated one did.
            if date == nil, dates.isEmpty, sentence.paragraph == state.paragraph, let carried = state.lastDate {
                date = carried
                dateNote = "date of the paragraph's event"
                cumulative = false
            }
            if let dateNote { notes.append(dateNote) }
            var seriesID: SeriesID?
            var confidence = 0.35
            if unit != nil { confidence += 0.2 }
            let figureSource = source(of: figure, clause: clause)
            if figureSource != nil { confidence += 0.15 }
            if date != nil { confidence += 0.15 }
            if measure != nil { confidence += 0.1 }
            if figure.vague != nil { confidence -= 0.1 }
            if figure.inWords, (figure.value ?? 100) < 10 { confidence -= 0.1 }
            let context = sentence.paragraph == state.paragraph ? state.previousWords : []
            if let (profile, score) = matcher.best(sentence: words, context: context, unit: unit) {
                seriesID = profile.id
                if let u = profile.unit { unit = u }
                confidence = (confidence + score) / 2 + 0.1
            }
            let kind: SeriesKind =
                cumulative ? .cumulative : (measure.map { lexicon.eventMeasures.contains($0) } ?? false) ? .count : .level
            out.append(
                Candidate(
                    date: date, value: figure.value, low: figure.low, high: figure.high,
                    qualifier: wording.qualifier(figure), unit: unit, measure: measure, kind: kind,
                    source: figureSource, url: document.url,
                    quote: Self.quote(scalars, sentence.start, sentence.end), series: seriesID,
                    confidence: Self.rounded(min(1, max(0, confidence))),
                    note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                    reported: document.published, offset: tokens[figure.first].start))
            if let unit, unit != "%" { state.lastUnit = unit }
        }
        for case (_, .named(let s)) in anchors { state.lastSource = s }
        if sentence.paragraph != state.paragraph { state.lastDate = nil }
        if let last = dates.last(where: { $0.date != nil && !$0.cumulative }) { state.lastDate = last.date }
        state.previousWords = words
        state.paragraph = sentence.paragraph
        return out
    }

    /// The figure's day or period: the nearest date named in its clause, else in its sentence; the
    /// publication day for a figure in the present tense; else none, said in the note.
    private func dating(
        _ figure: Figure, clause: Range<Int>, mentions: [DateMention], tokens: [Token], lexicon: Lexicon, published: Day?
    ) -> (ObservationDate?, String?, Bool) {
        func distance(_ m: DateMention) -> Int { abs(m.index - figure.first) + (clause.contains(m.index) ? 0 : 1000) }
        if let m = mentions.min(by: { distance($0) < distance($1) }) {
            return (m.date, m.note ?? (m.date == nil ? "date not known" : nil), m.cumulative)
        }
        if let published, tokens[clause].contains(where: { lexicon.present.contains($0.lower) }) {
            return (ObservationDate(published), "as of publication", false)
        }
        return (nil, "no date in the text", false)
    }

    private static func quote(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var out = ""
        var space = false
        for c in scalars[max(0, start)..<min(end, scalars.count)] {
            if c.properties.isWhitespace {
                space = true
                continue
            }
            if space && !out.isEmpty { out.unicodeScalars.append(" ") }
            space = false
            out.unicodeScalars.append(c)
        }
        return out
    }

    private static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
