import Foundation
import ReckonExtract
import ReckonModel
import Testing

/// Pages become documents: visible text in reading order, the title, the publication day and the
/// canonical address; bad input is refused with a located diagnostic.
struct DocumentReaderTests {
    static let page = """
        <!doctype html>
        <html lang="de"><head><title>Nordkorea schickt 3.000 Soldaten &amp; mehr</title>
        <meta property="article:published_time" content="2025-03-27T09:30:00+01:00">
        <link rel="canonical" href="https://example.org/artikel">
        <script>var views = 12345;</script><style>.x { width: 300px }</style></head>
        <body><nav><a href="/">Start</a> 99 Artikel</nav>
        <article><h1>Nordkorea schickt 3.000 Soldaten</h1>
        <p>Nordkorea hat am Mittwoch weitere 3.000&nbsp;Soldaten geschickt, teilte der Generalstab mit.</p>
        <aside>Lesen Sie auch: 5 Fragen</aside>
        <p>Mindestens 12 Menschen wurden <b>verletzt</b>.<!-- 77 --></p></article>
        <footer>© 2025 Beispiel, 4 Kommentare</footer></body></html>
        """

    @Test func readsTheVisibleTextAndTheMetadata() throws {
        let d = try DocumentReader.read(Array(Self.page.utf8), name: "a.html")
        #expect(d.title == "Nordkorea schickt 3.000 Soldaten & mehr")
        #expect(d.published == Day(year: 2025, month: 3, day: 27))
        #expect(d.url == "https://example.org/artikel")
        #expect(d.language == .german)
        #expect(
            !d.text.contains("12345") && !d.text.contains("99 Artikel") && !d.text.contains("Lesen") && !d.text.contains("77"))
        #expect(d.text.contains("Mindestens 12 Menschen wurden verletzt."))
        let found = Extractor().extract(d)
        #expect(found.map(\.value) == [3_000, 12])
        #expect(found[0].date == ObservationDate(Day(year: 2025, month: 3, day: 26)!))
        #expect(found[0].source == "Generalstab" && found[0].url == "https://example.org/artikel")
    }

    @Test func takesThePublicationDayFromJSONLDOrTime() throws {
        let ld =
            #"<html><body><script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2025-06-12T05:00:00Z"}</script><p>42 drones.</p></body></html>"#
        #expect(try DocumentReader.read(Array(ld.utf8), name: "p").published == Day(year: 2025, month: 6, day: 12))
        let time = #"<html><body><p>Posted <time datetime="2025-06-11">yesterday</time></p><p>42 drones.</p></body></html>"#
        #expect(try DocumentReader.read(Array(time.utf8), name: "p").published == Day(year: 2025, month: 6, day: 11))
    }

    @Test func readsMarkdown() throws {
        let md =
            "# About 3,000 troops\n\nNorth Korea sent [about 3,000](https://example.org) **more** troops, officials said.\n\n```\n99 bottles\n```\n"
        let d = try DocumentReader.read(Array(md.utf8), name: "a.md")
        #expect(d.text.contains("sent about 3,000 more troops") && !d.text.contains("99"))
        #expect(Extractor().extract(d).count == 1)
    }

    @Test func refusesBinaryInvalidUTF8AndEmptyPages() {
        #expect(throws: ReckonError(.badData, file: "x", line: 2, column: 3, "binary data (a NUL byte), not text")) {
            try DocumentReader.read([0x61, 0x0A, 0x62, 0x63, 0x00], name: "x")
        }
        #expect(throws: ReckonError(.badData, file: "x", line: 1, column: 4, "invalid UTF-8; extract reads UTF-8 text")) {
            try DocumentReader.read([0x61, 0x62, 0x63, 0xC3, 0x28], name: "x")
        }
        #expect(throws: ReckonError(.badData, file: "x", "the page has no text to read")) {
            try DocumentReader.read(Array("<html><body><script>1</script></body></html>".utf8), name: "x")
        }
        #expect(throws: ReckonError.self) { try DocumentReader.read([], name: "x") }
        #expect(throws: ReckonError.self) {
            try DocumentReader.read([UInt8](repeating: 0x61, count: DocumentReader.maximumBytes + 1), name: "x")
        }
    }

    /// A 10 MB page of markup, entities, unclosed tags, brackets and figures is read and extracted in
    /// bounded time: every step is linear.
    @Test func aTenMegabytePageTakesBoundedTime() throws {
        var html = "<html><body>"
        let chunk =
            "<div class=\"x\"><p>About 3,000 troops were sent on Wednesday, officials said.</p><span>&amp;&#8239;&bogus;</span>"
            + "<script>if (a < b) {}</script><a href=\"/x\">[[[[((((</a> < < <p <!-- --> 2025-03-27 +380 44 200 1234</div>\n"
        html.reserveCapacity(10_000_000)
        while html.utf8.count < 10_000_000 { html += chunk }
        let start = Date()
        let d = try DocumentReader.read(Array(html.utf8), name: "big.html")
        let found = Extractor().extract(Document(text: d.text, published: Day(year: 2025, month: 3, day: 27)))
        let seconds = Date().timeIntervalSince(start)
        #expect(found.count > 10_000)
        #expect(seconds < 240, "took \(seconds) s")
    }
}
