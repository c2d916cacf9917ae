/// Measures text for layout. Production uses Pango's metrics (the same layout the renderer draws),
/// tests inject fixed metrics so layouts are exact and machine-independent.
public protocol TextMeasuring: Sendable {
    /// The size of one line of `text` in `font`.
    func measure(_ text: String, font: Font) -> Size
}

/// Metrics that depend only on the number of characters: each is 0.6 of the font size wide, and a
/// line is 1.2 of the font size high. For tests.
public struct FixedMetrics: TextMeasuring {
    /// Metrics that need no fonts.
    public init() {}

    /// The size of `text`: a fixed advance per character and a fixed line height.
    public func measure(_ text: String, font: Font) -> Size {
        Size((Double(text.count) * font.size * 0.6).rounded(), (font.size * 1.2).rounded())
    }
}
