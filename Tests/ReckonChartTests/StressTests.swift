import ReckonModel
import Testing

@testable import ReckonChart

/// Charts built to break a layout: ten layers, long texts, negative, tiny and huge values, a single
/// point, spans of three days and fifty years, titles in Ukrainian, Korean and Arabic; at five sizes,
/// light and dark. Each is checked from its scene: no text overlaps another or leaves the canvas, layers
/// look different, bars do not overlap, log labels are distinct and positive.
struct StressTests {
    static let sizes = [(320, 240), (600, 338), (800, 450), (1200, 675), (2400, 1350)]
    static let first = Day(year: 2025, month: 1, day: 1)!

    /// A daily series of `values` from `start`.
    static func series(_ id: String, _ values: [Double], start: Day = first, step: Int = 1, title: String? = nil) -> Series {
        Series(
            id: try! SeriesID(id), metadata: SeriesMetadata(title: title ?? id, unit: "units", kind: .level),
            observations: values.enumerated().map { i, v in
                Observation(date: ObservationDate(start + i * step), value: v, source: "Source \(id)")
            })
    }

    static let wave: [Double] = (0..<120).map { (i: Int) -> Double in
        let up = 400 * Double(i % 17), down = 90 * Double(i % 5)
        return 1_000 + up - down
    }

    /// 10 to the power `n`.
    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { acc, _ in acc * 10 } }

    /// The stress charts, each with the series it draws.
    static var charts: [(name: String, spec: ChartSpec, series: [Series])] {
        var out: [(String, ChartSpec, [Series])] = []
        let ten = (1...10).map { k in series("s\(k)", wave.map { $0 * Double(k) / 3 }) }
        out.append(("ten layers", ChartSpec(id: "ten", title: "Ten layers", layers: ten.map { LayerSpec($0.id) }), ten))
        let long = String(repeating: "A title that goes on and on about the estimates ", count: 5)
        var longSpec = ChartSpec(
            id: "long", title: long, subtitle: long + long, note: long, layers: [LayerSpec(try! SeriesID("s1"), label: long)])
        longSpec.source = .text(long)
        out.append(("long texts", longSpec, [ten[0]]))
        let negatives = series("neg", (0..<24).map { (i: Int) -> Double in Double((i * 37) % 800) - 500 }, step: 30)
        let positives = series("pos", (0..<24).map { (i: Int) -> Double in Double((i * 53) % 300) }, step: 30)
        out.append(
            (
                "negative bars",
                ChartSpec(
                    id: "neg", title: "Gains and losses",
                    layers: [LayerSpec(negatives.id, mark: .bar), LayerSpec(positives.id, mark: .bar)]), [negatives, positives]
            ))
        let huge = series(
            "huge", (0..<60).map { (i: Int) -> Double in 1.5 * Double(sign: .plus, exponent: 0, significand: 1) * pow10(i % 13) })
        out.append(
            (
                "tiny to huge on a log axis",
                ChartSpec(id: "huge", title: "From one to a trillion", y: .init(log: true), layers: [LayerSpec(huge.id)]), [huge]
            ))
        let tiny = series("tiny", (0..<60).map { (i: Int) -> Double in 0.000_001 * Double(1 + i % 7) })
        out.append(("tiny values", ChartSpec(id: "tiny", title: "Millionths", layers: [LayerSpec(tiny.id)]), [tiny]))
        let one = series("one", [11_000])
        out.append(
            ("a single point", ChartSpec(id: "one", title: "One estimate", layers: [LayerSpec(one.id, mark: .points)]), [one]))
        let three = series("three", [10, 12, 11])
        out.append(("three days", ChartSpec(id: "three", title: "Three days", layers: [LayerSpec(three.id)]), [three]))
        let fifty = series(
            "fifty", (0..<51).map { (i: Int) -> Double in 100 + Double(i * i) }, start: Day(year: 1975, month: 1, day: 1)!,
            step: 365)
        out.append(("fifty years", ChartSpec(id: "fifty", title: "Fifty years", layers: [LayerSpec(fifty.id)]), [fifty]))
        for (script, title) in [
            ("Ukrainian", "Втрати російських військ за даними Генерального штабу ЗСУ"),
            ("Korean", "러시아에 파병된 북한군 병력 추정치"),
            ("Arabic", "القوات الكورية الشمالية في روسيا حسب التقديرات"),
        ] {
            out.append((script, ChartSpec(id: "script", title: title, subtitle: title, layers: [LayerSpec(ten[1].id)]), [ten[1]]))
        }
        return out
    }

    @Test(arguments: charts.map(\.name))
    func layoutHoldsAtEverySizeInBothThemes(_ name: String) throws {
        let (_, base, series) = try #require(Self.charts.first { $0.name == name })
        for (width, height) in Self.sizes {
            for theme in ChartSpec.Theme.allCases {
                var spec = base
                (spec.width, spec.height, spec.theme) = (width, height, theme)
                let scene = try ChartBuilder(measure: FixedMetrics(), configPath: nil).build(spec, series: series).scene
                let at = "\(name) at \(width)x\(height), \(theme)"
                #expect(SceneAudit.problems(in: scene) == [], "\(at)")
                // Layers look different: no two share colour and dash.
                let styles = scene.layers.map { "\($0.color) \($0.dash)" }
                #expect(Set(styles).count == styles.count, "\(at)")
                // Bars never overlap one another.
                let bars = scene.marks.filter { $0.kind == .bar }.map(\.box)
                for (i, a) in bars.enumerated() {
                    for b in bars[(i + 1)...] {
                        let overlap = min(a.maxX, b.maxX) - max(a.x, b.x)
                        let vertical = min(a.maxY, b.maxY) - max(a.y, b.y)
                        #expect(!(overlap > 0.01 && vertical > 0.01), "\(at): bars overlap: \(a) \(b)")
                    }
                }
                // Log labels: distinct, and none zero or negative.
                if spec.y.log {
                    let labels = scene.texts.filter { $0.role == .tickY }.map(\.text)
                    #expect(Set(labels).count == labels.count, "\(at): \(labels)")
                    #expect(!labels.contains { $0 == "0" || $0.hasPrefix("\u{2212}") || $0.hasPrefix("-") }, "\(at): \(labels)")
                }
            }
        }
    }
}

/// A small chart's legend keeps its entries, their names cut to two a line, before it is left out.
struct ShortLegendTests {
    @Test func namesAreCutWithAnEllipsisToTheirRoom() {
        let m = FixedMetrics(), font = Font(family: "DejaVu Sans", size: 10)
        let name = "US, Ukrainian and South Korean intelligence"
        let cut = Legend.cut(name, to: 100, font: font, measure: m)
        #expect(cut.hasSuffix("…") && name.hasPrefix(String(cut.dropLast())))
        #expect(m.measure(cut, font: font).width <= 100)
        #expect(Legend.cut("United States", to: 100, font: font, measure: m) == "United States")
    }
}

/// A phone-sized chart keeps its whole title and its legend, sources counted, before the legend is
/// left out; its note, left out, is said in the alternative text.
struct KeptLegendTests {
    @Test func aSixSourceChartKeepsItsLegendAt375x300() throws {
        var spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        (spec.width, spec.height) = (375, 300)
        let output = try Sample.build(spec)
        let warning = try #require(output.warnings.first { $0.message.contains("to make room") }).message
        #expect(!warning.contains("legend,") && warning.contains("note"))
        let scene = output.scene
        #expect(scene.texts.filter { $0.role == .title }.map(\.text) == ["North Korean troops in Russia"])
        #expect(scene.description.hasSuffix("Note: " + (spec.note ?? "")))
        // One entry per layer, each its layer's name or a cut of it.
        let names = scene.texts.filter { $0.role == .legend }.map(\.text)
        #expect(names.count == scene.layers.count)
        for (name, layer) in zip(names, scene.layers) {
            #expect(name == layer.label || (name.hasSuffix("…") && layer.label.hasPrefix(name.dropLast())), "\(name)")
        }
        // The sources are counted, the data's date kept.
        let source = scene.texts.filter { $0.role == .source }.map(\.text).joined(separator: " ")
        #expect(source == "Sources: US Department of Defense and 4 more · Latest data: 27\u{A0}Mar\u{A0}2025")
        #expect(layoutProblems(scene) == [])
    }
}

/// A chart with no room for its legend names what it can of its layers in the plot.
struct NamesInPlotTests {
    @Test func aTinyChartNamesItsSourcesBesideTheirPoints() throws {
        var spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        (spec.width, spec.height) = (320, 240)
        let output = try Sample.build(spec)
        #expect(output.warnings.contains { $0.message.contains("legend,") || $0.message.contains("legend ") })
        let scene = output.scene
        let names = scene.texts.filter { $0.role == .legend }
        #expect(!names.isEmpty)
        // Each name is a layer's, in that layer's colour.
        for name in names {
            let layer = try #require(scene.layers.first { $0.label == name.text })
            #expect(name.color == layer.color.adjusted(toContrast: 4.5, on: scene.background))
        }
        #expect(layoutProblems(scene) == [])
    }
}
