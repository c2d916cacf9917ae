import ReckonModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ChartSpec.YAxis.Format {
    /// `v` as a tick label when ticks are `step` apart: `11,000`, `11k`, `1.2M`, `25%`.
    public func label(_ v: Double, step: Double) -> String {
        let decimals = step >= 1 || step <= 0 ? 0 : min(6, Int(saturating: (-log10(step)).rounded(.up)))
        switch self {
        case .number:
            return NumberText.grouped(v, decimals: decimals)
        case .percent:
            let d = step * 100 >= 1 || step <= 0 ? 0 : min(4, Int(saturating: (-log10(step * 100)).rounded(.up)))
            return NumberText.grouped(v * 100, decimals: d) + "%"
        case .compact:
            let a = abs(v)
            let (divisor, suffix): (Double, String) =
                a >= 1e9 ? (1e9, "B") : a >= 1e6 ? (1e6, "M") : a >= 1e3 ? (1e3, "k") : (1, "")
            let scaledStep = step / divisor
            let d = scaledStep >= 1 || scaledStep <= 0 ? 0 : min(3, Int(saturating: (-log10(scaledStep)).rounded(.up)))
            return NumberText.grouped(v / divisor, decimals: d) + suffix
        }
    }
}
