/// Bars narrower than a pixel, drawn a pixel column at a time: from the column's lowest to its highest
/// bar end (and zero), which covers the same pixels as drawing each.
struct PixelColumns {
    /// The bars' colour.
    var color: Color
    /// The column being gathered: its index and the area its bars cover.
    private var current: (index: Int, area: Rect)?

    init(color: Color) { self.color = color }

    /// Adds a bar covering `area` to column `index`, drawing the column before it when it is another.
    mutating func add(_ area: Rect, index: Int, into out: inout Drawn) {
        if let current, current.index == index {
            self.current = (index, current.area.union(area))
        } else {
            flush(into: &out)
            current = (index, area)
        }
    }

    /// Draws the column gathered, if any.
    mutating func flush(into out: inout Drawn) {
        guard let (index, bars) = current else { return }
        // Whole pixels: neighbouring columns meet without an anti-aliased seam.
        let area = Rect(x: Double(index), y: bars.y, width: 1, height: bars.height)
        out.add(.rect(area, fill: color))
        out.marks.append(SceneMark(kind: .bar, box: area))
        current = nil
    }
}
