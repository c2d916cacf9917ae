/// Which addresses reckon publishes as links: `http`, `https` and `mailto` addresses and relative
/// ones. Anything else (`javascript:`, `data:`, `file:`, `vbscript:` …) is kept in the series file,
/// as the source gave it, but never quoted where a report, gallery or page could make it a link.
public enum LinkRule {
    /// The schemes a published link may have.
    public static let schemes: Set<String> = ["http", "https", "mailto"]

    /// Whether `address` may be published as a link.
    ///
    /// Browsers drop tabs and line breaks anywhere in an address and spaces and control characters
    /// before it (`java\tscript:` runs), so the scheme is read as they read it.
    ///
    /// - Complexity: O(*n*) in the address's length.
    public static func allows(_ address: String) -> Bool {
        var scheme = ""
        for c in address.unicodeScalars {
            if c == "\t" || c == "\n" || c == "\r" { continue }
            if scheme.isEmpty, c.value <= 0x20 { continue }
            if c == ":" { return schemes.contains(scheme.lowercased()) }
            // A path, query or fragment before any colon: a relative address.
            if c == "/" || c == "?" || c == "#" { return true }
            guard c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "." else {
                return false
            }
            scheme.unicodeScalars.append(c)
        }
        return true
    }
}
