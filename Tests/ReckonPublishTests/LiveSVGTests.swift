import Foundation
import ReckonCairo
import ReckonChart
import ReckonModel
import Testing

@testable import ReckonPublish

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The web SVG written from the scene: well-formed, one group a layer, a tooltip a mark, the scene's
/// own texts, and much smaller than Cairo's.
struct LiveSVGTests {
    static let charts = [
        "nk-troops", "drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log", "troops-by-source",
    ]

    /// The sample chart `id`, built with Pango's metrics.
    static func built(_ id: String) throws -> (spec: ChartSpec, output: ChartBuilder.Output) {
        let workspace = try Workspace(at: try ChartRendererTests.sampleCopy())
        let spec = try #require(try WorkspaceSettings.read(workspace).charts.first { $0.id == id })
        let output = try ChartPipeline(measure: PangoMeasurer(), configPath: nil).build(spec, in: workspace)
        return (spec, output)
    }

    @Test(arguments: charts) func everySampleIsWellFormedXMLWithTheScenesTexts(_ id: String) throws {
        let (_, output) = try Self.built(id)
        let svg = LiveSVG.write(output.scene, id: id)
        let read = try SVGRead(svg)
        #expect(read.texts == output.scene.texts.map(\.text))
        // One group a layer, named after the chart and the layer, labelled with the layer's name.
        for layer in output.scene.layers {
            let group = try #require(read.groups["\(id)-\(layer.id)"], "\(layer.id)")
            #expect(group["class"]?.split(separator: " ").contains("layer") == true)
            #expect(group["aria-label"] == layer.label)
        }
        // A tooltip for every mark that stands for an observation.
        #expect(read.tooltips.count == output.scene.marks.filter { $0.date != nil }.count)
        #expect(read.title == output.scene.title && read.desc == output.scene.description)
        #expect(LiveSVG.write(output.scene, id: id) == svg, "the same scene gives the same bytes")
    }

    @Test(arguments: charts) func aLiveSVGIsAtMostAThirdOfCairosSize(_ id: String) throws {
        let (spec, output) = try Self.built(id)
        let live = LiveSVG.write(output.scene, id: id)
        let cairo = try Renderer.svg(output.scene, idPrefix: spec.id)
        #expect(live.count * 3 <= cairo.count, "\(live.count) bytes against Cairo's \(cairo.count)")
    }

    @Test func aChartWithOneSourceLeavesItToTheSourceLine() throws {
        let (_, output) = try Self.built("drones-daily")
        let read = try SVGRead(LiveSVG.write(output.scene, id: "drones-daily"))
        #expect(read.desc.hasSuffix("Source: General Staff of the Armed Forces of Ukraine."))
        #expect(read.tooltips.contains("8 Aug 2026: 1,751") && !read.tooltips.contains { $0.contains("General Staff") })
    }

    @Test func segmentsTheClipHidesBecomeMoves() {
        // A line over x = -200…300 in steps of 50, shown through a clip over x = 0…100.
        let points = stride(from: -200.0, through: 300, by: 50).map { Point($0, 10) }
        let line = Path.polyline(points, stroke: Stroke(Color(0, 0, 0), width: 2))
        let culled = Writer.culled(line, to: Rect(x: 0, y: 0, width: 100, height: 50))
        // Kept: from the last point before the clip to the first after it.
        #expect(
            culled.elements == [
                .move(Point(-50, 10)), .line(Point(0, 10)), .line(Point(50, 10)), .line(Point(100, 10)),
                .line(Point(150, 10)),
            ])
        // A filled shape keeps every point: its outline bounds what it fills.
        var area = line
        area.fill = Color(0, 0, 0)
        #expect(Writer.culled(area, to: Rect(x: 0, y: 0, width: 100, height: 50)) == area)
    }

    @Test func tooltipsSayWhatEachMarkStandsFor() throws {
        let (_, output) = try Self.built("nk-troops")
        let read = try SVGRead(LiveSVG.write(output.scene, id: "nk-troops"))
        #expect(read.tooltips.contains("23 Dec 2024: 11,000–12,000 (US, Ukrainian and South Korean intelligence)"))
        #expect(read.tooltips.contains("27 Mar 2025: about 11,000 (South Korea Joint Chiefs of Staff)"))
        #expect(read.tooltips.contains("Jan–Feb 2025: at least 3,000 (South Korea Joint Chiefs of Staff)"))
    }

    @Test func textThatIsNotXMLIsEscapedOrLeftOut() throws {
        var scene = Scene(width: 200, height: 100, background: Color(1, 1, 1), title: "a < b & \"c\"\u{1}", description: "]]>")
        scene.items = [
            .text(
                TextRun(
                    "x <y> & z\u{7}", origin: Point(1, 1), font: Font(family: "A&B", size: 10), color: Color(0, 0, 0),
                    size: Size(5, 5)))
        ]
        let read = try SVGRead(LiveSVG.write(scene, id: "1 bad id"))
        #expect(read.title == "a < b & \"c\"" && read.desc == "]]>")
        #expect(read.texts == ["x <y> & z"])
    }

    @Test func numbersAreShortAndStable() {
        #expect(XML.number(1) == "1" && XML.number(-0.004) == "0" && XML.number(2.5) == "2.5" && XML.number(-1.25) == "-1.25")
        #expect(XML.number(0.05) == "0.05" && XML.number(-0.5) == "-0.5" && XML.number(.nan) == "0" && XML.number(1e300) == "0")
    }
}

/// What an XML parser reads from an SVG: the texts in order, the groups by id, the tooltips.
final class SVGRead: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var groups: [String: [String: String]] = [:]
    var tooltips: [String] = []
    var title = "", desc = ""
    private var stack: [String] = []
    private var text = ""

    init(_ bytes: [UInt8]) throws {
        super.init()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(name)
        text = ""
        if name == "g", let id = attributes["id"] { groups[id] = attributes }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        switch name {
        case "text": texts.append(text)
        case "title" where stack.last == "rect": tooltips.append(text)
        case "title" where stack.last == "svg": title = text
        case "desc": desc = text
        default: break
        }
        text = ""
    }
}
