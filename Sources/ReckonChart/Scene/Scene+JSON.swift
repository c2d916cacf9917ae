public import ReckonModel

extension Scene {
    /// The version of the scene's JSON form; it changes only when a field changes meaning or goes.
    public static let jsonSchema = "reckon-scene/1"

    /// The scene as data: what it shows rather than how it is drawn, for tests and for users' own tools.
    ///
    /// One object with `schema` (``jsonSchema``), `width`, `height`, `title`, `description` (the
    /// alternative text), and three arrays, one element a line:
    /// - `layers`: `id` (the layer's group, `layer-1`…), `label`, `color` (`#rrggbb`, with `/alpha`),
    ///   `dash` (dash and gap lengths; empty for solid), `mark`.
    /// - `texts`: `text`, `role` (see ``TextRole``), and its box: `x`, `y`, `width`, `height`.
    /// - `marks`: `layer`, `kind` (see ``SceneMark/Kind``), its box, and for a mark that stands for one
    ///   observation: `date`, `value` (absent for a range estimate), `low`, `high`, `qualifier`,
    ///   `sources`, `interpolated`.
    ///
    /// Pixels are rounded to hundredths; the same scene always gives the same bytes.
    public func json() -> String {
        func px(_ v: Double) -> JSONText.Value { .number((v * 100).rounded() / 100) }
        func box(_ r: Rect) -> [(String, JSONText.Value)] {
            [("x", px(r.x)), ("y", px(r.y)), ("width", px(r.width)), ("height", px(r.height))]
        }
        let layerItems: [JSONText.Value] = layers.map { l in
            .object([
                ("id", .string(l.id)), ("label", .string(l.label)), ("color", .string(l.color.description)),
                ("dash", .array(l.dash.map(px))), ("mark", .string(l.mark)),
            ])
        }
        let textItems: [JSONText.Value] = texts.map { t in
            .object([("text", .string(t.text)), ("role", .string(t.role.rawValue))] + box(t.box))
        }
        let markItems: [JSONText.Value] = marks.map { m in
            var members: [(String, JSONText.Value)] = [("layer", .string(m.layer)), ("kind", .string(m.kind.rawValue))]
            members += box(m.box)
            if let date = m.date {
                members.append(("date", .string(date)))
                if let v = m.value { members.append(("value", .number(v))) }
                if let v = m.low { members.append(("low", .number(v))) }
                if let v = m.high { members.append(("high", .number(v))) }
                if let q = m.qualifier { members.append(("qualifier", .string(q))) }
                members.append(("sources", .array(m.sources.map(JSONText.Value.string))))
            }
            members.append(("interpolated", .bool(m.interpolated)))
            return .object(members)
        }
        var out = "{" + JSONText.quoted("schema") + ":" + JSONText.quoted(Scene.jsonSchema)
        let head: [(String, JSONText.Value)] = [
            ("width", px(width)), ("height", px(height)), ("title", .string(title)), ("description", .string(description)),
        ]
        for (key, value) in head { out += ",\n" + JSONText.quoted(key) + ":" + JSONText.encode(value) }
        for (key, items) in [("layers", layerItems), ("texts", textItems), ("marks", markItems)] {
            out += ",\n" + JSONText.quoted(key) + ":" + JSONText.encode(.array(items), lines: true)
        }
        return out + "\n}\n"
    }
}
