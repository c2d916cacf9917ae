import ReckonAnalysis
import ReckonModel

/// Alternative text from the data: the kind of chart, every layer (up to ``layersDescribed``, then
/// "and N more") with its first and last points and its extremes, trends in words, the data's last
/// date, and the sources. Numbers are written in the chart's format with the digits that tell them
/// apart; a range reads as a range and a bound keeps its "at least" or "at most".
enum AltText {
    /// How many data layers are described one by one.
    static let layersDescribed = 8

    /// What a chart of one mark is called.
    static func kindName(_ mark: LayerSpec.Mark) -> String {
        switch mark {
        case .bar: "Bar chart"
        case .area: "Area chart"
        case .points, .range: "Dot chart"
        case .band: "Band chart"
        case .line, .step: "Line chart"
        }
    }

    static func describe(_ spec: ChartSpec, layers: [LayerData], sources: [String], locale: ChartLocale = .house) -> String {
        let data = layers.filter { $0.trend == nil }
        let kinds = Set(data.map { kindName($0.spec.mark) })
        let kind = kinds.count == 1 ? kinds.first! : kinds.isEmpty ? "Line chart" : "Chart"
        let described = Array(data.prefix(layersDescribed))
        let mentions = described.map { mentioned($0.points) }
        let number = numberFormat(spec, described, mentions, locale: locale)
        // With several layers every sentence names its own; one layer is named unless the title does.
        let named = layers.count > 1 || spec.title == nil
        var parts = zip(described, mentions).map { layer, indices in
            sentence(layer, indices, named: named, number: number, locale: locale)
        }
        if data.count > described.count {
            parts.append(
                "And \(data.count - described.count) more: " + data.dropFirst(described.count).map(\.name).joined(separator: ", ")
            )
        }
        for layer in layers where layer.trend != nil {
            if let t = layer.trend { parts.append("\(layer.name): " + AltText.trendWords(t)) }
        }
        var out = kind + ": " + (spec.title ?? spec.id)
        parts = once(parts)
        if !parts.isEmpty { out += ", " + parts.joined(separator: ". ") }
        out += "."
        if let latest = ChartBuilder.latestDate(data) {
            out += " Latest data: \(locale.date(latest))."
        }
        if !sources.isEmpty { out += " Source: " + sources.joined(separator: "; ") + "." }
        return out
    }

    /// One number format for the whole text, with the decimals that tell the mentioned numbers apart.
    static func numberFormat(
        _ spec: ChartSpec, _ described: [LayerData], _ mentions: [Mentions?], locale: ChartLocale
    ) -> (Double) -> String {
        var numbers: [Double] = []
        for (layer, indices) in zip(described, mentions) {
            for i in indices?.all ?? [] {
                numbers += [layer.points.value(i), layer.points.low(i), layer.points.high(i)].compactMap { $0 }
            }
        }
        // Three significant digits at least, more where two numbers differ by less.
        let step = min(smallestGap(numbers), (numbers.map(abs).max() ?? 0) / 100)
        // ... and never fewer than a number's own three significant digits: 0.001 beside 1,000 is not "0".
        return { v in spec.y.format.label(v, step: v == 0 ? step : min(step, abs(v) / 100), locale: locale) }
    }

    /// The sentence about one layer: its first and last points (and extremes), or that it has no data;
    /// it starts with the layer's name when `named`.
    static func sentence(
        _ layer: LayerData, _ indices: Mentions?, named: Bool, number: (Double) -> String, locale: ChartLocale
    ) -> String {
        let p = layer.points
        func say(_ i: Int) -> String {
            let text: String
            if let v = p.value(i) {
                let q = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
                text = q.map { "\($0.rawValue) \(number(v))" } ?? number(v)
            } else {
                text = RangeText.describe(low: p.low(i), high: p.high(i), number: number)
            }
            return "\(text) (\(locale.date(p.dates[i]))\(p.isComplete(i) ? "" : ", incomplete"))"
        }
        var text = named ? layer.name + ", " : ""
        if let m = indices {
            text += m.first == m.last ? say(m.first) : "from \(say(m.first)) to \(say(m.last))"
            if let hi = m.highest { text += "; highest \(say(hi))" }
            if let lo = m.lowest { text += "; lowest \(say(lo))" }
        } else {
            text += "no data"
        }
        return text
    }

    /// `sentences` without repeats: the same sentence twice (two layers drawn alike from the same data)
    /// is said once.
    static func once(_ sentences: [String]) -> [String] {
        var said = Set<String>()
        return sentences.filter { said.insert($0).inserted }
    }

    /// The points a description names: first and last, and the highest and lowest values when they
    /// are neither (a point that gave only a range has no value to be highest).
    struct Mentions {
        var first: Int, last: Int
        var highest: Int?, lowest: Int?
        var all: [Int] { [first, last] + [highest, lowest].compactMap { $0 } }
    }

    /// The points a description names (see ``Mentions``): the first and last, and the first highest and
    /// first lowest valued points, found in one pass; nil without points.
    static func mentioned(_ p: Points) -> Mentions? {
        guard p.count > 0 else { return nil }
        var out = Mentions(first: 0, last: p.count - 1)
        // The first highest and first lowest valued point, in one pass that keeps both values at hand.
        var hi = -1, lo = -1
        if let start = (0..<p.count).first(where: p.hasValue) {
            (hi, lo) = (start, start)
            p.values.withUnsafeBufferPointer { v in
                p.rangeOnly.withUnsafeBufferPointer { rangeOnly in
                    var (highest, lowest) = (v[start], v[start])
                    // `p.hasValue(i)` written out: no call into ReckonAnalysis a point.
                    for i in start + 1..<v.count where rangeOnly.isEmpty || !rangeOnly[i] {
                        let value = v[i]
                        if highest < value { (hi, highest) = (i, value) }
                        if value < lowest { (lo, lowest) = (i, value) }
                    }
                }
            }
        }
        if hi > 0, hi != p.count - 1 { out.highest = hi }
        if lo > 0, lo != p.count - 1, lo != out.highest { out.lowest = lo }
        return out
    }

    /// The smallest difference between distinct numbers (0 for fewer than two), ignoring differences
    /// below a millionth of the largest, which are rounding rather than data.
    static func smallestGap(_ numbers: [Double]) -> Double {
        let sorted = Set(numbers).sorted()
        guard sorted.count > 1, let largest = sorted.map(abs).max() else { return 0 }
        var gap = Double.infinity
        for (a, b) in zip(sorted, sorted.dropFirst()) where b - a > largest * 1e-6 { gap = min(gap, b - a) }
        return gap.isFinite ? gap : 0
    }
}

extension AltText {
    /// How a trend moves, in the words its fit supports: a change a day for lines and drifts ("rising
    /// 1,725.2 a day"), a growth rate a month for exponential fits ("rising 17.5% a month"), "holding at
    /// its last value" for a random walk; "flat" when it does not move at the precision shown.
    static func trendWords(_ t: Trend) -> String {
        if t.fit == .randomWalk { return "holding at its last value" }
        if t.fit == .exponential {
            guard let growth = t.growthPerMonth else { return "growing beyond the range of numbers" }
            let percent = NumberText.grouped(abs(growth) * 100, decimals: 1)
            return percent == "0" ? "flat" : "\(growth < 0 ? "falling" : "rising") \(percent)% a month"
        }
        let change = NumberText.grouped(abs(t.slopePerDay), decimals: abs(t.slopePerDay) < 0.1 ? 4 : 1)
        return change == "0" ? "flat" : "\(t.slopePerDay < 0 ? "falling" : "rising") \(change) a day"
    }
}
