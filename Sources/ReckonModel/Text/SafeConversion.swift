/// Conversions from `Double` that cannot trap, for values derived from input (pixel counts, tick
/// counts, day positions): NaN becomes 0 and values beyond the target's range saturate at its ends.
extension Int {
    /// `value` rounded toward zero and clamped to `Int`'s range; NaN is 0.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9.2e18 {
            self = .max
        } else if value <= -9.2e18 {
            self = .min
        } else {
            self = Int(value)
        }
    }
}

extension Int32 {
    /// `value` rounded toward zero and clamped to `Int32`'s range; NaN is 0.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else {
            self = Int32(Swift.max(Double(Int32.min), Swift.min(Double(Int32.max), value.rounded(.towardZero))))
        }
    }
}
