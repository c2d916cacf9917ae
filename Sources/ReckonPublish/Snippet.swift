import Foundation
import ReckonChart
import ReckonModel
import ReckonOutput

/// The text that embeds one chart in a report: an HTML `<figure>`, a Markdown image with a line of
/// links, or JSON for templating systems.
///
/// The chart's picture already shows its title, note and source, and its alt text describes it, so a
/// snippet's caption holds only what the picture cannot: links to the data and the other formats.
/// `column`, a width in pixels, chooses the layout whose text is legible in a column that wide (see
/// ``ChartRecord/layout(forColumn:)``); without it, HTML lets the page choose by its width.
public enum Snippet {
    /// `<figure>` with a `<picture>` (every layout by the page's width, every theme by the reader's
    /// colour scheme) or an `<img>`, and a caption of links; `extra` (HTML) goes at the caption's end.
    /// `base` is prefixed to file names (e.g. `Output/`).
    public static func html(_ r: ChartRecord, base: String = "", column: Int? = nil, extra: String = "") -> String {
        var out = "<figure class=\"reckon-chart\" id=\"\(Escaping.html(r.id))\">\n"
        out += picture(r, base: base, column: column)
        out += "  <figcaption>\(links(r, base: base, html: true))\(extra)</figcaption>\n"
        out += "</figure>\n"
        return out
    }

    /// The picture alone: an `<img>` with width, height and alt text, inside a `<picture>` with a
    /// `<source>` for every other layout and theme when the chart has them.
    public static func picture(_ r: ChartRecord, base: String = "", column: Int? = nil) -> String {
        guard let format = r.imageFormat else { return "" }
        let layouts = column.map { [r.layout(forColumn: $0)] } ?? r.layouts
        let breakpoints = ChartRecord.breakpoints(layouts)
        let img = column.map(r.layout(forColumn:)) ?? r.primary
        var sources: [String] = []
        for theme in r.themes.dropFirst() {
            for (layout, breakpoint) in zip(layouts, breakpoints) {
                guard let rendering = r.rendering(layout, in: theme) else { continue }
                let media = ["(prefers-color-scheme: \(theme.rawValue))"] + (breakpoint.map { ["(max-width: \($0)px)"] } ?? [])
                sources.append(source(r, rendering, format, base: base, media: media))
            }
        }
        for (i, layout) in layouts.enumerated() where layout != img {
            let media: String
            if let breakpoint = breakpoints[i] {
                media = "(max-width: \(breakpoint)px)"
            } else {
                media = "(min-width: \((breakpoints[i - 1] ?? 0) + 1)px)"
            }
            sources.append(source(r, layout, format, base: base, media: [media]))
        }
        let tag =
            "<img src=\"\(url(r.file(img, format), base))\" width=\"\(img.width)\" height=\"\(img.height)\""
            + " alt=\"\(Escaping.html(r.alt))\">"
        guard !sources.isEmpty else { return "  " + tag + "\n" }
        return "  <picture>\n" + sources.map { "    " + $0 + "\n" }.joined() + "    " + tag + "\n  </picture>\n"
    }

    private static func source(
        _ r: ChartRecord, _ rendering: Rendering, _ format: ChartSpec.FileFormat, base: String, media: [String]
    ) -> String {
        let w = rendering.width
        return "<source media=\"\(media.joined(separator: " and "))\" srcset=\"\(url(r.file(rendering, format), base)) "
            + "\(r.pixelWidth(rendering, format))w\" sizes=\"(max-width: \(w)px) 100vw, \(w)px\" width=\"\(w)\""
            + " height=\"\(rendering.height)\">"
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
        return "<figure class=\"reckon-chart\" id=\"\(Escaping.html(r.id))\">\n" + (text.hasSuffix("\n") ? text : text + "\n")
            + "  <figcaption>\(links(r, base: base, html: true))</figcaption>\n</figure>\n"
    }

    /// A Markdown image and, after a hard line break (so that pandoc does not turn the alt text into a
    /// caption), the line of links.
    public static func markdown(_ r: ChartRecord, base: String = "", column: Int? = nil) -> String {
        let line = links(r, base: base, html: false)
        guard let format = r.imageFormat else { return line + "\n" }
        let layout = column.map(r.layout(forColumn:)) ?? r.primary
        return "![\(Escaping.markdown(r.alt))](\(Escaping.path(base + r.file(layout, format))))\\\n" + line + "\n"
    }

    /// "Data (CSV)" first, then the other formats of the chart's own rendering.
    private static func links(_ r: ChartRecord, base: String, html: Bool) -> String {
        let formats = r.formats.filter { $0 != .png }.sorted { a, _ in a == .csv }
        let links = formats.map { f -> String in
            let label = f == .csv ? "Data (CSV)" : f.rawValue.uppercased()
            let target = base + r.file(f)
            return html ? "<a href=\"\(url(target, ""))\">\(label)</a>" : "[\(label)](\(Escaping.path(target)))"
        }
        return links.joined(separator: " · ")
    }

    private static func url(_ file: String, _ base: String) -> String { Escaping.html(Escaping.path(base + file)) }

    /// Paths, sizes, alt text, sources, the data's last day, every rendering and the archived versions;
    /// `image` is the rendering chosen for `column` (the primary one without it).
    public static func json(_ r: ChartRecord, base: String = "", column: Int? = nil) -> String {
        func optional(_ s: String?) -> JSONText.Value { s.map(JSONText.Value.string) ?? .null }
        func files(_ rendering: Rendering) -> JSONText.Value {
            .object(r.formats(of: rendering).map { ($0.rawValue, .string(base + r.file(rendering, $0))) })
        }
        let layout = column.map(r.layout(forColumn:)) ?? r.primary
        let renderings = r.renderings.map { rendering -> JSONText.Value in
            .object([
                ("width", .int(rendering.width)), ("height", .int(rendering.height)),
                ("theme", .string(rendering.theme.rawValue)),
                ("files", files(rendering)),
            ])
        }
        let versions = r.versions.map { v -> JSONText.Value in
            .object([
                ("name", .string(v.name)), ("date", .string(v.date)),
                ("files", .object(v.files.map { ($0.format.rawValue, .string(base + $0.path)) })),
            ])
        }
        let value = JSONText.Value.object([
            ("id", .string(r.id)), ("title", .string(r.title)), ("note", optional(r.note)), ("source", optional(r.sourceLine)),
            ("sources", .array(r.sources.map(JSONText.Value.string))), ("alt", .string(r.alt)), ("width", .int(layout.width)),
            ("height", .int(layout.height)), ("image", optional(r.imageFormat.map { base + r.file(layout, $0) })),
            ("files", files(r.primary)), ("lastDate", optional(r.lastDay)), ("renderings", .array(renderings)),
            ("versions", .array(versions)),
        ])
        return JSONText.encode(value) + "\n"
    }
}

extension String {
    /// The string without leading line breaks.
    func trimmingPrefixNewlines() -> String { String(drop { $0 == "\n" || $0 == "\r" }) }
}
