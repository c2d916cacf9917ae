public import ReckonModel
import ReckonOutput

/// `Output/feed.xml`: an Atom feed (RFC 4287) of new and revised estimates, newest first, so a
/// newsroom can follow the workspace in a feed reader or a chat integration.
///
/// The feed is a function of the data: each entry's id is a `urn:uuid` made from its series, date,
/// source, reported day and numbers, so it is the same on every run; its `updated` is the day the
/// estimate was reported (RFC 3339, midnight UTC), and the feed's is its newest entry's. The same
/// data writes the same bytes.
public enum AtomFeed {
    /// The most entries a feed holds.
    public static let maximumEntries = 100

    /// The feed of `entries` (newest first, as `Workspace.log(since:)` lists them), titled `title`,
    /// with `chartLinks` giving, for each series id, the chart file (relative to the feed) it links to;
    /// the feed's own id is made from `key` (the workspace folder's name).
    public static func xml(_ entries: [Workspace.LogEntry], title: String, key: String, chartLinks: [String: String]) -> String {
        let shown = entries.prefix(maximumEntries)
        let updated = shown.first.map { rfc3339($0.seen) } ?? "1970-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>\(uuid("feed", key))</id>
              <title>\(Escaping.html(title))</title>
              <updated>\(updated)</updated>
              <author><name>reckon</name></author>
              <link rel="alternate" type="text/html" href="index.html"/>

            """
        for e in shown {
            out += entry(e, link: chartLinks[e.series.description] ?? "index.html")
        }
        return out + "</feed>\n"
    }

    /// One `<entry>`.
    static func entry(_ e: Workspace.LogEntry, link: String) -> String {
        let o = e.observation
        let name = e.title ?? e.series.description
        let estimate = ObservationListing.people(o)
        let change = e.previous.map { "revised from \(ObservationListing.people($0))" } ?? "new"
        let title = "\(name): \(estimate) for \(o.date) (\(change))"
        var summary = "\(estimate) for \(o.date)"
        if let source = e.source { summary += ", according to \(source)" }
        summary += "; reported \(e.seen)"
        if let previous = e.previous {
            summary += ", revising \(ObservationListing.people(previous)) reported \(previous.reportedDay)"
        }
        summary += "."
        let key = [e.series.description, o.date.description, e.source ?? "", e.seen.description, estimate].joined(
            separator: "\u{1F}")
        return """
              <entry>
                <id>\(uuid("entry", key))</id>
                <title>\(Escaping.html(title))</title>
                <updated>\(rfc3339(e.seen))</updated>
                <author><name>\(Escaping.html(e.source ?? "unknown source"))</name></author>
                <link rel="alternate" href="\(Escaping.html(link))"/>
                <category term="\(e.isRevision ? "revised" : "new")"/>
                <summary>\(Escaping.html(summary))</summary>
              </entry>

            """
    }

    /// A day as an RFC 3339 date-time, midnight UTC.
    static func rfc3339(_ day: Day) -> String { "\(day)T00:00:00Z" }

    /// A `urn:uuid` made from `kind` and `key` (RFC 9562 version 8, name-based by reckon's own hash):
    /// the same text, the same id, on every machine.
    static func uuid(_ kind: String, _ key: String) -> String {
        var hash = ContentHash()
        hash.update("reckon atom " + kind)
        hash.update(key)
        var hex = Array(hash.hex().prefix(32))
        while hex.count < 32 { hex.append("0") }
        hex[12] = "8"
        let variant = "89ab"
        hex[16] = variant[variant.index(variant.startIndex, offsetBy: Int(hex[16].hexDigitValue ?? 0) & 3)]
        let s = String(hex)
        func part(_ a: Int, _ b: Int) -> Substring { s.dropFirst(a).prefix(b - a) }
        return "urn:uuid:\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }
}
