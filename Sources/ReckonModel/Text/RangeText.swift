/// How a range estimate reads: "10,000–12,000", or, with one side open, "at least 10,000" and
/// "at most 12,000". Shared by tables, chart labels and alternative text so that a range reads the
/// same everywhere and is never shown as one number.
public enum RangeText {
    /// The range from `low` to `high` with each number written by `number` (grouped digits by
    /// default); the empty string when both are nil.
    /// `word` writes the words of an open side ("at least", "at most") in the reader's language.
    public static func describe(
        low: Double?, high: Double?, number: (Double) -> String = { NumberText.grouped($0) },
        word: (String) -> String = { $0 }
    ) -> String {
        switch (low, high) {
        case let (low?, high?): return low == high ? number(low) : number(low) + "–" + number(high)
        case let (low?, nil): return word("at least") + " " + number(low)
        case let (nil, high?): return word("at most") + " " + number(high)
        case (nil, nil): return ""
        }
    }
}
