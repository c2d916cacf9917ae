/// What the numbers of a series measure, which decides how they are combined and drawn.
public enum SeriesKind: String, Sendable, CaseIterable, Hashable {
    /// A quantity at a moment (troops deployed). A period-dated row means "at some time in that period".
    case level
    /// Events over the row's period (42 drones shot down on 2025-03-27; 3,000 troops sent during
    /// 2025-01/2025-02).
    case count
    /// A running total of a count (drones downed since the start of the war); its differences are counts.
    case cumulative

    /// Reads a kind, or explains which kinds exist.
    public static func parse(_ text: String) throws(FieldError) -> SeriesKind {
        if let kind = SeriesKind(rawValue: text) { return kind }
        throw FieldError("unknown kind '\(text)' (expected 'level', 'count' or 'cumulative')")
    }
}
