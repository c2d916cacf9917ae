import ReckonChart
import ReckonPublish
import Testing

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
                  <figcaption>
                    <strong>North Korean troops &lt;in&gt; Russia</strong>
                    <span class="note">Note &amp; &quot;quote&quot;</span>
                    <span class="source">Source: JCS</span>
                    <span class="links"><a href="Output/nk-troops.svg">SVG</a> <a href="Output/nk-troops.pdf">PDF</a></span>
                  </figcaption>
                </figure>

                """)
    }

    @Test func markdownImageAndCaption() {
        #expect(
            Snippet.markdown(record) == """
                ![Line chart: troops \\(about 11,000\\)](nk-troops.png)

                **North Korean troops &lt;in&gt; Russia** Note &amp; "quote" Source: JCS. [SVG](nk-troops.svg) · [PDF](nk-troops.pdf)

                """)
    }

    @Test func json() {
        #expect(
            Snippet.json(record)
                == #"{"id":"nk-troops","title":"North Korean troops <in> Russia","note":"Note & \"quote\"","source":"Source: JCS","sources":["JCS"],"alt":"Line chart: troops (about 11,000)","width":1200,"height":675,"files":{"png":"nk-troops.png","svg":"nk-troops.svg","pdf":"nk-troops.pdf"},"lastDate":"2025-03-27"}"#
                + "\n")
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
        m.charts = ["nk-troops": record]
        let back = try #require(Manifest(json: m.json()))
        #expect(back == m)
        #expect(m.json() == back.json())
    }

    @Test func aDamagedManifestIsNone() {
        #expect(Manifest(json: Array("{\"outputs\": 3}".utf8)) == nil)
        #expect(Manifest(json: Array("not json".utf8)) == nil)
    }
}
