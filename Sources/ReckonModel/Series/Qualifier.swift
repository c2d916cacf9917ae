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
}
