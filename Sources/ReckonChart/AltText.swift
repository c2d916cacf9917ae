import ReckonAnalysis
import ReckonModel

/// Alternative text from the data: the kind of chart, what it shows, first and last values with their
/// dates, the extremes, and the source.
enum AltText {
    static func describe(_ spec: ChartSpec, layers: [LayerData], sources: [String]) -> String {
        let kind: String
        switch layers.first?.spec.mark {
        case .bar: kind = "Bar chart"
        case .area: kind = "Area chart"
        case .points, .range: kind = "Dot chart"
        case .band: kind = "Band chart"
        default: kind = "Line chart"
        }
        var parts: [String] = []
        for layer in layers.prefix(3) where layer.trend == nil && !layer.points.isEmpty {
            let p = layer.points
            func say(_ i: Int) -> String {
                let q = p.qualifiers.isEmpty ? nil : p.qualifiers[i]
                return "\(Wording.value(p.values[i], qualifier: q)) (\(Wording.date(p.dates[i])))"
            }
            var text = (layers.count > 1 || spec.title == nil) && layer.name != spec.title ? layer.name + ", " : ""
            if p.count == 1 {
                text += say(0)
            } else {
                text += "from \(say(0)) to \(say(p.count - 1))"
                let hi = p.values.indices.max { p.values[$0] < p.values[$1] }!
                let lo = p.values.indices.min { p.values[$0] < p.values[$1] }!
                if hi != p.count - 1, hi != 0 { text += "; highest \(say(hi))" }
                if lo != 0, lo != p.count - 1, p.count > 2 { text += "; lowest \(say(lo))" }
            }
            parts.append(text)
        }
        for layer in layers where layer.trend != nil {
            if let t = layer.trend { parts.append("\(layer.name): " + AltText.trendWords(t)) }
        }
        var out = kind + ": " + (spec.title ?? spec.id)
        if !parts.isEmpty { out += ", " + parts.joined(separator: ". ") }
        out += "."
        if !sources.isEmpty { out += " Source: " + sources.joined(separator: "; ") + "." }
        return out
    }
}

extension AltText {
    /// How a trend moves, in the words its fit supports: a change a day for lines ("rising 1,725.2 a
    /// day"), a growth rate a month for exponential fits ("rising 17.5% a month"); "flat" when it does
    /// not move at the precision shown.
    static func trendWords(_ t: Trend) -> String {
        if t.fit == .exponential {
            guard let growth = t.growthPerMonth else { return "growing beyond the range of numbers" }
            let percent = NumberText.grouped(abs(growth) * 100, decimals: 1)
            return percent == "0" ? "flat" : "\(growth < 0 ? "falling" : "rising") \(percent)% a month"
        }
        let change = NumberText.grouped(abs(t.slopePerDay), decimals: abs(t.slopePerDay) < 0.1 ? 4 : 1)
        return change == "0" ? "flat" : "\(t.slopePerDay < 0 ? "falling" : "rising") \(change) a day"
    }
}
