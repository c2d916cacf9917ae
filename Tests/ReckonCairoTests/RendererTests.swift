import Foundation
import ReckonChart
import ReckonModel
import Testing

@testable import ReckonCairo

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small scene with a bar, a line and a label, drawn at known places.
func sampleScene() -> Scene {
    let blue = Color(hex: "#0072B2")!, orange = Color(hex: "#D55E00")!
    let measurer = PangoMeasurer()
    let font = Font(family: "DejaVu Sans", size: 14)
    let label = "Курська область"
    return Scene(
        width: 400, height: 200, background: Color(1, 1, 1),
        items: [
            .group(
                id: "bars", clip: Rect(x: 0, y: 0, width: 400, height: 200),
                items: [
                    .path(.rect(Rect(x: 40, y: 100, width: 60, height: 80), fill: blue))
                ]),
            .path(.polyline([Point(150, 150), Point(350, 50)], stroke: Stroke(orange, width: 4))),
            .path(Path([.circle(center: Point(300, 160), radius: 8)], stroke: Stroke(blue, width: 2), fill: Color(1, 1, 1))),
            .text(
                TextRun(
                    label, origin: Point(150, 170), font: font, color: Color(0, 0, 0), size: measurer.measure(label, font: font))),
        ],
        title: "Test & <chart>", description: "A bar, a line and \"a label\".")
}

struct RendererTests {
    @Test func pngHasTheSizeAndTheColoursWhereTheMarksAre() throws {
        let png = try Renderer.png(sampleScene(), scale: 2)
        let image = try ImageSurface(png: png)
        #expect(image.width == 800 && image.height == 400)
        func near(_ a: Color, _ b: Color) -> Bool {
            abs(a.red - b.red) < 0.03 && abs(a.green - b.green) < 0.03 && abs(a.blue - b.blue) < 0.03
        }
        // Inside the bar (70, 140) at scale 2.
        #expect(near(image.pixel(x: 140, y: 280), Color(0, 0x72 / 255.0, 0xB2 / 255.0)))
        // On the line, halfway: (250, 100).
        #expect(near(image.pixel(x: 500, y: 200), Color(0xD5 / 255.0, 0x5E / 255.0, 0)))
        // Background away from everything.
        #expect(near(image.pixel(x: 20, y: 20), Color(1, 1, 1)))
        // The circle's inside is white, its ring blue.
        #expect(near(image.pixel(x: 600, y: 320), Color(1, 1, 1)))
        #expect(near(image.pixel(x: 600 + 16, y: 320), Color(0, 0x72 / 255.0, 0xB2 / 255.0)))
    }

    @Test func theSameSceneGivesTheSameBytes() throws {
        let scene = sampleScene()
        #expect(try Renderer.png(scene) == Renderer.png(scene))
        #expect(try Renderer.svg(scene, idPrefix: "a") == Renderer.svg(scene, idPrefix: "a"))
        #expect(try Renderer.pdf(scene) == Renderer.pdf(scene))
    }

    @Test func svgParsesWithTitleDescriptionAndPrefixedIds() throws {
        let svg = try Renderer.svg(sampleScene(), idPrefix: "troops")
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [String] = []
            var ids: [String] = []
            var references: [String] = []
            var text: [String: String] = [:]
            var current = ""
            var root: [String: String] = [:]
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if elements.isEmpty { root = attributes }
                elements.append(name)
                current = name
                if let id = attributes["id"] { ids.append(id) }
                for (k, v) in attributes where k.hasSuffix("href") { references.append(v) }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if current == "title" || current == "desc" { text[current, default: ""] += string }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                current = ""
            }
        }
        let parser = XMLParser(data: Data(svg))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.elements.first == "svg")
        #expect(collector.root["width"] == "400px" || collector.root["width"] == "400")
        #expect(collector.root["version"] == "1.1")
        #expect(collector.text["title"] == "Test & <chart>")
        #expect(collector.text["desc"] == "A bar, a line and \"a label\".")
        #expect(!collector.ids.isEmpty)
        #expect(collector.ids.allSatisfy { $0.hasPrefix("troops-") })
        #expect(collector.references.allSatisfy { $0.hasPrefix("#troops-") })
        #expect(collector.elements.contains("path"))
    }

    @Test func pdfCarriesItsMetadataWithPinnedDates() throws {
        let pdf = String(decoding: try Renderer.pdf(sampleScene(), date: "2026-08-08T00:00:00Z"), as: UTF8.self)
        #expect(pdf.hasPrefix("%PDF-"))
        // Cairo 1.16 writes the dates without the "D:" prefix.
        #expect(pdf.contains("/CreationDate (20260808000000") || pdf.contains("/CreationDate (D:20260808000000"))
        #expect(pdf.contains("/ModDate (20260808000000") || pdf.contains("/ModDate (D:20260808000000"))
        #expect(pdf.contains("/Creator (reckon)"))
    }

    /// The PDF carries its structure, read back by poppler's `pdfinfo -struct-text`: a document, its
    /// figure, then the title as a heading and each text as a paragraph, in reading order.
    @Test func pdfIsTaggedForScreenReaders() throws {
        let scene = try SampleChartRenderingTests().monthlyScene()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-tagged-\(getpid()).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try Renderer.pdf(scene)).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", "-struct-text", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "Document", "\(out.prefix(400))")
        #expect(lines.contains("Figure"))
        // The heading's text follows it: the chart's title; paragraphs after it.
        let heading = try #require(lines.firstIndex { $0.hasPrefix("H1") })
        #expect(lines[heading + 1] == "\"Russian drones downed per month\"")
        #expect(lines[heading...].filter { $0.hasPrefix("P") }.count > 10)
    }
}

struct PangoMeasurerTests {
    @Test func measuresLatinAndCyrillicWithDejaVu() {
        let m = PangoMeasurer()
        let font = Font(family: "DejaVu Sans", size: 14)
        let latin = m.measure("Kursk region", font: font)
        let cyrillic = m.measure("Курська область", font: font)
        #expect(latin.width > 60 && latin.width < 120)
        #expect(cyrillic.width > 80 && cyrillic.height > 14)
        #expect(m.measure("Kursk region", font: Font(family: "DejaVu Sans", size: 28)).width > latin.width * 1.9)
        #expect(m.warnings.isEmpty)
    }

    @Test func warnsAboutAMissingFontAndMissingGlyphs() {
        let m = PangoMeasurer()
        let font = Font(family: "DejaVu Sans", size: 14)
        _ = m.measure("x", font: Font(family: "No Such Font Family", size: 14))
        // Two texts with characters no font has (a private-use character, an Egyptian hieroglyph): one
        // line names each character once, in the order met.
        _ = m.measure("a \u{E000} b \u{13000}", font: font)
        _ = m.measure("\u{13000} again", font: font)
        #expect(m.warnings.count == 2)
        #expect(m.warnings.contains { $0.hasPrefix("font 'No Such Font Family' is not installed") })
        #expect(
            m.warnings.last
                == "no installed font has '\u{E000}' (U+E000), '\u{13000}' (U+13000); they are drawn as boxes (install a font that has them)"
        )
        #expect(m.missingCharacters == ["\u{E000}", "\u{13000}"])
        // The next chart starts afresh; a font that is not installed is named again when used again.
        m.reset()
        #expect(m.warnings.isEmpty && m.missingCharacters.isEmpty)
        _ = m.measure("y", font: Font(family: "No Such Font Family", size: 14))
        #expect(m.warnings.count == 1)
    }

    /// A text measured again (a size the measurer keeps) measures as it did, and the characters no font
    /// has are noted again for the next chart, while a text in another font is measured anew.
    @Test func aTextMeasuredAgainMeasuresTheSameAndIsNotedAgain() {
        let m = PangoMeasurer()
        let font = Font(family: "DejaVu Sans", size: 14)
        let first = m.measure("a \u{E000} b", font: font)
        m.reset()
        #expect(m.measure("a \u{E000} b", font: font) == first)
        #expect(m.missingCharacters == ["\u{E000}"])
        #expect(m.measure("a \u{E000} b", font: Font(family: "DejaVu Sans", size: 14, bold: true)).width > first.width)
        // A new measurer, which keeps nothing yet, gives the same size.
        #expect(PangoMeasurer().measure("a \u{E000} b", font: font) == first)
    }

    /// The kept sizes are keyed by the text's bytes: canonically equivalent texts, which Swift's
    /// strings compare equal and Pango may lay out apart, are kept apart.
    @Test func canonicallyEquivalentTextsAreKeptApart() {
        let font = Font(family: "DejaVu Sans", size: 14)
        let (composed, decomposed) = ("caf\u{E9} \u{212B}", "cafe\u{301} \u{C5}")
        #expect(composed == decomposed)
        #expect(MeasuredText(text: composed, font: font) != MeasuredText(text: decomposed, font: font))
        #expect(MeasuredText(text: composed, font: font) == MeasuredText(text: "caf\u{E9} \u{212B}", font: font))
        let larger = Font(family: "DejaVu Sans", size: 15)
        #expect(MeasuredText(text: composed, font: font) != MeasuredText(text: composed, font: larger))
    }

    /// The fonts `make charts` installs draw Korean, Arabic, Ukrainian and emoji with real glyphs.
    @Test(arguments: ["러시아 파병 북한군", "القوات الكورية الشمالية", "Війська КНДР", "🇰🇵 🚀"])
    func theInstalledFontsHaveEveryScriptOfTheSamples(_ text: String) {
        let m = PangoMeasurer()
        _ = m.measure(text, font: Font(family: "DejaVu Sans", size: 14, bold: true))
        _ = m.measure(text, font: Font(family: "DejaVu Sans", size: 14))
        #expect(m.missingCharacters.isEmpty && m.warnings.isEmpty, "\(m.warnings)")
    }
}

/// The sample workspace's charts through the real renderer.
struct SampleChartRenderingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func monthlyScene() throws -> Scene {
        let w = try Workspace(at: SampleChartRenderingTests.repository)
        var kinds: [SeriesID: SeriesKind] = [:]
        for id in try w.seriesIDs() { kinds[id] = try w.metadata(of: id).effectiveKind }
        let spec = try #require(
            ChartConfig.parse(try w.configText(), path: "reckon.yaml", series: kinds).charts.first { $0.id == "drones-monthly" })
        return try ChartBuilder(measure: PangoMeasurer()).build(spec) { id throws(ReckonError) in try w.load(id) }.scene
    }

    /// The tallest bar is drawn in the bar colour, and above it is background.
    @Test func theTallestBarHasItsColourInThePNG() throws {
        let scene = try monthlyScene()
        var bars: [Rect] = []
        for case .group(let id, _, let items) in scene.items where id == "layer-1" {
            for case .path(let p) in items where p.fill != nil {
                let xs = p.elements.compactMap { e -> Point? in
                    if case .move(let q) = e { q } else if case .line(let q) = e { q } else { nil }
                }
                bars.append(
                    Rect(
                        x: xs.map(\.x).min()!, y: xs.map(\.y).min()!, width: xs.map(\.x).max()! - xs.map(\.x).min()!,
                        height: xs.map(\.y).max()! - xs.map(\.y).min()!))
            }
        }
        let tallest = try #require(bars.max { $0.height < $1.height })
        let image = try ImageSurface(png: try Renderer.png(scene, scale: 1))
        let inside = image.pixel(x: Int(tallest.x + tallest.width / 2), y: Int(tallest.y + tallest.height / 2))
        #expect(abs(inside.red - 0) < 0.03 && abs(inside.green - 0x72 / 255.0) < 0.03 && abs(inside.blue - 0xB2 / 255.0) < 0.03)
        let above = image.pixel(x: Int(tallest.x + tallest.width / 2), y: Int(tallest.y) - 12)
        #expect(above.red > 0.85 && above.green > 0.85 && above.blue > 0.85)
    }

    /// When rsvg-convert is installed (CI installs it), the SVG renders to a PNG of the chart's size.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert")))
    func svgRendersWithRsvg() throws {
        let svg = try Renderer.svg(try monthlyScene(), idPrefix: "drones-monthly")
        let folder = NSTemporaryDirectory() + "reckon-rsvg-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(svg).write(to: URL(fileURLWithPath: folder + "/c.svg"))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        p.arguments = ["-o", folder + "/c.png", folder + "/c.svg"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let image = try ImageSurface(png: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/c.png"))))
        #expect(image.width == 1200 && image.height == 675)
    }
}
