import ReckonModel

/// `Output/index.md` and `Output/index.html`: every chart with its title, image, note, source and links.
public enum Gallery {
    /// The Markdown gallery of `records`, in the order given.
    public static func markdown(_ records: [ChartRecord], title: String = "Charts") -> String {
        "# \(Escaping.markdown(title))\n\n" + records.map { Snippet.markdown($0) + versionsMarkdown($0) }.joined(separator: "\n")
    }

    /// A self-contained HTML page (no scripts, no network) whose images scale down to narrow screens.
    /// The charts whose ids are in `pending` (a server still drawing them) are shown by their title
    /// as still being drawn.
    ///
    /// Below the page's widest column, the pictures take the whole width of the window and only the
    /// text keeps a margin, so that each layout is shown at the width it was laid out for (the
    /// 375-pixel layout of a chart across a 375-pixel phone, not shrunk to 343 by the margins).
    public static func html(_ records: [ChartRecord], title: String = "Charts", pending: Set<String> = []) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(Escaping.html(title))</title>
        <style>
          body { margin: 0 auto; padding: 16px; max-width: 1240px; font-family: "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; }
          h1 { font-size: 1.5em; }
          figure { margin: 0 0 40px 0; }
          img { display: block; max-width: 100%; height: auto; box-shadow: 0 0 0 1px #e6e6e6; }
          figcaption { margin-top: 8px; line-height: 1.5; overflow-wrap: anywhere; }
          figcaption span { display: block; color: #595959; font-size: 0.9em; }
          details { margin-top: 4px; color: #595959; font-size: 0.9em; }
          details ul { margin: 4px 0; }
          @media (max-width: 1271px) {
            body { padding: 16px 0; }
            h1, figcaption, figure > p { padding: 0 16px; }
          }
          @media (prefers-color-scheme: dark) {
            body { color: #e6e6e6; background: #121212; }
            img { box-shadow: 0 0 0 1px #333; }
            figcaption span, details { color: #b3b3b3; }
            a { color: #8ab4f8; }
          }
        </style>
        </head>
        <body>
        <h1>\(Escaping.html(title))</h1>

        """
            + records.map { pending.contains($0.id) ? pendingHTML($0) : Snippet.html($0, extra: versionsHTML($0)) }
            .joined(separator: "\n") + "</body>\n</html>\n"
    }

    /// The entry of a chart still being drawn: its title and what to do.
    static func pendingHTML(_ r: ChartRecord) -> String {
        "<figure class=\"reckon-chart reckon-pending\" id=\"\(Escaping.html(r.id))\">\n"
            + "  <p><strong>\(Escaping.html(r.title))</strong> is still being drawn: reload the page in a moment.</p>\n"
            + "</figure>\n"
    }

    /// The archived versions of a chart (see ``Archive``), newest first, as a folded list; nothing without them.
    /// Each is named by its data's last day and its short hash: versions of the same data (a changed
    /// title, say) differ by their hash.
    static func versionsHTML(_ r: ChartRecord) -> String {
        guard !r.versions.isEmpty else { return "" }
        let items = r.versions.reversed().map { v in
            "      <li>\(Escaping.html(v.date)), version \(Escaping.html(v.shortHash)): "
                + v.files.map { file in
                    "<a href=\"\(Escaping.html(Escaping.path(file.path)))\">\(file.format.rawValue.uppercased())</a>"
                }.joined(separator: " ") + "</li>\n"
        }
        return "\n    <details class=\"versions\">\n"
            + "    <summary>Versions of \(Escaping.html(r.title)) kept (\(r.versions.count))</summary>\n"
            + "    <ul>\n" + items.joined() + "    </ul>\n    </details>\n  "
    }

    /// The archived versions of a chart, newest first, on one line, each by its data's last day and its
    /// short hash; nothing without them.
    static func versionsMarkdown(_ r: ChartRecord) -> String {
        guard !r.versions.isEmpty else { return "" }
        let items = r.versions.reversed().map { v in
            Escaping.markdown(v.date) + ", version " + Escaping.markdown(v.shortHash) + " ("
                + v.files.map { "[\($0.format.rawValue.uppercased())](\(Escaping.path($0.path)))" }
                .joined(separator: ", ") + ")"
        }
        return "\nVersions kept: " + items.joined(separator: " · ") + "\n"
    }
}
