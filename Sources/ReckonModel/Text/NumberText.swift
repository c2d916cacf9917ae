import Glibc

/// Reading and writing the numbers of series files.
///
/// A value is a plain decimal number: an optional sign, digits with an optional decimal point, and an
/// optional exponent (`11000`, `-3`, `0.25`, `.5`, `1e6`). Thousands separators, `NaN`, infinities
/// and hexadecimal are refused, so a value always means what it looks like.
///
/// Values are 0 or between 10⁻⁹ and 10¹⁵ in size (``smallest`` and ``largest``). Every count,
/// level and amount reckon is for fits, and so do sums of a million of them: no sum, difference,
/// mean, fit or scale computed from supported values can overflow. A value outside the range is an
/// error where it is read, never rounded silently to 0 or infinity.
public enum NumberText {
    /// The largest supported size of a value: 10¹⁵.
    public static let largest = 1e15
    /// The smallest supported size of a value other than 0: 10⁻⁹.
    public static let smallest = 1e-9

    /// Parses a value, or explains why the text is not one.
    public static func parse(_ text: String) throws(FieldError) -> Double {
        try withUTF8Bytes(text) { b throws(FieldError) in try parse(b) }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) throws(FieldError) -> Double {
        // Validate the grammar, and take the fast path for short integers.
        var i = 0
        let n = b.count
        var negative = false
        if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") {
            negative = b[i] == UInt8(ascii: "-")
            i += 1
        }
        var intDigits = 0
        var mantissa: UInt64 = 0
        // At most 18 digits go into the mantissa, so it stays below 10¹⁸ and wrapping arithmetic
        // never wraps: no overflow check in the loop.
        while i < n, b[i] &- UInt8(ascii: "0") < 10 {
            if intDigits < 18 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- UInt8(ascii: "0")) }
            intDigits += 1
            i += 1
        }
        if i == n, intDigits > 0, intDigits <= 15 {
            let v = Double(mantissa)
            guard v <= largest else { throw outOfRange(b) }
            return negative ? -v : v
        }
        var fracDigits = 0
        if i < n, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, b[i] &- UInt8(ascii: "0") < 10 {
                if intDigits + fracDigits < 18 { mantissa = mantissa &* 10 &+ UInt64(b[i] &- UInt8(ascii: "0")) }
                fracDigits += 1
                i += 1
            }
        }
        guard intDigits + fracDigits > 0 else { throw notANumber(b) }
        if i == n, intDigits + fracDigits <= 15 {
            // A decimal of at most 15 digits: its digits and the power of ten are exact doubles, so one
            // division, which IEEE 754 rounds correctly, gives the double nearest the text, as strtod does.
            let v = Double(mantissa) / powersOfTen[fracDigits]
            guard v <= largest else { throw outOfRange(b) }
            if v != 0, v < smallest { throw outOfRange(b) }
            return negative ? -v : v
        }
        if i < n, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") { i += 1 }
            var expDigits = 0
            while i < n, b[i] &- UInt8(ascii: "0") < 10 {
                expDigits += 1
                i += 1
            }
            guard expDigits > 0 else { throw notANumber(b) }
        }
        guard i == n else { throw notANumber(b) }
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf in
            for j in 0..<n { buf[j] = CChar(bitPattern: b[j]) }
            buf[n] = 0
            return strtod(buf.baseAddress!, nil)
        }
        guard value.isFinite, abs(value) <= largest else { throw outOfRange(b) }
        // A nonzero text that reads as 0 (1e-400) or as a tiny value is out of range too.
        if value == 0 ? hasNonzeroDigit(b) : abs(value) < smallest { throw outOfRange(b) }
        return value
    }

    /// 10⁰ to 10¹⁵, each exact.
    static let powersOfTen: [Double] = (0...15).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

    /// Whether the digits before the exponent include one other than 0 (so the text is not zero).
    static func hasNonzeroDigit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b {
            if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { return false }
            if c >= UInt8(ascii: "1"), c <= UInt8(ascii: "9") { return true }
        }
        return false
    }

    static func outOfRange(_ b: UnsafeBufferPointer<UInt8>) -> FieldError {
        FieldError(
            "'\(Escaping.visible(String(decoding: b, as: UTF8.self)))' is outside the supported range (0, or sizes from 1e-9 to 1e15)"
        )
    }

    /// Whether `value` is 0 or has a supported size; see ``largest`` and ``smallest``.
    public static func isSupported(_ value: Double) -> Bool {
        value == 0 || (abs(value) >= smallest && abs(value) <= largest)
    }

    static func notANumber(_ b: UnsafeBufferPointer<UInt8>) -> FieldError {
        let text = Escaping.visible(String(decoding: b, as: UTF8.self))
        var hint = ""
        if ["nan", "inf", "infinity", "+inf", "-inf", "-infinity"].contains(text.lowercased()) {
            hint = " (leave the value empty when it is unknown)"
        } else if looksWorded(text.lowercased()) {
            hint = " (put words such as 'about' in the qualifier column and write the number in full)"
        } else if text.contains(",") || text.contains(" ") || text.contains("_") {
            hint = " (write it without thousands separators, e.g. 11000)"
        }
        return FieldError("'\(text)' is not a number\(hint)")
    }

    /// Whether `text` is a number in words or shorthand: `about 11000`, `~500`, `11k`, `1.2 million`.
    static func looksWorded(_ text: String) -> Bool {
        let words = ["about", "around", "approx", "at least", "at most", "over", "under", "~", "c."]
        let scales = ["k", "m", "bn", "mn", "thousand", "million", "billion"]
        return words.contains { text.hasPrefix($0) }
            || scales.contains { text.hasSuffix($0) && text.dropLast($0.count).last?.isNumber == true }
            || scales.contains { text.hasSuffix(" " + $0) }
    }

    /// The shortest text that reads back to exactly `value`: integers without a decimal point
    /// (`11000`), others as Swift prints them (`0.25`, `1e+16`).
    public static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }

    /// `value` for people: thousands separated with commas, at most `decimals` decimals
    /// (`11000` → `11,000`, `1234.5` → `1,234.5`).
    public static func grouped(_ value: Double, decimals: Int = 2) -> String {
        if !value.isFinite { return value.description }
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 9)) { scale *= 10 }
        // Beyond 2⁶³ neither grouping nor decimals apply: the shortest exact text.
        guard abs(value) * scale < 9e18 else { return format(value) }
        let rounded = (abs(value) * scale).rounded() / scale
        let whole = rounded.rounded(.down)
        var digits = whole < 1e18 ? String(UInt64(whole)) : String(format(whole))
        var frac = ""
        if decimals > 0 {
            let f = Int(((rounded - whole) * scale).rounded())
            if f > 0 {
                frac = "." + pad(f, decimals)
                while frac.hasSuffix("0") { frac.removeLast() }
            }
        }
        if whole < 1e18 {
            var out = ""
            for (k, c) in digits.enumerated() {
                if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
                out.append(c)
            }
            digits = out
        }
        return (value < 0 && rounded != 0 ? "-" : "") + digits + frac
    }
}
