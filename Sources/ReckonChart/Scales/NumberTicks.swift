#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Value-axis ticks at "nice" numbers: 1, 2 or 5 times a power of ten.
public enum NumberTicks {
    /// Ticks covering `domain` about `target` apart in count, and the domain widened to the outer ticks.
    ///
    /// - Complexity: O(ticks).
    public static func nice(
        _ domain: ClosedRange<Double>, target: Int
    ) -> (ticks: [Double], domain: ClosedRange<Double>, step: Double) {
        var lo = domain.lowerBound, hi = domain.upperBound
        if lo == hi {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= pad
            hi += pad
        }
        let rough = (hi - lo) / Double(max(target, 1))
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough * 0.999 } ?? 10 * power
        let first = floor(lo / step + 1e-9) * step
        let last = ceil(hi / step - 1e-9) * step
        var ticks: [Double] = []
        var k = 0.0
        while first + k * step <= last + step * 1e-9 {
            let t = first + k * step
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            k += 1
        }
        return (ticks, first...last, step)
    }

    /// Ticks for a logarithmic axis: powers of ten, with 2 and 5 between them when the range is short.
    public static func log(_ domain: ClosedRange<Double>) -> (ticks: [Double], domain: ClosedRange<Double>) {
        let lo = floor(log10(domain.lowerBound)), hi = ceil(log10(max(domain.upperBound, domain.lowerBound * 10)))
        let decades = hi - lo
        var ticks: [Double] = []
        var e = lo
        while e <= hi {
            let base = pow(10, e)
            ticks.append(base)
            if decades <= 3, e < hi {
                ticks.append(2 * base)
                ticks.append(5 * base)
            }
            e += 1
        }
        return (ticks, pow(10, lo)...pow(10, hi))
    }
}
