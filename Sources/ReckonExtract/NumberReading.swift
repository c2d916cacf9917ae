/// Reads digits as people write them: `11,000`, `11.000`, `11 000`, `1,7`, `72,26,653`.
enum NumberReading {
    /// What a run of digits and separators is.
    enum Reading: Equatable {
        /// A number, and whether it has a separator or a decimal part.
        case number(Double, grouped: Bool, decimals: Bool)
        /// A time (`10:30`), a date (`27.03.2025`, `3/27`) or digits grouped in no known way.
        case notANumber
    }

    /// The reading of `text` (digits and `,` `.` `:` `/` `'` or spaces) by the language's convention.
    static func read(_ text: String, decimalComma: Bool) -> Reading {
        var groups: [String] = []
        var separators: [Unicode.Scalar] = []
        var current = ""
        for c in text.unicodeScalars {
            if c.value >= 48 && c.value <= 57 {
                current.unicodeScalars.append(c)
            } else {
                if c == ":" || c == "/" { return .notANumber }
                groups.append(current)
                separators.append(c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" || c == "\u{2007}" || c == "'" ? " " : c)
                current = ""
            }
        }
        groups.append(current)
        guard groups.count <= 8, groups.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= 18 }) else { return .notANumber }
        if separators.isEmpty { return number(groups[0], "", grouped: false) }
        let kinds = Set(separators)
        var decimalSeparator: Unicode.Scalar?
        if kinds.count > 2 || (kinds.count == 2 && kinds.contains(" ") && separators.last == " ") { return .notANumber }
        if kinds.count == 2 {
            // The last separator is the decimal one and stands once.
            decimalSeparator = separators.last
            if separators.filter({ $0 == decimalSeparator }).count != 1 { return .notANumber }
        } else if let only = separators.first, only != " ", separators.count == 1 {
            let after = groups[1].unicodeScalars.count
            let isGrouping = after == 3 && groups[0] != "0" && (only == "," ? !decimalComma : decimalComma)
            if !isGrouping { decimalSeparator = only }
        }
        var whole = ""
        var fraction = ""
        for (k, group) in groups.enumerated() {
            if k > 0, separators[k - 1] == decimalSeparator {
                fraction = group
                continue
            }
            if k > 0 {
                let n = group.unicodeScalars.count
                let last = k == groups.count - 1 || separators[k] == decimalSeparator
                // Groups of three, or the Indian lakh and crore groups of two before the last three.
                guard n == 3 || (n == 2 && !last && separators[k - 1] == ",") else { return .notANumber }
            } else if group.unicodeScalars.count > 3 && separators.first != decimalSeparator {
                return .notANumber
            }
            whole += group
        }
        return number(whole, fraction, grouped: true)
    }

    private static func number(_ whole: String, _ fraction: String, grouped: Bool) -> Reading {
        guard let value = Double(fraction.isEmpty ? whole : whole + "." + fraction), value.isFinite else { return .notANumber }
        return .number(value, grouped: grouped, decimals: !fraction.isEmpty)
    }
}
