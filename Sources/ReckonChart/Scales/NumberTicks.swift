import Glibc

/// Value-axis ticks at "nice" numbers: 1, 2 or 5 times a power of ten.
package enum NumberTicks {
    /// Ticks covering `domain` about `target` apart in count, and the domain widened to the outer ticks.
    /// A domain that is not finite is treated as 0...1.
    ///
    /// - Complexity: O(ticks); never more than ``maximumTicks``.
    public static func nice(
        _ domain: ClosedRange<Double>, target: Int
    ) -> (ticks: [Double], domain: ClosedRange<Double>, step: Double) {
        var lo = domain.lowerBound, hi = domain.upperBound
        if !lo.isFinite || !hi.isFinite { (lo, hi) = (0, 1) }
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
        while first + k * step <= last + step * 1e-9, ticks.count < maximumTicks {
            let t = first + k * step
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            k += 1
        }
        return (ticks, first...last, step)
    }

    /// Nice ticks for `domain` that leave little of the axis empty beyond it: of the tick counts from
    /// `target` to twice as many (seven at least), the fewest whose outer ticks leave at most 5 points more of the axis
    /// empty than the closest do (an axis to 70,000 for a maximum of 61,000, not to 100,000). A plot
    /// too short for every label keeps every second or third (see the value axis' thinning).
    ///
    /// - Complexity: O(ticks).
    public static func closest(
        _ domain: ClosedRange<Double>, target: Int
    ) -> (ticks: [Double], domain: ClosedRange<Double>, step: Double) {
        let width = domain.upperBound - domain.lowerBound
        guard width > 0, width.isFinite else { return nice(domain, target: target) }
        let candidates = (target...max(target, 2 * target, 7)).map { nice(domain, target: $0) }
        func empty(_ t: (ticks: [Double], domain: ClosedRange<Double>, step: Double)) -> Double {
            (t.domain.upperBound - t.domain.lowerBound - width) / (t.domain.upperBound - t.domain.lowerBound)
        }
        let least = candidates.map(empty).min()!
        return candidates.first { empty($0) <= least + 0.05 }!
    }

    /// The most ticks an axis gets, whatever its domain.
    public static let maximumTicks = 200

    /// Ticks for a logarithmic axis: powers of ten, with 2 and 5 between them when the range is short.
    /// The axis ends at the first of 1, 2 or 5 times a power of ten at or beyond the data (2M for a
    /// maximum of 1.46M, not 10M), which is a tick too.
    /// The domain's lower bound is raised to 10⁻⁹ (the smallest supported value) when it is lower.
    public static func log(_ domain: ClosedRange<Double>) -> (ticks: [Double], domain: ClosedRange<Double>) {
        let low = domain.lowerBound.isFinite ? Swift.max(domain.lowerBound, 1e-9) : 1
        let high = domain.upperBound.isFinite ? Swift.max(domain.upperBound, low * 10) : low * 10
        let powers = powersOfTen(low, high)
        let bottom = [5.0, 2, 1].map { $0 * powers.lo }.first { $0 <= low * (1 + 1e-9) } ?? powers.lo
        let top = [1.0, 2, 5, 10].map { $0 * powers.hi / 10 }.first { $0 >= high * (1 - 1e-9) } ?? powers.hi
        var ticks = powersTicks(low, high).filter { $0 >= bottom * (1 - 1e-9) && $0 <= top * (1 + 1e-9) }
        if ticks.first.map({ $0 > bottom * (1 + 1e-9) }) ?? true { ticks.insert(bottom, at: 0) }
        if ticks.last.map({ $0 < top * (1 - 1e-9) }) ?? true { ticks.append(top) }
        return (ticks, bottom...top)
    }

    /// The powers of ten at or below `low` and at or above `high`.
    static func powersOfTen(_ low: Double, _ high: Double) -> (lo: Double, hi: Double) {
        (pow(10, floor(log10(low))), pow(10, ceil(log10(high))))
    }

    /// Powers of ten from below `low` to above `high`, with 2 and 5 between them over three decades
    /// or fewer.
    static func powersTicks(_ low: Double, _ high: Double) -> [Double] {
        let lo = floor(log10(low)), hi = ceil(log10(high))
        let decades = hi - lo
        var ticks: [Double] = []
        var e = lo
        while e <= hi, ticks.count < maximumTicks {
            let base = pow(10, e)
            ticks.append(base)
            if decades <= 3, e < hi {
                ticks.append(2 * base)
                ticks.append(5 * base)
            }
            e += 1
        }
        return ticks
    }

    /// The labelled ticks of a logarithmic axis that fit `pixels` with at least `spacing` pixels between
    /// neighbours: all of `ticks`, else the powers of ten, else every second, third… power of ten counted
    /// down from the highest, so that the top of the data is always labelled.
    public static func thinnedLog(
        _ ticks: [Double], domain: ClosedRange<Double>, pixels: Double, spacing: Double = 18
    ) -> [Double] {
        guard domain.lowerBound > 0, domain.upperBound > domain.lowerBound, ticks.count > 1 else { return ticks }
        let perDecade = pixels / (log10(domain.upperBound) - log10(domain.lowerBound))
        func fits(_ t: [Double]) -> Bool {
            zip(t, t.dropFirst()).allSatisfy { (log10($1) - log10($0)) * perDecade >= spacing }
        }
        if fits(ticks) { return ticks }
        let powers = ticks.filter {
            let e = log10($0); return abs(e - e.rounded()) < 1e-9
        }
        var every = 1
        while every < powers.count {
            let kept = powers.enumerated().filter { (powers.count - 1 - $0.offset) % every == 0 }.map(\.element)
            if fits(kept) { return kept }
            every += 1
        }
        return Array(powers.suffix(1))
    }

    /// The minor ticks of a logarithmic axis over `domain`: 2 to 9 times each power of ten, without the
    /// labelled `ticks`; none when a decade is shorter than `minimumDecade` pixels of `pixels`, where
    /// eight marks a decade would run together.
    public static func logMinor(
        _ domain: ClosedRange<Double>, ticks: [Double], pixels: Double, minimumDecade: Double = 40
    ) -> [Double] {
        guard domain.lowerBound > 0, domain.upperBound > domain.lowerBound else { return [] }
        let lo = floor(log10(domain.lowerBound)), hi = ceil(log10(domain.upperBound))
        guard pixels / (log10(domain.upperBound) - log10(domain.lowerBound)) >= minimumDecade else { return [] }
        let labelled = Set(ticks)
        var minor: [Double] = []
        var e = lo
        while e < hi, minor.count < maximumTicks {
            let base = pow(10, e)
            for m in 2...9 {
                let v = Double(m) * base
                if domain.contains(v), !labelled.contains(v) { minor.append(v) }
            }
            e += 1
        }
        return minor
    }
}
