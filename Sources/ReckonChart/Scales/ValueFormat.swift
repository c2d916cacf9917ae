import Glibc
import ReckonModel

extension ChartSpec.YAxis.Format {
    /// `v` as a tick label when ticks are `step` apart: `11,000`, `11k`, `1.2M`, `3T`, `25%`. A `step`
    /// of 0 (a log axis) gives each tick the decimals its own size needs (`0.001`, `0.02`). Negative
    /// numbers take a true minus sign (`−3`), as typeset charts do. Digits and separators are `locale`'s.
    public func label(_ v: Double, step: Double, locale: ChartLocale = .house) -> String {
        let step = step > 0 ? step : abs(v)
        let text: String
        switch self {
        case .number:
            text = NumberText.grouped(v, decimals: Self.decimals(step, most: 9))
        case .percent:
            text = NumberText.grouped(v * 100, decimals: Self.decimals(step * 100, most: 7)) + "%"
        case .compact:
            let a = abs(v)
            let (divisor, suffix): (Double, String) =
                a >= 1e12 ? (1e12, "T") : a >= 1e9 ? (1e9, "B") : a >= 1e6 ? (1e6, "M") : a >= 1e3 ? (1e3, "k") : (1, "")
            text = NumberText.grouped(v / divisor, decimals: Self.decimals(step / divisor, most: 9)) + suffix
        }
        return locale.number(text.hasPrefix("-") ? "\u{2212}" + text.dropFirst() : text)
    }

    /// The decimals that tell ticks `step` apart, at most `most`.
    static func decimals(_ step: Double, most: Int) -> Int {
        step >= 1 || step <= 0 ? 0 : min(most, Int(saturating: (-log10(step)).rounded(.up)))
    }
}
