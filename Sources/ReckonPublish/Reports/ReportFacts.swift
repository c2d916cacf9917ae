import ReckonAnalysis
import ReckonChart
import ReckonModel

/// The facts a report template quotes, by name: `nk-troops-in-russia.latest.cited`,
/// `ru-drones-downed.change.30d`, `charts.personnel-trend.trend`. Each reads the workspace's files as
/// they are now and is worded as the charts word it (`about 11,000`, `11,000–12,000`, `27 Mar 2025`).
///
/// A name that is not a fact throws, with the names that would be; a fact that exists but has no
/// value (an estimate without a `url`) is `nil`, which a section (`{{#…}}`) can test.
final class ReportFacts {
    /// The facts of a series, after its id.
    static let seriesFacts = [
        "latest", "title", "unit", "description", "license", "on", "change", "max", "min", "sources", "estimates",
    ]
    /// The facts of an estimate (`latest`, `max`, `min`), after its name.
    static let estimateFacts = ["value", "date", "source", "url", "qualifier", "cited"]
    /// The facts of a chart, after `charts.<id>`.
    static let chartFacts = ["title", "alt", "source", "latest-data", "trend"]

    let workspace: Workspace
    let charts: [ChartSpec]
    let pipeline: ChartPipeline
    /// How a figure is written: Markdown or HTML.
    let html: Bool
    /// The charts whose worker crashed or ran past `--timeout` in this run: not built again here.
    let failed: Set<String>
    private var series: [SeriesID: Series] = [:]
    private var built: [String: ChartBuilder.Output] = [:]

    init(workspace: Workspace, charts: [ChartSpec], pipeline: ChartPipeline, html: Bool, failed: Set<String> = []) {
        self.workspace = workspace
        self.charts = charts
        self.pipeline = pipeline
        self.html = html
        self.failed = failed
    }

    /// The fact named `name` (its parts split at dots); nil for a fact without a value.
    ///
    /// - Throws: a message saying what is wrong with the name, or why the fact cannot be given.
    func resolve(_ name: String) throws(FactError) -> String? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, !head.isEmpty else { throw FactError("'\(name)' names no fact") }
        if head == "charts" { return try chart(Array(parts.dropFirst()), name: name) }
        return try seriesFact(head, Array(parts.dropFirst()), name: name)
    }

    // MARK: Series

    private func load(_ text: String) throws(FactError) -> Series {
        guard let id = try? SeriesID(text), (try? workspace.seriesIDs())?.contains(id) == true else {
            let known = ((try? workspace.seriesIDs()) ?? []).map(\.rawValue)
            throw FactError(
                "no series or chart '\(text)' (series: \(known.joined(separator: ", ")); charts are named charts.<id>)")
        }
        if let s = series[id] { return s }
        do throws(ReckonError) {
            let s = try workspace.load(id)
            series[id] = s
            return s
        } catch {
            throw FactError(error.description, underlying: error)
        }
    }

    private func seriesFact(_ id: String, _ rest: [String], name: String) throws(FactError) -> String? {
        let s = try load(id)
        guard let fact = rest.first else { return try estimate(s, latest(s), [], name: name) }
        let more = Array(rest.dropFirst())
        func noMore() throws(FactError) {
            if !more.isEmpty { throw FactError("'\(name)': '\(fact)' has no parts") }
        }
        switch fact {
        case "latest": return try estimate(s, latest(s), more, name: name)
        case "title":
            try noMore()
            return s.metadata.title ?? id
        case "unit":
            try noMore()
            return s.metadata.unit
        case "description":
            try noMore()
            return s.metadata.description
        case "license":
            try noMore()
            return s.metadata.license
        case "estimates":
            try noMore()
            return NumberText.grouped(Double(s.observations.count))
        case "sources":
            let sources = BySource.sources(s, asOf: nil)
            if more == ["list"] { return sources.isEmpty ? nil : sources.joined(separator: "; ") }
            try noMore()
            return NumberText.grouped(Double(sources.count))
        case "max", "min": return try extreme(s, highest: fact == "max", more, name: name)
        case "on": return try on(s, more, name: name)
        case "change": return try change(s, more, name: name)
        default:
            throw FactError(
                "'\(name)': series '\(id)' has no fact '\(fact)' (facts: \(Self.seriesFacts.joined(separator: ", ")))")
        }
    }

    private func latest(_ s: Series) throws(FactError) -> Observation {
        guard let o = s.latest else { throw FactError("series '\(s.id)' has no estimates") }
        return o
    }

    /// An estimate, or one of its parts.
    private func estimate(_ s: Series, _ o: Observation, _ rest: [String], name: String) throws(FactError) -> String? {
        let words = Wording.estimate(value: o.value, low: o.low, high: o.high, qualifier: o.qualifier)
        guard let part = rest.first else { return words }
        if rest.count > 1 { throw FactError("'\(name)': '\(part)' has no parts") }
        let source = s.source(of: o)
        switch part {
        case "value": return words
        case "date": return Wording.date(o.date)
        case "source": return source
        // An address a link could not safely carry has no value here: `reckon check` warns of it.
        case "url": return o.url.flatMap { LinkRule.allows($0) ? $0 : nil }
        case "qualifier": return o.qualifier?.rawValue
        case "cited": return words + " (" + [source, Wording.date(o.date)].compactMap { $0 }.joined(separator: ", ") + ")"
        default:
            throw FactError("'\(name)': an estimate has no part '\(part)' (parts: \(Self.estimateFacts.joined(separator: ", ")))")
        }
    }

    /// The highest or lowest estimate, by its value or, for an estimate that gave only a range, by the
    /// range's far end (so that 11,000–12,000 is higher than 11,000); the latest among equals.
    private func extreme(_ s: Series, highest: Bool, _ rest: [String], name: String) throws(FactError) -> String? {
        var best: (Observation, Double)?
        for o in s.observations {
            guard let key = o.value ?? (highest ? o.high : o.low) else { continue }
            if let b = best, highest ? key < b.1 : key > b.1 { continue }
            best = (o, key)
        }
        guard let best = best?.0 else { throw FactError("'\(name)': series '\(s.id)' has no estimates with numbers") }
        if rest.isEmpty {
            return Wording.estimate(value: best.value, low: best.low, high: best.high, qualifier: best.qualifier)
                + " (" + Wording.date(best.date) + ")"
        }
        return try estimate(s, best, rest, name: name)
    }

    /// The series' value on a day, through the analysis core: observed, or interpolated between
    /// estimates (and then said to be).
    private func on(_ s: Series, _ rest: [String], name: String) throws(FactError) -> String? {
        guard rest.count == 1 else { throw FactError("'\(name)': name the day, as \(s.id).on.YYYY-MM-DD") }
        let day = try self.day(rest[0], name: name)
        let p = try at(s, [day], name: name)
        guard p.count == 1 else { throw FactError("'\(name)': series '\(s.id)' has no value on \(rest[0])") }
        let qualifier = p.qualifiers.isEmpty ? nil : p.qualifiers[0]
        guard !p.isObserved(0), let v = p.value(0) else {
            return Wording.estimate(value: p.value(0), low: p.low(0), high: p.high(0), qualifier: qualifier)
        }
        // Between estimates the line is drawn, not reported: three significant digits, and said so.
        let unit = Self.significantUnit(v)
        return Wording.value((v / unit).rounded() * unit, qualifier: .about) + " (interpolated)"
    }

    /// The change between two days (`change.2025-01-01.2025-03-27`), or over a span before the
    /// latest estimate (`change.30d`, `change.3m`), with a true minus sign. Qualified values make it
    /// "about"; a range or a bound at either end has no change to give.
    private func change(_ s: Series, _ rest: [String], name: String) throws(FactError) -> String? {
        let from: Day, to: Day
        switch rest.count {
        case 1:
            guard let span = CalendarSpan.parse(rest[0]) else {
                throw FactError("'\(name)': '\(rest[0])' is not a span like 30d, 8w, 6m or 1y")
            }
            to = try latest(s).date.last
            from = span.before(to)
        case 2:
            from = try day(rest[0], name: name)
            to = try day(rest[1], name: name)
        default:
            throw FactError("'\(name)': give a span (\(s.id).change.30d) or two days (\(s.id).change.YYYY-MM-DD.YYYY-MM-DD)")
        }
        let p = try at(s, [from, to], name: name)
        guard p.count == 2, let a = p.value(0), let b = p.value(1) else {
            throw FactError("'\(name)': series '\(s.id)' has no value on both days")
        }
        let q = p.qualifiers.isEmpty ? [nil, nil] : [p.qualifiers[0], p.qualifiers[1]]
        if q.contains(.atLeast) || q.contains(.atMost) {
            throw FactError("'\(name)': a bound ('at least', 'at most') at either end leaves the change unknown")
        }
        let number = (b - a > 0 ? "+" : "") + Wording.value(b - a, qualifier: nil)
        let words = (q.contains(.about) ? "about " : "") + number
        return p.isObserved(0) && p.isObserved(1) ? words : words + " (interpolated)"
    }

    private func at(_ s: Series, _ days: [Day], name: String) throws(FactError) -> Points {
        if s.metadata.effectiveKind == .count {
            throw FactError(
                "'\(name)': series '\(s.id)' counts what happened in each period; it has no value on a day to compare")
        }
        var options = QueryOptions()
        options.at = days
        do throws(AnalysisError) {
            return try Query.run(s, options).points
        } catch {
            throw FactError("'\(name)': \(error)")
        }
    }

    private func day(_ text: String, name: String) throws(FactError) -> Day {
        do throws(FieldError) {
            return try ObservationDate.parseDay(text)
        } catch {
            throw FactError("'\(name)': \(error.message)")
        }
    }

    // MARK: Charts

    /// The built chart `id`, built once per report.
    func output(_ id: String) throws(FactError) -> (spec: ChartSpec, output: ChartBuilder.Output) {
        guard let spec = charts.first(where: { $0.id == id }) else {
            throw FactError("no chart '\(id)' in reckon.yaml (charts: \(charts.map(\.id).joined(separator: ", ")))")
        }
        if let o = built[id] { return (spec, o) }
        // A chart that crashed or ran past --timeout in its worker would do the same here.
        if failed.contains(id) { throw FactError("chart '\(id)' failed in this run; the report waits for it") }
        do throws(ReckonError) {
            let o = try pipeline.build(spec, in: workspace)
            built[id] = o
            return (spec, o)
        } catch {
            throw FactError(error.description, underlying: error)
        }
    }

    private func chart(_ rest: [String], name: String) throws(FactError) -> String? {
        guard let id = rest.first else { throw FactError("'\(name)': name the chart, as charts.<id>") }
        let (spec, output) = try output(id)
        let record = ChartRecord(spec, output: output, formats: Publisher.withData(spec.formats))
        guard rest.count > 1 else { return html ? Snippet.html(record) : Snippet.markdown(record) }
        let fact = rest[1]
        if fact != "trend", rest.count > 2 { throw FactError("'\(name)': '\(fact)' has no parts") }
        switch fact {
        case "title": return record.title
        case "alt": return record.alt
        case "source": return record.sourceLine
        case "latest-data":
            return output.data.compactMap { $0.points.dates.last }.max(by: { $0.last < $1.last }).map { Wording.date($0) }
        case "trend": return try trend(id, output, Array(rest.dropFirst(2)), name: name)
        default:
            throw FactError("'\(name)': a chart has no fact '\(fact)' (facts: \(Self.chartFacts.joined(separator: ", ")))")
        }
    }

    /// The chart's first trend: its projection with its model and the 95% prediction interval, rounded to
    /// the interval's precision (`about 1,546,000 on 6 Nov 2026 (random walk with drift; 95% prediction
    /// interval 1,537,000–1,555,000)`),
    /// or how it moves (`trend.slope`).
    private func trend(_ id: String, _ output: ChartBuilder.Output, _ rest: [String], name: String) throws(FactError) -> String? {
        guard let layer = output.data.first(where: { $0.trend != nil }), let t = layer.trend else {
            throw FactError("'\(name)': chart '\(id)' has no trend layer")
        }
        if rest == ["slope"] { return Wording.trend(t) }
        guard rest.isEmpty || rest == ["value"] || rest == ["date"] || rest == ["interval"] else {
            throw FactError("'\(name)': a trend has the parts value, date, interval and slope")
        }
        guard let end = layer.projectedTo, let value = t.finiteValue(at: end) else {
            throw FactError("'\(name)': chart '\(id)'s trend is not projected (give its layer project:)")
        }
        let projection = t.projection(at: end)
        let interval = projection.interval
        let unit = interval.map { Self.roundingUnit($0.upperBound - $0.lowerBound) } ?? 1
        func rounded(_ v: Double) -> String { Wording.value((v / unit).rounded() * unit, qualifier: nil) }
        let intervalText = interval.map { "95% prediction interval " + rounded($0.lowerBound) + "–" + rounded($0.upperBound) }
        switch rest.first {
        case "value": return "about " + rounded(value)
        case "date": return Wording.date(ObservationDate(end))
        case "interval": return intervalText
        default:
            return "about \(rounded(value)) on \(Wording.date(ObservationDate(end)))"
                + " (\(t.fit.model); \(intervalText ?? "no prediction interval: " + (projection.noIntervalReason ?? "none")))"
        }
    }

    /// The power of ten that keeps three significant digits of `v`.
    static func significantUnit(_ v: Double) -> Double {
        guard v.isFinite, v != 0 else { return 1 }
        var unit = 1.0
        while unit * 1000 <= abs(v), unit < 1e15 { unit *= 10 }
        return unit
    }

    /// The power of ten that an interval `width` wide is told in: two significant digits of the width.
    static func roundingUnit(_ width: Double) -> Double {
        guard width.isFinite, width > 0 else { return 1 }
        var unit = 1.0
        while unit * 100 <= width, unit < 1e15 { unit *= 10 }
        return unit
    }
}

/// Why a name is not a fact, or the fact cannot be given.
struct FactError: Error {
    var message: String
    /// The error of reading a file, kept for its kind and location.
    var underlying: ReckonError?

    init(_ message: String, underlying: ReckonError? = nil) {
        self.message = message
        self.underlying = underlying
    }
}
