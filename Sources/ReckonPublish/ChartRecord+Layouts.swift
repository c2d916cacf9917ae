public import ReckonChart

extension ChartRecord {
    /// The renderings in the primary theme, narrowest first: the layouts a page chooses among by its
    /// width.
    public var layouts: [Rendering] {
        renderings.isEmpty ? [primary] : renderings.filter { $0.theme == primary.theme }.sorted { $0.width < $1.width }
    }

    /// The themes the chart is drawn in, its first theme first.
    public var themes: [ChartSpec.Theme] {
        var themes = [primary.theme]
        for r in renderings where !themes.contains(r.theme) { themes.append(r.theme) }
        return themes
    }

    /// The layout for a column `width` pixels wide: the widest that fits, so that its text is shown at
    /// least at its own size; the narrowest when none fits.
    public func layout(forColumn width: Int) -> Rendering {
        let layouts = self.layouts
        return layouts.last { $0.width <= width } ?? layouts[0]
    }

    /// `layout` drawn in `theme`, when the chart has it.
    public func rendering(_ layout: Rendering, in theme: ChartSpec.Theme) -> Rendering? {
        theme == layout.theme ? layout : renderings.first { $0.theme == theme && $0.width == layout.width }
    }

    /// The formats `rendering` was written in.
    public func formats(of rendering: Rendering) -> [ChartSpec.FileFormat] {
        rendering.isPrimary ? formats : webFormats
    }

    /// The width in pixels of the file of `rendering` in `format`: a PNG has `scale` times as many.
    public func pixelWidth(_ rendering: Rendering, _ format: ChartSpec.FileFormat) -> Int {
        format == .png ? Int((Double(rendering.width) * scale).rounded()) : rendering.width
    }

    /// The viewport widths up to which each of `layouts` (narrowest first) is shown: the geometric
    /// mean of its width and the next one's, so neither is shrunk or enlarged by more than their
    /// ratio's square root; nil for the widest.
    static func breakpoints(_ layouts: [Rendering]) -> [Int?] {
        layouts.indices.map { i in
            i + 1 < layouts.count ? Int((Double(layouts[i].width) * Double(layouts[i + 1].width)).squareRoot()) : nil
        }
    }
}
