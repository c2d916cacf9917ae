import ReckonAnalysis
import ReckonChart
import ReckonModel
import Testing

struct ChartConfigTests {
    let kinds: [SeriesID: SeriesKind] = [
        try! SeriesID("troops"): .level, try! SeriesID("drones"): .cumulative, try! SeriesID("sent"): .count,
    ]

    @Test func readsEverySetting() throws {
        let yaml = """
            defaults:
              theme: dark
              width: 800
            charts:
              - id: drones
                title: Drones downed
                subtitle: Daily
                note: A note
                source: General Staff
                alt: Custom alt
                height: 450
                scale: 2
                formats: [png, pdf]
                font: DejaVu Serif
                legend: top
                x: {last: 18m}
                y: {min: 0, max: 3000, label: drones, format: compact, zero: true}
                layers:
                  - {series: drones, diff: true, rolling: 7, mark: line, label: 7-day mean, color: "#112233", dash: true}
                  - {series: drones, trend: linear, project: 90d, from: 2026-01-01}
                annotations:
                  - {date: 2025-03-27, label: Report}
                  - {from: 2025-01-01, to: 2025-02-28, label: Reinforcements}
                  - {value: 1000, label: One thousand}
            """
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.isEmpty)
        let c = try #require(charts.first)
        #expect(c.id == "drones" && c.title == "Drones downed" && c.subtitle == "Daily" && c.note == "A note")
        #expect(c.source == .text("General Staff") && c.alt == "Custom alt")
        #expect(c.theme == .dark && c.width == 800 && c.height == 450 && c.scale == 2)
        #expect(c.formats == [.png, .pdf] && c.font == "DejaVu Serif" && c.legend == .top)
        #expect(c.x.last == CalendarSpan(count: 18, unit: .m))
        #expect(c.y.min == 0 && c.y.max == 3000 && c.y.label == "drones" && c.y.format == .compact && c.y.zero == true)
        #expect(c.layers.count == 2)
        #expect(
            c.layers[0].query.diff && c.layers[0].query.rolling == 7 && c.layers[0].dash
                && c.layers[0].color == Color(hex: "#112233"))
        #expect(c.layers[1].trend == .linear && c.layers[1].project == CalendarSpan(count: 90, unit: .d))
        #expect(c.annotations.count == 3)
    }

    /// Each bad spec and the diagnostic it must produce, with its line and column.
    @Test(arguments: [
        (
            "charts:\n  - id: a\n    titel: x\n    layers: [{series: troops}]\n",
            "reckon.yaml:3:5: error: unknown key 'titel'; did you mean 'title'? (keys: id, title, subtitle, note, source, alt, width, height, scale, theme, formats, font, x, y, layers, annotations, legend, stack, highlight, svg, sizes, themes, archive, locale, facet)"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - series: nope\n",
            "reckon.yaml:4:17: error: unknown series 'nope' (no Series/nope.csv)"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: sent, diff: true}\n",
            "reckon.yaml:4:30: error: 'diff' turns a level or cumulative series into counts; 'sent' is already a count"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: sent, every: month, stat: end}\n",
            "reckon.yaml:4:44: error: 'stat: end' takes the value at each period's end, which a count does not have; use sum, or 'cumulative' first"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: troops, every: fortnight}\n",
            "reckon.yaml:4:33: error: 'every': unknown value 'fortnight' (expected day, week, month, quarter, year)"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: troops, from: 2025-03-01, to: 2025-01-01}\n",
            "reckon.yaml:4:48: error: 'to' 2025-01-01 is before 'from' 2025-03-01"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: troops, diff: true, cumulative: true}\n",
            "reckon.yaml:4:50: error: 'diff' and 'cumulative' undo each other; give one"
        ),
        (
            "charts:\n  - id: a\n    layers:\n      - {series: troops, mark: pie}\n",
            "reckon.yaml:4:32: error: 'mark' must be one of line, step, area, bar, points, band, range"
        ),
        (
            "charts:\n  - id: a\n    layers: [{series: troops}]\n  - id: a\n    layers: [{series: troops}]\n",
            "reckon.yaml:4:9: error: chart id 'a' is used twice (first on line 2)"
        ),
        (
            "charts:\n  - id: A b\n    layers: [{series: troops}]\n",
            "reckon.yaml:2:9: error: chart id 'A b' must be 1 to 64 of a-z, 0-9 and '-'"
        ),
        (
            "charts:\n  - id: a\n    y: {log: true}\n    layers: [{series: sent, mark: bar}]\n",
            "reckon.yaml:3:8: error: bars and areas need a linear axis from zero; 'log' cannot be used with them"
        ),
        (
            "charts:\n  - id: a\n    layers: [{series: troops, project: 90d}]\n",
            "reckon.yaml:3:40: error: 'project' needs a 'trend'"
        ),
        (
            "charts:\n  - id: a\n    width: 10\n    layers: [{series: troops}]\n",
            "reckon.yaml:3:12: error: 'width' must be a whole number from 160 to 8000"
        ),
        ("charts:\n  - id: a\n", "reckon.yaml:2:5: error: chart 'a' has no 'layers'"),
        (
            "charts:\n  - id: a\n    annotations: [{date: 2025-02-30}]\n    layers: [{series: troops}]\n",
            "reckon.yaml:3:26: error: 'date': '2025-02-30' is not a date: February 2025 has 28 days"
        ),
        ("charts: [\n", "reckon.yaml:2:1: error: invalid YAML: did not find expected node content"),
        (
            "charts:\n  - id: a\n    layers: [{series: troops, by: who}]\n",
            "reckon.yaml:3:35: error: 'by' must be one of source"
        ),
        (
            "charts:\n  - id: a\n    layers: [{series: troops, consensus: true}]\n",
            "reckon.yaml:3:42: error: 'consensus' needs 'by: source'"
        ),
        (
            "charts:\n  - id: a\n    layers: [{series: troops, by: source, source: X}]\n",
            "reckon.yaml:3:35: error: 'by: source' shows every source; leave out 'source'"
        ),
        (
            "charts:\n  - id: a\n    layers: [{series: troops, include-incomplete: true}]\n",
            "reckon.yaml:3:51: error: 'include-incomplete' is for trend layers, which leave incomplete periods out"
        ),
    ])
    func badSpecs(_ yaml: String, _ expected: String) {
        let (_, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.map(\.description) == [expected])
    }

    @Test func sizesThemesAndArchive() throws {
        let yaml = """
            defaults:
              themes: [light, dark]
              archive: true
            charts:
              - id: a
                width: 1000
                height: 500
                sizes: [640, 375x300]
                layers: [{series: troops}]
              - id: b
                theme: dark
                layers: [{series: troops}]
            """
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.isEmpty)
        let a = try #require(charts.first), b = try #require(charts.last)
        #expect(a.sizes == [ChartSpec.Size(width: 640), ChartSpec.Size(width: 375, height: 300)] && a.archive)
        // 640 keeps the chart's 2:1 proportions; a chart's own `theme` replaces the default `themes`.
        #expect(a.renderings.map(\.suffix) == ["", ".640", ".375", ".dark", ".640.dark", ".375.dark"])
        #expect(a.renderings[1].height == 320 && a.theme == .light)
        #expect(b.themes.isEmpty && b.theme == .dark && b.renderings.map(\.suffix) == [""])
    }

    /// A size under `defaults:` that is some chart's own width is skipped for that chart, which is
    /// drawn at that width already; the other charts keep it.
    @Test func aDefaultSizeAtAChartsOwnWidthIsSkippedForThatChart() throws {
        let yaml = """
            defaults:
              sizes: [375x300, 640]
            charts:
              - id: narrow
                width: 640
                height: 400
                layers: [{series: troops}]
              - id: wide
                layers: [{series: troops}]
            """
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        #expect(diagnostics.isEmpty)
        let narrow = try #require(charts.first), wide = try #require(charts.last)
        #expect(narrow.sizes == [ChartSpec.Size(width: 375, height: 300)])
        #expect(narrow.renderings.map(\.suffix) == ["", ".375"] && narrow.renderings[0].width == 640)
        #expect(wide.sizes == [ChartSpec.Size(width: 375, height: 300), ChartSpec.Size(width: 640)])
    }

    @Test(arguments: [
        ("sizes: [640, 640]", "4:18: error: 'sizes': the width 640 is given twice"),
        ("sizes: [100]", "4:13: error: 'sizes' must be widths (160 to 8000) or WIDTHxHEIGHT (such as 375x300)"),
        ("sizes: [375x50]", "4:13: error: 'sizes' must be widths (160 to 8000) or WIDTHxHEIGHT (such as 375x300)"),
        ("sizes: [1200]", "4:12: error: 'sizes': 1200 is the chart's own width"),
        ("sizes: [200, 300, 400, 500, 600, 700, 800]", "4:12: error: 'sizes' holds at most 6 sizes (here 7)"),
        ("themes: [dark, dark]", "4:20: error: 'themes': 'dark' is given twice"),
        ("themes: [dim]", "4:14: error: 'themes' must be one of light, dark"),
        ("{theme: dark, themes: [light, dark]}", ""),
        ("archive: sometimes", "4:14: error: 'archive' must be true or false"),
    ])
    func badRenderings(_ setting: String, _ expected: String) {
        let yaml =
            setting.hasPrefix("{")
            ? "charts:\n  - id: a\n    layers: [{series: troops}]\n    theme: dark\n    themes: [light, dark]\n"
            : "charts:\n  - id: a\n    layers: [{series: troops}]\n    \(setting)\n"
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds)
        let message = expected.isEmpty ? "reckon.yaml:5:13: error: give 'theme' or 'themes', not both" : "reckon.yaml:" + expected
        #expect(charts.isEmpty)
        #expect(diagnostics.map(\.description) == [message])
    }

    /// Stacked bars are read by their total: layers in different units cannot be stacked, whatever
    /// `y.label` names the axis; side by side, or in units that agree, they can.
    @Test func stackingDifferentUnitsIsRefusedWhereTheStackIsAsked() throws {
        let units = [try SeriesID("drones"): "drones", try SeriesID("sent"): "troops", try SeriesID("troops"): "troops"]
        func chart(_ settings: String, _ second: String = "sent") -> [String] {
            let yaml = """
                charts:
                  - id: a
                    y: {label: per month}
                    \(settings)
                    layers:
                      - {series: drones, diff: true, every: month, mark: bar}
                      - {series: \(second), every: month, stat: sum, mark: bar}
                """
            return ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds, units: units).diagnostics.map(\.description)
        }
        let refused =
            "error: stacked bars add up, but layer 'drones' is in drones and layer 'sent' in troops: their total means nothing, whatever 'y.label' says; leave out 'stack' to stand them side by side"
        #expect(chart("stack: true") == ["reckon.yaml:4:12: " + refused])
        #expect(chart("stack: false").isEmpty)
        // Each series in a panel of its own stacks nothing across units.
        #expect(chart("stack: true\n    facet: series").isEmpty)
        // Panels by source share the layers of no one source, and stack them.
        #expect(chart("stack: true\n    facet: source") == ["reckon.yaml:4:12: " + refused])
        // A stack from `defaults:` is refused at the chart's layers.
        let inherited = """
            defaults: {stack: true}
            charts:
              - id: a
                y: {label: per month}
                layers:
                  - {series: drones, diff: true, every: month, mark: bar}
                  - {series: sent, every: month, stat: sum, mark: bar}
            """
        let diagnostics = ChartConfig.parse(inherited, path: "reckon.yaml", series: kinds, units: units).diagnostics
        #expect(diagnostics.map(\.description) == ["reckon.yaml:6:7: " + refused])
        // Without the units (no sidecar names them) nothing is known to differ.
        let unknown = ChartConfig.parse(inherited, path: "reckon.yaml", series: kinds).diagnostics
        #expect(unknown.isEmpty)
    }

    @Test func stackingLayersOfOneUnitIsAllowed() throws {
        let units = [try SeriesID("sent"): "troops", try SeriesID("troops"): "troops"]
        let yaml = """
            charts:
              - id: a
                stack: true
                layers:
                  - {series: troops, every: month, stat: end, mark: bar}
                  - {series: sent, every: month, stat: sum, mark: bar}
            """
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: kinds, units: units)
        #expect(diagnostics.isEmpty)
        #expect(charts.first?.stack == true)
    }

    @Test func theSampleWorkspaceIsValid() throws {
        let charts = try Sample.charts()
        #expect(
            charts.map(\.id) == [
                "nk-troops", "drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log",
                "troops-by-source",
            ])
    }

    @Test func durations() {
        let day = Day(year: 2025, month: 3, day: 31)!
        #expect(CalendarSpan.parse("90d")!.after(day).description == "2025-06-29")
        #expect(CalendarSpan.parse("1m")!.before(day).description == "2025-02-28")
        #expect(CalendarSpan.parse("2y")!.after(day).description == "2027-03-31")
        #expect(CalendarSpan.parse("3w")!.before(day).description == "2025-03-10")
        #expect(CalendarSpan.parse("0d") == nil && CalendarSpan.parse("5x") == nil)
    }
}

struct ReadmeChartExampleTests {
    /// The chart spec the README shows is valid as written.
    @Test func theReadmeExampleParses() throws {
        let readme = try String(contentsOfFile: Sample.repository + "/README.md", encoding: .utf8)
        let marker = try #require(readme.range(of: "A chart in `reckon.yaml`:"))
        let open = try #require(readme.range(of: "```yaml\n", range: marker.upperBound..<readme.endIndex))
        let close = try #require(readme.range(of: "```", range: open.upperBound..<readme.endIndex))
        let yaml = String(readme[open.upperBound..<close.lowerBound])
        let (charts, diagnostics) = ChartConfig.parse(
            yaml, path: "README.md", series: [try SeriesID("nk-troops-in-russia"): .level])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let chart = try #require(charts.first)
        #expect(chart.layers.count == 2 && chart.annotations.count == 4 && chart.alt == nil && chart.scale == 2)
        #expect(chart.themes == [.light, .dark] && chart.archive && chart.svg == .cairo)
        // Every rendering it asks for is laid out cleanly: 1200x675, 375x300 and 640x360, light and dark.
        #expect(chart.renderings.count == 6)
        for rendering in chart.renderings {
            let built = try Sample.build(chart.drawn(as: rendering))
            #expect(built.scene.width == Double(rendering.width) && built.scene.height == Double(rendering.height))
            #expect(layoutProblems(built.scene) == [], "\(rendering.suffix)")
        }
    }
}

struct DurationTests {
    @Test(arguments: [("90d", 90), ("36525d", 36525), ("100y", 100), ("1200m", 1200), ("5218w", 5218)])
    func readsDurationsUpToACentury(_ text: String, _ count: Int) {
        #expect(CalendarSpan.parse(text)?.count == count)
    }

    @Test(arguments: ["36526d", "101y", "1201m", "5219w", "99999999999d", "0d", "-3d", "d", "3x"])
    func refusesLongerOrMalformedDurations(_ text: String) {
        #expect(CalendarSpan.parse(text) == nil)
    }

    @Test func shiftsStopAtTheCalendarsEnds() {
        let late = Day(year: 9990, month: 6, day: 15)!
        #expect(CalendarSpan(count: 100, unit: .y).after(late) == Day.latest)
        #expect(CalendarSpan(count: 36525, unit: .d).after(late) == Day.latest)
        #expect(CalendarSpan(count: 100, unit: .y).before(Day(year: 50, month: 1, day: 1)!) == Day.earliest)
    }
}
