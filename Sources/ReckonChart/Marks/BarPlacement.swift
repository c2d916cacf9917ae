import ReckonAnalysis
import ReckonModel

/// Where a bar layer's bars go when a chart has several bar layers, so that no bar hides another: side by
/// side, each layer in its own slot of every period, or stacked, each bar starting where the layers
/// before it ended on the same date (positive values upwards from zero, negative ones downwards).
struct BarPlacement: Equatable {
    /// The layer's slot and the number of slots (one, for stacked bars and a lone bar layer).
    var slot = 0
    var slots = 1
    /// Where each bar starts, by point; empty when every bar starts at zero.
    var bases: [Double] = []

    /// The bar of point `i` runs from ``base(_:)`` to this.
    func base(_ i: Int) -> Double { bases.isEmpty ? 0 : bases[i] }

    /// Whether every bar starts at zero: the layer is not stacked on another.
    var isUnstacked: Bool { bases.isEmpty }

    /// The placements of `layers`' bar layers, by layer index; nil for the other layers.
    static func place(_ layers: [LayerData], stack: Bool) -> [BarPlacement?] {
        let bars = layers.indices.filter { layers[$0].trend == nil && layers[$0].spec.mark == .bar }
        var out = [BarPlacement?](repeating: nil, count: layers.count)
        guard bars.count > 1 else {
            for i in bars { out[i] = BarPlacement() }
            return out
        }
        guard stack else {
            for (slot, i) in bars.enumerated() { out[i] = BarPlacement(slot: slot, slots: bars.count) }
            return out
        }
        // The running ends above and below zero, by date.
        var above: [ObservationDate: Double] = [:]
        var below: [ObservationDate: Double] = [:]
        for i in bars {
            let p = layers[i].points
            var placement = BarPlacement()
            placement.bases = (0..<p.count).map { k in
                guard p.hasValue(k) else { return 0 }
                let v = p.values[k], date = p.dates[k]
                if v >= 0 {
                    let base = above[date] ?? 0
                    above[date] = base + v
                    return base
                }
                let base = below[date] ?? 0
                below[date] = base + v
                return base
            }
            out[i] = placement
        }
        return out
    }
}
