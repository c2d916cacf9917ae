import Glibc

/// Maps data values to pixels along one axis, linearly or by logarithm.
package struct Scale: Sendable, Equatable {
    /// The values the scale maps.
    public var domain: ClosedRange<Double>
    /// The pixel positions of the domain's lower and upper ends (for a value axis, lower is further down).
    public var start: Double
    /// The pixel the domain's upper bound maps to.
    public var end: Double
    /// Whether values map by their logarithm.
    public var log: Bool

    /// A scale from `domain` to the pixels `start` to `end`, linear or logarithmic.
    public init(domain: ClosedRange<Double>, start: Double, end: Double, log: Bool = false) {
        self.domain = domain
        self.start = start
        self.end = end
        self.log = log
    }

    /// The pixel position of `v`, kept within a million pixels of the axis so that a value far
    /// outside the domain (or 0 on a log axis) still gives a finite position; NaN maps to the middle.
    @inline(__always)
    public func callAsFunction(_ v: Double) -> Double {
        let (a, b, x) =
            log ? (log10(domain.lowerBound), log10(domain.upperBound), log10(v)) : (domain.lowerBound, domain.upperBound, v)
        let p = b == a ? (start + end) / 2 : start + (x - a) / (b - a) * (end - start)
        return p.isNaN ? (start + end) / 2 : Swift.max(-1e6, Swift.min(1e6, p))
    }

    /// The value at pixel position `p`.
    public func invert(_ p: Double) -> Double {
        let t = (p - start) / (end - start)
        if log { return pow(10, log10(domain.lowerBound) + t * (log10(domain.upperBound) - log10(domain.lowerBound))) }
        return domain.lowerBound + t * (domain.upperBound - domain.lowerBound)
    }
}
