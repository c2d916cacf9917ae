public import ReckonAnalysis
public import ReckonModel

/// Draws one layer with its mark (see ``MarkKind``).
enum Marks {
    static func draw(_ layer: LayerData, _ c: MarkContext) -> Drawn { kind(of: layer).draw(layer, c) }

    /// Whether a point dated `next` starts no later than the day after one dated `date` ends: no day is
    /// missing between them (a `next` that overlaps `date`, or starts earlier, follows it too).
    @inline(__always)
    static func follows(_ next: ObservationDate, _ date: ObservationDate) -> Bool {
        next.first.ordinal <= date.last.ordinal + 1
    }

    /// Whether point `i + 1` follows point `i` with no day missing between them, or, for a series with
    /// a rhythm, within its cadence (a monthly series with every month present).
    static func contiguous(_ p: Points, _ i: Int, cadence: Cadence = .daily) -> Bool {
        if follows(p.dates[i + 1], p.dates[i]) { return true }
        return cadence.days > 1 && p.position(i + 1) - p.position(i) <= cadence.longestStep
    }
}

/// Markers for observed points, shaped by their qualifier.
enum Marker {
    /// A filled dot; a hollow ring for "about"; a dot with an arrow up for "at least" (the estimate is
    /// open-ended upwards) and down for "at most".
    static func paths(at p: Point, qualifier: Qualifier?, color: Color, radius r: Double, background: Color) -> [Path] {
        let ring = Stroke(background, width: 1)
        switch qualifier {
        case nil:
            return [Path([.circle(center: p, radius: r)], stroke: ring, fill: color)]
        case .about:
            return [Path([.circle(center: p, radius: r)], stroke: Stroke(color, width: max(1.5, r * 0.45)), fill: background)]
        case .atLeast, .atMost:
            let dir = qualifier == .atLeast ? -1.0 : 1.0
            let tip = Point(p.x, p.y + dir * r * 3.4)
            let arrow = Path(
                [
                    .move(Point(p.x, p.y + dir * r)), .line(tip), .move(Point(p.x - r * 0.9, tip.y - dir * r * 0.9)), .line(tip),
                    .line(Point(p.x + r * 0.9, tip.y - dir * r * 0.9)),
                ],
                stroke: Stroke(color, width: max(1.5, r * 0.4)))
            return [arrow, Path([.circle(center: p, radius: r)], stroke: ring, fill: color)]
        }
    }
}

/// A range estimate: a whisker from its low to its high with a cap at each end; a side left open (an
/// "at least" given as a low bound alone) ends in an arrow instead of a cap. Drawn where a range
/// stands, in place of a dot, so that it never looks like one number.
enum RangeWhisker {
    static func paths(
        x: Double, low: Double?, high: Double?, color: Color, radius r: Double, width: Double, _ c: MarkContext
    ) -> [Path] {
        guard low != nil || high != nil else { return [] }
        let yLow = low.map { c.y($0) }, yHigh = high.map { c.y($0) }
        // An open side reaches 4 radii beyond the bound it has.
        let y0 = yLow ?? (yHigh! + r * 4), y1 = yHigh ?? (yLow! - r * 4)
        var segments: [PathElement] = [.move(Point(x, y0)), .line(Point(x, y1))]
        for (end, closed, direction) in [(y0, yLow != nil, 1.0), (y1, yHigh != nil, -1.0)] {
            if closed {
                segments += [.move(Point(x - r, end)), .line(Point(x + r, end))]
            } else {
                // An arrowhead pointing away from the bound.
                segments += [
                    .move(Point(x - r * 0.9, end + direction * r * 0.9)), .line(Point(x, end)),
                    .line(Point(x + r * 0.9, end + direction * r * 0.9)),
                ]
            }
        }
        return [Path(segments, stroke: Stroke(color, width: width))]
    }
}

/// How charts write dates and estimates in words: value labels, alternative text, tooltips, and the
/// facts that reports quote, so that a number reads the same everywhere.
public enum Wording {
    /// `27 Mar 2025`, `Mar 2025`, `Jan–Feb 2025`, `Dec 2024–Jan 2025`, `2024`, `2023–2024`, or the
    /// date's own text for other periods; in `locale`'s forms when it has one.
    public static func date(_ d: ObservationDate, locale: ChartLocale = .house) -> String {
        locale.date(d)
    }

    /// `about 11,000`; a negative value takes a true minus sign (`−30`), as the axis does; digits and
    /// separators are `locale`'s.
    public static func value(_ v: Double, qualifier: Qualifier?, locale: ChartLocale = .house) -> String {
        var text = NumberText.grouped(v)
        if text.hasPrefix("-") { text = "\u{2212}" + text.dropFirst() }
        text = locale.number(text)
        return qualifier.map { "\(locale.word($0.rawValue)) \(text)" } ?? text
    }

    /// Point `i` in words: its value with its qualifier, or its range ("11,000–12,000") when it gave
    /// only a range.
    static func point(_ p: Points, _ i: Int, locale: ChartLocale = .house) -> String {
        guard p.hasValue(i) else {
            return locale.leftToRight(
                RangeText.describe(
                    low: p.low(i), high: p.high(i), number: { value($0, qualifier: nil, locale: locale) }, word: locale.word))
        }
        return value(p.values[i], qualifier: p.qualifiers.isEmpty ? nil : p.qualifiers[i], locale: locale)
    }

    /// How a fitted trend moves: `rising 1,725.2 a day`, `rising 17.5% a month`, `flat`.
    public static func trend(_ t: Trend) -> String { AltText.trendWords(t) }

    /// An estimate in words: its value with its qualifier (`about 11,000`), or its range when it gave
    /// only a range (`11,000–12,000`, `at least 3,000`); a value with bounds adds them
    /// (`about 11,000 (10,000–12,000)`) when `bounds` is true.
    public static func estimate(
        value v: Double?, low: Double?, high: Double?, qualifier: Qualifier?, bounds: Bool = true,
        locale: ChartLocale = .house
    ) -> String {
        let number = { (x: Double) in value(x, qualifier: nil, locale: locale) }
        guard let v else {
            return locale.leftToRight(RangeText.describe(low: low, high: high, number: number, word: locale.word))
        }
        let text = value(v, qualifier: qualifier, locale: locale)
        guard bounds, low != nil || high != nil, !(low == v && high == v) else { return text }
        return text + " (" + locale.leftToRight(RangeText.describe(low: low, high: high, number: number, word: locale.word)) + ")"
    }
}
