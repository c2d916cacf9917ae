import Foundation

/// How many digits a number of a data download keeps: no more than its data supports.
///
/// - A number that the series' own decimals hold (a value as recorded, or a sum or difference of
///   such values) is written with those decimals: exactly, without the noise of binary arithmetic
///   (0.3, not 0.30000000000000004).
/// - A number reckon computed beyond them (a mean, a median, an interpolation, a fitted or projected
///   value and its interval) is rounded to ``significantDigits`` significant digits, but never to fewer
///   decimals than the series records: a 7-day mean of whole numbers is 101.3, not 101.28571428571429,
///   and a projection of a running total in the millions is 1558380, not 1558379.8630136987.
struct DataPrecision {
    /// The significant digits of a computed number.
    static let significantDigits = 4
    /// How far from a number of the series' decimals a number may be and still be read as one: the
    /// noise of adding and subtracting doubles, relative to the number's size.
    static let noise = 1e-9

    /// The decimal places of the series' recorded numbers.
    let decimals: Int

    /// `value` with the digits its data supports.
    func rounded(_ value: Double) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let recorded = Self.round(value, decimals)
        if abs(recorded - value) <= Self.noise * max(1, abs(value)) { return recorded }
        return Self.round(value, max(decimals, Self.significantDigits - Self.integerDigits(value)))
    }

    /// The digits before the decimal point of `value` (0 below 1, negative below 0.1: 0.00274 has -2).
    static func integerDigits(_ value: Double) -> Int {
        Int(log10(abs(value)).rounded(.down)) + 1
    }

    /// `value` rounded to `decimals` places (half away from zero); as it is when it has no room for
    /// them (a double holds 15 to 17 significant digits).
    static func round(_ value: Double, _ decimals: Int) -> Double {
        let scale = pow(10, Double(decimals))
        let scaled = value * scale
        guard abs(scaled) < 0x1p53 else { return value }
        return scaled.rounded() / scale
    }
}
