import Foundation

extension ChartSpec {
    /// The most pixels one picture of a chart may have (width × height × scale²): 40 million
    /// (about 160 MB while it is drawn), or the `RECKON_MAX_PIXELS` environment variable's value
    /// (from 1 million to 1 billion), read once per process. The server caps what it is asked for
    /// in the same way.
    public static let maximumPixels: Double = {
        let given = ProcessInfo.processInfo.environment["RECKON_MAX_PIXELS"].flatMap(Double.init)
        return given.map { min(max($0, 1e6), 1e9) } ?? 40_000_000
    }()

    /// Why the chart is too large to draw, or nil: one of its renderings (its own size or one of its
    /// `sizes`) at its scale has more than ``maximumPixels`` pixels.
    public var pixelProblem: String? {
        for rendering in renderings {
            let pixels = Double(rendering.width) * Double(rendering.height) * scale * scale
            guard pixels > Self.maximumPixels else { continue }
            let millions = Int((Self.maximumPixels / 1e6).rounded())
            // Scales are 0.5 to 4: `2`, `1.5`.
            let scaleText = scale == scale.rounded() ? String(Int(scale)) : String(scale)
            return
                "a picture of \(rendering.width)x\(rendering.height) at scale \(scaleText) has more than \(millions) million pixels; make it smaller (or set RECKON_MAX_PIXELS)"
        }
        return nil
    }
}
