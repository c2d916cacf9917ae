public import ReckonModel

/// Chart specs, scales, ticks and layout, producing a plain-value scene for a backend to draw.
///
/// The chart issue fills this module. Its one type so far is the chart size default, shared by the
/// specs and the command line.
public enum ChartDefaults {
    /// The default chart size in pixels, a 16:9 frame that suits reports and web pages.
    public static let width = 1200
    public static let height = 675
}
