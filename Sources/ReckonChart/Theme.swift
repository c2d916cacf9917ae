/// Colours and type sizes of a chart.
struct Theme: Sendable {
    var background: Color
    var text: Color
    var mutedText: Color
    var grid: Color
    var axis: Color
    /// Colour-blind-safe series colours (Okabe and Ito), in order of use.
    var palette: [Color]
    var font: String
    /// Sizes in pixels.
    var title, subtitle, label, small: Double
    /// The space around the chart and between its parts.
    var pad: Double

    init(_ spec: ChartSpec) {
        let s = max(0.75, min(1.6, Double(min(spec.width, spec.height * 16 / 9)) / 1200))
        title = (24 * s).rounded()
        subtitle = (16 * s).rounded()
        label = max(10, (14 * s).rounded())
        small = max(10, (12 * s).rounded())
        pad = (18 * s).rounded()
        font = spec.font
        switch spec.theme {
        case .light:
            background = Color(1, 1, 1)
            text = Color(hex: "#1a1a1a")!
            mutedText = Color(hex: "#595959")!
            grid = Color(hex: "#e6e6e6")!
            axis = Color(hex: "#8c8c8c")!
            palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"].map { Color(hex: $0)! }
        case .dark:
            background = Color(hex: "#14171c")!
            text = Color(hex: "#ececec")!
            mutedText = Color(hex: "#b3b3b3")!
            grid = Color(hex: "#2c323a")!
            axis = Color(hex: "#7d8590")!
            palette = ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00", "#ffffff"].map { Color(hex: $0)! }
        }
    }

    func font(_ size: Double, bold: Bool = false) -> Font { Font(family: font, size: size, bold: bold) }
}
