extension Scene {
    /// A readable, exact text form of the scene, one item a line, for snapshot tests.
    public func dump() -> String {
        var out = "scene \(fmt(width))x\(fmt(height)) background \(background)\n"
        out += "title \(title)\n"
        out += "desc \(description)\n"
        func walk(_ items: [SceneItem], _ indent: String) {
            for item in items {
                switch item {
                case .path(let p):
                    var line = indent + "path"
                    if let fill = p.fill { line += " fill \(fill)" }
                    if let s = p.stroke {
                        line += " stroke \(s.color) \(fmt(s.width))"
                        if !s.dash.isEmpty { line += " dash " + s.dash.map(fmt).joined(separator: ",") }
                    }
                    line +=
                        " "
                        + p.elements.map { e -> String in
                            switch e {
                            case .move(let p): "M\(fmt(p.x)),\(fmt(p.y))"
                            case .line(let p): "L\(fmt(p.x)),\(fmt(p.y))"
                            case .circle(let c, let r): "C\(fmt(c.x)),\(fmt(c.y)),\(fmt(r))"
                            case .close: "Z"
                            }
                        }.joined(separator: " ")
                    out += line + "\n"
                case .text(let t):
                    out +=
                        indent
                        + "text \"\(t.text)\" at \(fmt(t.origin.x)),\(fmt(t.origin.y)) size \(fmt(t.size.width))x\(fmt(t.size.height)) \(t.font.pangoDescription) \(t.color)"
                    if let halo = t.halo { out += " halo \(halo)" }
                    out += "\n"
                case .group(let id, let clip, let inner):
                    var line = indent + "group \(id)"
                    if let c = clip { line += " clip \(fmt(c.x)),\(fmt(c.y)) \(fmt(c.width))x\(fmt(c.height))" }
                    out += line + "\n"
                    walk(inner, indent + "  ")
                }
            }
        }
        walk(items, "")
        return out
    }
}
