/// How an estimate was worded: "about 11,000", "at least 4,000", "at most 500".
public enum Qualifier: String, Sendable, CaseIterable, Hashable {
    case about
    case atLeast = "at least"
    case atMost = "at most"

    /// Reads the qualifier column; the empty text is no qualifier.
    public static func parse(_ text: String) throws(FieldError) -> Qualifier? {
        if text.isEmpty { return nil }
        if let q = Qualifier(rawValue: text) { return q }
        if let q = Qualifier(rawValue: text.lowercased().split(separator: " ").joined(separator: " ")) {
            throw FieldError("unknown qualifier '\(text)'; did you mean '\(q.rawValue)'?")
        }
        throw FieldError("unknown qualifier '\(text)' (expected 'about', 'at least', 'at most' or nothing)")
    }

    /// Reads the qualifier column from raw bytes without making a string, for the decoder's hot path;
    /// `text` gives the field's text for the error message.
    static func parse(_ raw: UnsafeBufferPointer<UInt8>, text: () -> String) throws(FieldError) -> Qualifier? {
        if raw.isEmpty { return nil }
        // "about", "at least", "at most": tell them apart by length and a few bytes.
        switch raw.count {
        case 5
        where raw[0] == UInt8(ascii: "a") && raw[1] == UInt8(ascii: "b") && raw[4] == UInt8(ascii: "t")
            && raw[2] == UInt8(ascii: "o") && raw[3] == UInt8(ascii: "u"):
            return .about
        case 8 where Array(raw) == Array("at least".utf8): return .atLeast
        case 7 where Array(raw) == Array("at most".utf8): return .atMost
        default: break
        }
        return try parse(text())
    }

    /// Reads a qualifier as publishers word it, for imports: besides the three canonical forms, "more",
    /// "more than", "over", "over than", ">" and "≥" mean at least; "less", "less than", "fewer than",
    /// "under", "<" and "≤" mean at most; "approximately", "approx.", "around", "roughly", "circa", "c.",
    /// "~" and "≈" mean about. Case and extra spaces are ignored.
    public static func parseWording(_ text: String) throws(FieldError) -> Qualifier? {
        let t = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if t.isEmpty { return nil }
        if let q = Qualifier(rawValue: t) { return q }
        if Qualifier.atLeastWordings.contains(t) { return .atLeast }
        if Qualifier.atMostWordings.contains(t) { return .atMost }
        if Qualifier.aboutWordings.contains(t) { return .about }
        throw FieldError("unknown qualifier '\(text)' (expected a wording of 'about', 'at least' or 'at most')")
    }

    static let atLeastWordings: Set = ["more", "more than", "over", "over than", ">", "≥", ">=", "min", "minimum"]
    static let atMostWordings: Set = ["less", "less than", "fewer than", "under", "<", "≤", "<=", "max", "maximum"]
    static let aboutWordings: Set = [
        "approximately", "approx", "approx.", "around", "roughly", "circa", "c.", "ca.", "~", "≈", "est", "est.", "estimated",
    ]
}

extension Qualifier {
    /// The qualifiers among `column`, found in one pass that stops once every one has been seen (no
    /// hashing per point: a chart's layer may have a million); with `onTwoThreads`, a long column is looked
    /// through in two halves at once. A run of one qualifier (or of none) is passed over eight points at
    /// a time (``firstDifferent(_:from:before:)``): most series give most of their points the same one.
    package static func found(in column: [Qualifier?], onTwoThreads: Bool = false) -> Set<Qualifier> {
        let found = column.withUnsafeBufferPointer { column in
            TwoThreads.inHalves(column.indices, when: onTwoThreads) { part in
                var about = false, atLeast = false, atMost = false
                var i = part.lowerBound
                while i < part.upperBound {
                    switch column[i] {
                    case .about?: about = true
                    case .atLeast?: atLeast = true
                    case .atMost?: atMost = true
                    case nil: break
                    }
                    if about && atLeast && atMost { break }
                    i = firstDifferent(column, from: i, before: part.upperBound)
                }
                return (about, atLeast, atMost)
            }
        }
        var out: Set<Qualifier> = []
        if found.contains(where: \.0) { out.insert(.about) }
        if found.contains(where: \.1) { out.insert(.atLeast) }
        if found.contains(where: \.2) { out.insert(.atMost) }
        return out
    }

    /// The first index from `start` (before `end`, and `start < end`) whose qualifier differs from
    /// `column[start]`'s, or `end`: eight one-byte qualifiers compared at once as one word while they
    /// match, then one at a time. Where a qualifier is not one byte, just `start + 1`.
    package static func firstDifferent(_ column: UnsafeBufferPointer<Qualifier?>, from start: Int, before end: Int) -> Int {
        // One byte a point, one bit pattern a qualifier (Swift packs an optional enum of three cases so).
        let bytes = UnsafeRawBufferPointer(column)
        guard MemoryLayout<Qualifier?>.stride == 1, let base = bytes.baseAddress else { return start + 1 }
        let word = UInt64(bytes[start]) &* 0x0101_0101_0101_0101
        var i = start + 1
        while i + 8 <= end, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) == word { i += 8 }
        while i < end, bytes[i] == bytes[start] { i += 1 }
        return i
    }
}
