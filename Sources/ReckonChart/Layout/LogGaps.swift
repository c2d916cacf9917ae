import ReckonAnalysis
import ReckonModel

/// A logarithmic axis has no place for zero or a negative value: such points are left out of their
/// layers, lines stay open where they were (neither drawn to the axis's edge nor bridged), and the chart
/// says so once, in a warning and in its note.
struct LogGaps {
    /// How many points were left out, and the date of the first.
    var count: Int
    var first: ObservationDate

    /// The warning for chart `chart`.
    func warning(chart: String) -> String {
        "chart '\(chart)': \(count) value\(count == 1 ? "" : "s") at or below zero cannot be drawn on a log axis and \(count == 1 ? "is" : "are") left out (the first on \(first)); the line stays open there"
    }

    /// What the chart's note adds.
    var note: String {
        "\(count == 1 ? "One value" : "\(NumberText.grouped(Double(count))) values") of zero or less \(count == 1 ? "is" : "are") not shown: a logarithmic axis has no place for \(count == 1 ? "it" : "them")."
    }

    /// Leaves out the points at or below zero of every data layer; what was left out, if anything.
    static func apply(to layers: inout [LayerData]) -> LogGaps? {
        var count = 0
        var first: ObservationDate?
        for i in layers.indices where layers[i].trend == nil {
            let p = layers[i].points
            let bad = (0..<p.count).filter { p.hasValue($0) && p.values[$0] <= 0 }
            guard !bad.isEmpty else { continue }
            count += bad.count
            if first.map({ p.dates[bad[0]].first < $0.first }) ?? true { first = p.dates[bad[0]] }
            // The kept point before each one left out ends its line there.
            var openAfter: Set<Int> = []
            var kept = -1
            let dropped = Set(bad)
            for k in 0..<p.count {
                if dropped.contains(k) {
                    if kept >= 0 { openAfter.insert(kept) }
                } else {
                    kept += 1
                }
            }
            layers[i].points = p.keeping { !dropped.contains($0) }
            layers[i].openAfter = openAfter
        }
        guard count > 0, let first else { return nil }
        return LogGaps(count: count, first: first)
    }
}
