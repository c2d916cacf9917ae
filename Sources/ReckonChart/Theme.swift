/// Colours and type sizes of a chart.
struct Theme: Sendable {
    var background: Color
    var text: Color
    var mutedText: Color
    var grid: Color
    var axis: Color
    /// Colour-blind-safe series colours (Okabe and Ito), in order of use: the same hues in both themes,
    /// each made lighter or darker just enough to stand out from the background (see ``markColor(_:)``).
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
        // Never below 11 px: a phone-sized chart's labels stay readable.
        label = max(11, (14 * s).rounded())
        small = max(11, (12 * s).rounded())
        pad = (18 * s).rounded()
        font = spec.font
        switch spec.theme {
        case .light:
            background = Color(1, 1, 1)
            text = Color(hex: "#1a1a1a")!
            mutedText = Color(hex: "#595959")!
            grid = Color(hex: "#e6e6e6")!
            axis = Color(hex: "#8c8c8c")!
        case .dark:
            background = Color(hex: "#14171c")!
            text = Color(hex: "#ececec")!
            mutedText = Color(hex: "#b3b3b3")!
            grid = Color(hex: "#2c323a")!
            axis = Color(hex: "#7d8590")!
        }
        palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"].map { Color(hex: $0)! } + [text]
        palette = palette.map(markColor)
    }

    /// The least contrast of a mark's colour against the background (WCAG 2's ratio for graphics).
    static let markContrast = 3.0
    /// The least contrast of text against the background (WCAG 2's ratio for normal text).
    static let textContrast = 4.5

    /// `color` as marks are drawn in it: darkened on a light background, or lightened on a dark one,
    /// just enough to stand ``markContrast`` to 1 against it; a colour that does already is kept. A
    /// spec's own colours pass through here too, so that no layer drowns in the background.
    func markColor(_ color: Color) -> Color { color.adjusted(toContrast: Self.markContrast, on: background) }

    /// `color` as text is written in it (a line's name at its end), at ``textContrast`` to 1.
    func textColor(_ color: Color) -> Color { color.adjusted(toContrast: Self.textContrast, on: background) }

    func font(_ size: Double, bold: Bool = false) -> Font { Font(family: font, size: size, bold: bold) }
}

extension Color {
    /// The colour made darker (over a light `background`) or lighter (over a dark one) just enough to
    /// stand `ratio` to 1 against `background`, keeping its hue, saturation and opacity (its HSL
    /// lightness alone changes, so a pale blue becomes a deeper blue, not a grey); itself when it
    /// already does.
    func adjusted(toContrast ratio: Double, on background: Color) -> Color {
        guard contrast(with: background) < ratio else { return self }
        let (h, s, l) = hsl
        let darker = background.luminance > 0.18
        // The least change of lightness that reaches the ratio, to within 1/1024.
        var (near, far) = (l, darker ? 0.0 : 1.0)
        for _ in 0..<10 {
            let mid = (near + far) / 2
            if Color(hue: h, saturation: s, lightness: mid, alpha: alpha).contrast(with: background) >= ratio {
                far = mid
            } else {
                near = mid
            }
        }
        return Color(hue: h, saturation: s, lightness: far, alpha: alpha)
    }

    /// Hue (0 to 6, in sixths of a turn), saturation and lightness.
    var hsl: (Double, Double, Double) {
        let hi = max(red, green, blue), lo = min(red, green, blue)
        let l = (hi + lo) / 2, d = hi - lo
        guard d > 0 else { return (0, 0, l) }
        let s = d / (1 - abs(2 * l - 1))
        let h: Double =
            hi == red ? (green - blue) / d + (green < blue ? 6 : 0) : hi == green ? (blue - red) / d + 2 : (red - green) / d + 4
        return (h, s, l)
    }

    /// The colour of hue `h` (0 to 6), saturation and lightness.
    init(hue h: Double, saturation s: Double, lightness l: Double, alpha: Double = 1) {
        let c = (1 - abs(2 * l - 1)) * s
        let x = c * (1 - abs(h.truncatingRemainder(dividingBy: 2) - 1))
        let m = l - c / 2
        let (r, g, b): (Double, Double, Double) =
            switch h {
            case ..<1: (c, x, 0)
            case ..<2: (x, c, 0)
            case ..<3: (0, c, x)
            case ..<4: (0, x, c)
            case ..<5: (x, 0, c)
            default: (c, 0, x)
            }
        self.init(r + m, g + m, b + m, alpha)
    }
}
