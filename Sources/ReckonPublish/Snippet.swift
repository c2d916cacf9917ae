import Foundation
import ReckonChart
import ReckonModel

/// The text that embeds one chart in a report: an HTML `<figure>`, a Markdown image with a caption, or
/// JSON for templating systems.
package enum Snippet {
    /// `<figure>` with the image (width, height, alt) and a caption of title, note and source. `base` is
    /// prefixed to file names (e.g. `Output/`).
    public static func html(_ r: ChartRecord, base: String = "") -> String {
        var out = "<figure class=\"reckon-chart\" id=\"\(Escaping.html(r.id))\">\n"
        if let image = r.image {
            out +=
                "  <img src=\"\(Escaping.html(Escaping.path(base + image)))\" width=\"\(r.width)\" height=\"\(r.height)\" alt=\"\(Escaping.html(r.alt))\">\n"
        }
        out += "  <figcaption>\n    <strong>\(Escaping.html(r.title))</strong>\n"
        if let note = r.note { out += "    <span class=\"note\">\(Escaping.html(note))</span>\n" }
        if let source = r.sourceLine { out += "    <span class=\"source\">\(Escaping.html(source))</span>\n" }
        let links = r.formats.filter { $0 != .png }.map { f in
            "<a href=\"\(Escaping.html(Escaping.path(base + r.file(f))))\">\(f.rawValue.uppercased())</a>"
        }
        if !links.isEmpty { out += "    <span class=\"links\">\(links.joined(separator: " "))</span>\n" }
        out += "  </figcaption>\n</figure>\n"
        return out
    }

    /// `<figure>` with the chart's live SVG (see ``LiveSVG``) inlined instead of an image: it names itself
    /// by its title and alt text, and its ids are prefixed with the chart id, so several charts can
    /// share one page.
    public static func inlineHTML(_ r: ChartRecord, svg: [UInt8], base: String = "") -> String {
        var text = String(decoding: svg, as: UTF8.self)
        if text.hasPrefix("<?xml"), let end = text.firstIndex(of: ">") { text = String(text[text.index(after: end)...]) }
        text = text.trimmingPrefixNewlines()
        if let open = text.range(of: "<svg") {
            text.replaceSubrange(open, with: "<svg style=\"max-width: 100%; height: auto\"")
        }
        let figure = html(r, base: base)
        guard let img = figure.range(of: "  <img "), let end = figure[img.upperBound...].firstIndex(of: "\n") else {
            return figure
        }
        return figure.replacingCharacters(in: img.lowerBound...end, with: text.hasSuffix("\n") ? text : text + "\n")
    }

    /// A Markdown image, then a caption line with the title, note, source and links.
    public static func markdown(_ r: ChartRecord, base: String = "") -> String {
        var out = ""
        if let image = r.image { out += "![\(Escaping.markdown(r.alt))](\(Escaping.path(base + image)))\n\n" }
        var caption = "**\(Escaping.markdown(r.title))**"
        if let note = r.note { caption += " " + Escaping.markdown(note) }
        if let source = r.sourceLine { caption += " " + Escaping.markdown(source) + "." }
        let links = r.formats.filter { $0 != .png }.map { "[\($0.rawValue.uppercased())](\(Escaping.path(base + r.file($0))))" }
        if !links.isEmpty { caption += " " + links.joined(separator: " · ") }
        return out + caption + "\n"
    }

    /// Paths, sizes, alt text, sources and the data's last day.
    public static func json(_ r: ChartRecord, base: String = "") -> String {
        func optional(_ s: String?) -> JSONText.Value { s.map(JSONText.Value.string) ?? .null }
        let files = JSONText.Value.object(r.formats.map { ($0.rawValue, .string(base + r.file($0))) })
        let value = JSONText.Value.object([
            ("id", .string(r.id)), ("title", .string(r.title)), ("note", optional(r.note)), ("source", optional(r.sourceLine)),
            ("sources", .array(r.sources.map(JSONText.Value.string))), ("alt", .string(r.alt)), ("width", .int(r.width)),
            ("height", .int(r.height)), ("files", files), ("lastDate", optional(r.lastDay)),
        ])
        return JSONText.encode(value) + "\n"
    }
}

extension String {
    /// The string without leading line breaks.
    func trimmingPrefixNewlines() -> String { String(drop { $0 == "\n" || $0 == "\r" }) }
}
