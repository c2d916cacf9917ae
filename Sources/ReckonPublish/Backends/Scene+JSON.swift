public import ReckonChart
import ReckonModel
import ReckonOutput

/// The scene's JSON backend: a `Scene` as data, beside the other backends (Cairo's
/// PNG, SVG and PDF, ``LiveSVG``, ``DataCSV``) that ``StandardEncoder`` chooses among.
extension Scene {
    /// The version of the scene's JSON form; it changes only when a field changes meaning or goes.
    public static let jsonSchema = "reckon-scene/1"

    /// The scene as data: what it shows rather than how it is drawn, for tests and for users' own tools.
    ///
    /// One object with `schema` (``jsonSchema``), `width`, `height`, `title`, `description` (the
    /// alternative text), `locale` when the chart has one, and three arrays, one element a line:
    /// - `layers`: `id` (the layer's group, `layer-1`…), `label`, `color` (`#rrggbb`, with `/alpha`),
    ///   `dash` (dash and gap lengths; empty for solid), `mark`.
    /// - `texts`: `text`, `role` (see `TextRole`), and its box: `x`, `y`, `width`, `height`.
    /// - `marks`: `layer`, `kind` (see `SceneMark.Kind`), its box, and for a mark that stands for one
    ///   observation: `date`, `value` (absent for a range estimate), `low`, `high`, `qualifier`,
    ///   `sources`, `interpolated`.
    ///
    /// Pixels are rounded to hundredths; the same scene always gives the same bytes.
    public func json() -> String {
        // Written straight into one string: a scene of a hundred thousand bars stays a linear pass.
        var out = "{\"schema\":" + JSONText.quoted(Scene.jsonSchema)
        out += ",\n\"width\":" + fmt(width) + ",\n\"height\":" + fmt(height)
        out += ",\n\"title\":" + JSONText.quoted(title) + ",\n\"description\":" + JSONText.quoted(description)
        if let locale { out += ",\n\"locale\":" + JSONText.quoted(locale) }
        func box(_ r: Rect, into out: inout String) {
            out += ",\"x\":" + fmt(r.x) + ",\"y\":" + fmt(r.y) + ",\"width\":" + fmt(r.width) + ",\"height\":" + fmt(r.height)
        }
        func array<T>(_ key: String, _ items: [T], _ write: (T, inout String) -> Void) {
            out += ",\n\"" + key + "\":["
            for (i, item) in items.enumerated() {
                out += i == 0 ? "\n  {" : ",\n  {"
                write(item, &out)
                out += "}"
            }
            out += items.isEmpty ? "]" : "\n]"
        }
        array("layers", layers) { l, out in
            out += "\"id\":" + JSONText.quoted(l.id) + ",\"label\":" + JSONText.quoted(l.label)
            out += ",\"color\":" + JSONText.quoted(l.color.description) + ",\"dash\":["
            out += l.dash.map(fmt).joined(separator: ",") + "],\"mark\":" + JSONText.quoted(l.mark)
        }
        array("texts", texts) { t, out in
            out += "\"text\":" + JSONText.quoted(t.text) + ",\"role\":\"" + t.role.rawValue + "\""
            box(t.box, into: &out)
        }
        array("marks", marks) { m, out in
            out += "\"layer\":" + JSONText.quoted(m.layer) + ",\"kind\":\"" + m.kind.rawValue + "\""
            box(m.box, into: &out)
            if let date = m.date {
                out += ",\"date\":" + JSONText.quoted(date)
                for (key, v) in [("value", m.value), ("low", m.low), ("high", m.high)] {
                    if let v { out += ",\"" + key + "\":" + NumberText.format(v) }
                }
                if let q = m.qualifier { out += ",\"qualifier\":" + JSONText.quoted(q) }
                out += ",\"sources\":[" + m.sources.map(JSONText.quoted).joined(separator: ",") + "]"
            }
            out += ",\"interpolated\":" + (m.interpolated ? "true" : "false")
        }
        return out + "\n}\n"
    }
}
