import Foundation
import ReckonChart
import Testing

@testable import ReckonPublish

let record = ChartRecord(
    id: "nk-troops", title: "North Korean troops <in> Russia", note: "Note & \"quote\"", sourceLine: "Source: JCS",
    sources: ["JCS"],
    alt: "Line chart: troops (about 11,000)", width: 1200, height: 675, formats: [.png, .svg, .pdf], lastDay: "2025-03-27")

struct SnippetTests {
    @Test func htmlFigure() {
        #expect(
            Snippet.html(record, base: "Output/") == """
                <figure class="reckon-chart" id="nk-troops">
                  <img src="Output/nk-troops.png" width="1200" height="675" alt="Line chart: troops (about 11,000)">
                  <figcaption><a href="Output/nk-troops.svg">SVG</a> · <a href="Output/nk-troops.pdf">PDF</a></figcaption>
                </figure>

                """)
    }

    @Test func markdownImageThenLinksAfterALineBreak() {
        #expect(
            Snippet.markdown(record) == """
                ![Line chart: troops \\(about 11,000\\)](nk-troops.png)\\
                [SVG](nk-troops.svg) · [PDF](nk-troops.pdf)

                """)
    }

    @Test func json() {
        #expect(
            Snippet.json(record)
                == #"{"id":"nk-troops","title":"North Korean troops <in> Russia","note":"Note & \"quote\"","source":"Source: JCS","sources":["JCS"],"alt":"Line chart: troops (about 11,000)","width":1200,"height":675,"image":"nk-troops.png","files":{"png":"nk-troops.png","svg":"nk-troops.svg","pdf":"nk-troops.pdf"},"lastDate":"2025-03-27","renderings":[],"versions":[]}"#
                + "\n")
    }
}

/// A chart with narrow layouts and a dark theme: a `<picture>` whose sources a browser tries in order.
struct ResponsiveSnippetTests {
    var responsive: ChartRecord {
        var spec = ChartSpec(id: "nk-troops", width: 1200, height: 675)
        spec.sizes = [ChartSpec.Size(width: 640), ChartSpec.Size(width: 375, height: 300)]
        spec.themes = [.light, .dark]
        spec.scale = 2
        var r = record
        r.formats = [.png, .svg, .csv]
        r.renderings = spec.renderings
        r.scale = spec.scale
        return r
    }

    @Test func renderingsInOrderWithTheirNames() {
        #expect(
            responsive.renderings.map { "\($0.width)x\($0.height) \($0.theme) \($0.suffix)" } == [
                "1200x675 light ", "640x360 light .640", "375x300 light .375", "1200x675 dark .dark",
                "640x360 dark .640.dark", "375x300 dark .375.dark",
            ])
    }

    @Test func darkSourcesComeFirstThenNarrowLayoutsThenTheImage() {
        // 489 = √(375 × 640) and 876 = √(640 × 1200): each layout is shown from the geometric mean with
        // its narrower neighbour to the one with its wider neighbour. PNGs at scale 2 have twice the pixels.
        #expect(
            Snippet.picture(responsive, base: "", column: nil) == """
                  <picture>
                    <source media="(prefers-color-scheme: dark) and (max-width: 489px)" srcset="nk-troops.375.dark.png 750w" sizes="(max-width: 375px) 100vw, 375px" width="375" height="300">
                    <source media="(prefers-color-scheme: dark) and (max-width: 876px)" srcset="nk-troops.640.dark.png 1280w" sizes="(max-width: 640px) 100vw, 640px" width="640" height="360">
                    <source media="(prefers-color-scheme: dark)" srcset="nk-troops.dark.png 2400w" sizes="(max-width: 1200px) 100vw, 1200px" width="1200" height="675">
                    <source media="(max-width: 489px)" srcset="nk-troops.375.png 750w" sizes="(max-width: 375px) 100vw, 375px" width="375" height="300">
                    <source media="(max-width: 876px)" srcset="nk-troops.640.png 1280w" sizes="(max-width: 640px) 100vw, 640px" width="640" height="360">
                    <img src="nk-troops.png" width="1200" height="675" alt="Line chart: troops (about 11,000)">
                  </picture>

                """)
    }

    @Test func aColumnGetsTheWidestLayoutThatFits() {
        let r = responsive
        #expect(r.layout(forColumn: 640).width == 640 && r.layout(forColumn: 639).width == 375)
        #expect(r.layout(forColumn: 2000).width == 1200 && r.layout(forColumn: 200).width == 375)
        let html = Snippet.html(r, column: 700)
        #expect(html.contains("<img src=\"nk-troops.640.png\" width=\"640\" height=\"360\""))
        #expect(html.contains("media=\"(prefers-color-scheme: dark)\" srcset=\"nk-troops.640.dark.png 1280w\""))
        #expect(!html.contains("max-width: 489px") && !html.contains("nk-troops.375"))
        #expect(Snippet.markdown(r, column: 400).hasPrefix("![Line chart: troops \\(about 11,000\\)](nk-troops.375.png)\\\n"))
    }

    @Test func aWidestLayoutBeyondTheChartsOwnIsChosenByAMinimumWidth() {
        var spec = ChartSpec(id: "c", width: 800, height: 450)
        spec.sizes = [ChartSpec.Size(width: 1600)]
        var r = record
        r.id = "c"
        r.width = 800
        r.height = 450
        r.renderings = spec.renderings
        let picture = Snippet.picture(r, base: "", column: nil)
        // √(800 × 1600) = 1131: the chart's own layout up to 1131 pixels, the wide one from 1132.
        #expect(picture.contains("<source media=\"(min-width: 1132px)\" srcset=\"c.1600.png 1600w\""))
        #expect(picture.contains("<img src=\"c.png\" width=\"800\" height=\"450\""))
    }
}

struct GalleryTests {
    @Test func htmlIsSelfContained() {
        let page = Gallery.html([record])
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
        #expect(page.contains("max-width: 100%"))
        #expect(page.contains(Snippet.html(record)))
    }

    /// Four versions of the same data (a title changed three times) are told apart by their hashes,
    /// in the HTML and the Markdown gallery alike.
    @Test func versionsOfTheSameDataAreToldApart() throws {
        var r = record
        let hashes = ["0123abcd", "4567ef01", "89abcdef", "fedcba98"]
        r.versions = hashes.map { hash in
            let name = "2025-03-27-" + hash
            return Archive.Version(name: name, date: "2025-03-27", files: [(format: .png, path: "archive/nk-troops/\(name).png")])
        }
        let html = Gallery.html([r])
        let items = html.split(separator: "\n").filter { $0.contains("<li>") }
        #expect(items.count == 4)
        // What a reader sees of each item, links left out: no two alike.
        let shown = items.map { $0.replacingOccurrences(of: #"<a href="[^"]*">"#, with: "", options: .regularExpression) }
        #expect(Set(shown).count == 4, "\(shown)")
        for hash in hashes { #expect(shown.contains { $0.contains("2025-03-27") && $0.contains(hash) }, "\(hash)") }
        let md = try #require(Gallery.markdown([r]).split(separator: "\n").first { $0.hasPrefix("Versions kept: ") })
        let entries = md.dropFirst("Versions kept: ".count).components(separatedBy: " · ").map {
            $0.replacingOccurrences(of: #"\(archive/[^)]*\)"#, with: "", options: .regularExpression)
        }
        #expect(entries.count == 4 && Set(entries).count == 4, "\(entries)")
    }

    @Test func markdownListsEveryChart() {
        var second = record
        second.id = "b"
        second.formats = [.svg]
        let md = Gallery.markdown([record, second])
        #expect(md.hasPrefix("# Charts\n\n![Line chart"))
        #expect(md.contains("](b.svg)"))
    }
}

struct ManifestTests {
    @Test func readsBackWhatItWrites() throws {
        var m = Manifest()
        m.outputs = ["nk-troops.png": "abc", "nk-troops.svg": "abc"]
        var responsive = ResponsiveSnippetTests().responsive
        responsive.id = "responsive"
        m.charts = ["nk-troops": record, "responsive": responsive]
        let back = try #require(Manifest(json: m.json()))
        #expect(back == m)
        #expect(m.json() == back.json())
    }

    @Test func aDamagedManifestIsNone() {
        #expect(Manifest(json: Array("{\"outputs\": 3}".utf8)) == nil)
        #expect(Manifest(json: Array("not json".utf8)) == nil)
    }
}
