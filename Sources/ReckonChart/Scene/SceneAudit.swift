import Foundation

/// Checks of a built scene that a careful editor makes by eye, made from the scene alone: texts apart
/// and on the canvas, no data line through a text, a legend that shows only what is drawn, and
/// colours a reader can tell from the background.
///
/// ```swift
/// let problems = SceneAudit.problems(in: output.scene)
/// // ["'59,190' is 1.2 px from '60,849' (at least 3)", ...]
/// ```
///
/// - Complexity: O(t² + t·s) for t texts and s line segments drawn in the layers.
public enum SceneAudit {
    /// The least horizontal room between two texts on one line, in pixels at 1x.
    public static let textGap = 3.0
    /// The least contrast of text against the background (WCAG 2's ratio for normal text).
    public static let textContrast = 4.5
    /// The least contrast of a layer's colour against the background (WCAG 2's ratio for graphics).
    public static let markContrast = 3.0

    /// Every problem the scene has, in words; empty when it has none.
    public static func problems(in scene: Scene) -> [String] {
        textProblems(scene) + lineProblems(scene) + legendProblems(scene) + contrastProblems(scene)
    }

    /// Texts that overlap or stand closer than ``textGap`` beside one another on a line, and texts
    /// that leave the canvas. Lines of one paragraph (a wrapped title) sit on one another by design:
    /// only their overlap counts, which a text's box, leading included, never has.
    public static func textProblems(_ scene: Scene) -> [String] {
        var problems: [String] = []
        let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let texts = scene.texts
        for (i, a) in texts.enumerated() {
            if !canvas.contains(a.box) { problems.append("'\(a.text)' leaves the canvas at \(describe(a.box))") }
            for b in texts[(i + 1)...] {
                let across = max(b.box.x - a.box.maxX, a.box.x - b.box.maxX)
                let down = max(b.box.y - a.box.maxY, a.box.y - b.box.maxY)
                if across < 0, down < 0 {
                    problems.append("'\(a.text)' overlaps '\(b.text)'")
                } else if down < 0, across < textGap {
                    problems.append("'\(a.text)' is \(fmt(across)) px from '\(b.text)' (at least \(fmt(textGap)))")
                }
            }
        }
        return problems
    }

    /// Texts that a line of the data (a layer's stroke, an annotation's rule) runs through; a text's
    /// halo is too thin to cut a line a reader follows. A text on a knockout (a box of the background
    /// drawn over the lines, beneath the text) stops the lines at its edge.
    public static func lineProblems(_ scene: Scene) -> [String] {
        let lines = dataLines(scene.items)
        let knockouts = knockouts(scene)
        var problems: [String] = []
        for t in scene.texts {
            let box = t.box.insetBy(1)
            guard box.width > 0, box.height > 0, !knockouts.contains(where: { $0.contains(t.box) }) else { continue }
            let crossed = lines.contains { line in
                // Only the part of the text inside the line's clip can be crossed.
                guard let seen = line.clip.map({ box.intersection($0) }) ?? box else { return false }
                return zip(line.points, line.points.dropFirst()).contains { Callouts.segment($0, $1, meets: seen) }
            }
            if crossed { problems.append("a line runs through '\(t.text)'") }
        }
        return problems
    }

    /// Legend entries whose swatch appears twice, and entries for marks the plot does not draw.
    public static func legendProblems(_ scene: Scene) -> [String] {
        var problems: [String] = []
        for (i, entry) in scene.legend.enumerated() {
            if let other = scene.legend[..<i].first(where: {
                $0.shape == entry.shape && $0.color.looksLike(entry.color, over: scene.background)
            }) {
                problems.append("the legend shows the swatch of '\(other.label)' again for '\(entry.label)'")
            }
            if !entry.isBacked(by: scene.marks) {
                problems.append("the legend shows '\(entry.label)', which the plot does not draw")
            }
        }
        return problems
    }

    /// Texts below ``textContrast`` and layers below ``markContrast`` against the background.
    public static func contrastProblems(_ scene: Scene) -> [String] {
        var problems: [String] = []
        for t in scene.texts {
            let ratio = t.color.contrast(with: scene.background)
            if ratio < textContrast - 1e-9 { problems.append("'\(t.text)' has contrast \(fmt(ratio)):1") }
        }
        for layer in scene.layers {
            let ratio = layer.color.contrast(with: scene.background)
            if ratio < markContrast - 1e-9 { problems.append("layer '\(layer.label)' has contrast \(fmt(ratio)):1") }
        }
        // Every line the layers draw (interpolated stretches, projections), not only their colours.
        var seen: Set<Color> = []
        for case .group(let id, _, let inner) in scene.items where id.hasPrefix("layer-") {
            for case .path(let p) in inner where p.fill == nil {
                guard let color = p.stroke?.color, color != scene.background, seen.insert(color).inserted else { continue }
                let ratio = color.contrast(with: scene.background)
                if ratio < markContrast - 1e-9 { problems.append("a line in \(id) has contrast \(fmt(ratio)):1") }
            }
        }
        return problems
    }

    /// The runs of points stroked without fill in the layers' and annotations' groups, each with its
    /// group's clip.
    static func dataLines(_ items: [SceneItem]) -> [(points: [Point], clip: Rect?)] {
        var runs: [(points: [Point], clip: Rect?)] = []
        for case .group(let id, let clip, let inner) in items where id.hasPrefix("layer-") || id == "annotations" {
            for case .path(let p) in inner where p.fill == nil && p.stroke != nil {
                var run: [Point] = []
                for e in p.elements {
                    switch e {
                    case .move(let pt):
                        if run.count > 1 { runs.append((run, clip)) }
                        run = [pt]
                    case .line(let pt): run.append(pt)
                    case .circle, .close: break
                    }
                }
                if run.count > 1 { runs.append((run, clip)) }
            }
        }
        return runs
    }

    /// The boxes of the background drawn over the data, beneath texts set over lines.
    static func knockouts(_ scene: Scene) -> [Rect] {
        var boxes: [Rect] = []
        for case .group("labels", _, let inner) in scene.items {
            for case .path(let p) in inner where p.stroke == nil && p.fill == scene.background {
                boxes.append(Rect.around(p.points))
            }
        }
        return boxes
    }

    static func describe(_ r: Rect) -> String { "\(fmt(r.x)),\(fmt(r.y)) \(fmt(r.width))x\(fmt(r.height))" }
}

extension Color {
    /// The colour as it shows over the opaque colour `background`.
    public func composited(over background: Color) -> Color {
        Color(
            red * alpha + background.red * (1 - alpha), green * alpha + background.green * (1 - alpha),
            blue * alpha + background.blue * (1 - alpha))
    }

    /// The relative luminance of the colour, its opacity ignored, as WCAG 2 defines it.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The contrast ratio, from 1 to 21 (WCAG 2), of the colour shown over the opaque `background`
    /// against that background.
    public func contrast(with background: Color) -> Double {
        let (a, b) = (composited(over: background).luminance, background.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }
}
