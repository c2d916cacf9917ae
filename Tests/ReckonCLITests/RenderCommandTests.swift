import Foundation
import Testing

/// `reckon render` and `reckon plot` on a copy of the sample workspace.
@Suite(.serialized)
struct RenderCommandTests {
    /// A temporary copy of the repository's workspace (series and reckon.yaml).
    static func sampleCopy() throws -> String {
        let folder = try CLI.temporaryFolder()
        let fm = FileManager.default
        try fm.copyItem(atPath: CLI.repository.appendingPathComponent("Series").path, toPath: folder + "/Series")
        try fm.copyItem(atPath: CLI.repository.appendingPathComponent("reckon.yaml").path, toPath: folder + "/reckon.yaml")
        try fm.copyItem(atPath: CLI.repository.appendingPathComponent("Reports").path, toPath: folder + "/Reports")
        try fm.createDirectory(atPath: folder + "/Output", withIntermediateDirectories: true)
        return folder
    }

    @Test func renderAllWritesEveryChartInItsFormatsQuietly() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/Output").sorted()
        // Each chart in its formats, and in PNG and SVG at the sample's other sizes and in its dark theme.
        let formats = [
            "nk-troops": ["png", "svg", "csv"], "drones-daily": ["png", "svg", "csv"],
            "drones-monthly": ["png", "svg", "pdf", "csv"], "personnel-trend": ["png", "svg", "csv"],
            "losses-monthly": ["png", "svg", "csv"], "totals-log": ["png", "svg", "csv"],
            "troops-by-source": ["png", "svg", "csv"],
        ]
        var expected = ["archive", "brief.md", "feed.xml", "index.html", "index.md", "reckon-manifest.json"]
        for (chart, own) in formats {
            expected += own.map { "\(chart).\($0)" }
            for suffix in [".375", ".640", ".dark", ".375.dark", ".640.dark"] {
                expected += ["\(chart)\(suffix).png", "\(chart)\(suffix).svg"]
            }
        }
        #expect(files == expected.sorted())
        // Not a terminal: a successful run prints nothing, and warns only of the value labels the
        // phone-sized troop charts have no room for.
        #expect(r.stdout.isEmpty)
        let warnings = r.stderr.split(separator: "\n")
        #expect(!warnings.isEmpty, "\(r.stderr)")
        for w in warnings {
            #expect(w.contains("chart 'nk-troops' at ") && w.contains("with no free spot"), "\(w)")
        }
        let verbose = try CLI.run(["render", "--all", "--verbose"], in: ws)
        #expect(verbose.stdout == "0 rendered, 8 unchanged, 0 failed\n")
    }

    /// The same chart gives the same bytes from another process, alone or after other charts.
    @Test func outputIsTheSameBytesInEveryProcess() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all", "--formats", "png,svg,pdf"], in: ws).status == 0)
        let first = try ["png", "svg", "pdf"].map {
            try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/drones-monthly.\($0)"))
        }
        #expect(
            try CLI.run(["render", "drones-monthly", "--formats", "png,svg,pdf", "--force", "--jobs", "1"], in: ws).status == 0)
        let second = try ["png", "svg", "pdf"].map {
            try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/drones-monthly.\($0)"))
        }
        #expect(first == second)
    }

    /// `plot` reaches notes, small multiples and locales, as charts in `reckon.yaml` do.
    @Test func plotTakesNotesPanelsAndALocale() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(
            [
                "plot", "nk-troops-in-russia", "--by", "source", "--consensus", "--facet", "source", "--locale", "de",
                "--annotation", "2025-03-27@11000=JCS", "--annotation", "2025-01-01/2025-02-28=Winter",
                "--annotation", "@10000=Ten thousand", "--annotation", "2024-11-04=DIU", "-o", "t.scene.json",
            ], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        let scene = try String(contentsOfFile: ws + "/t.scene.json", encoding: .utf8)
        #expect(scene.components(separatedBy: "\"role\":\"panel\"").count - 1 == 5)
        #expect(scene.contains("\"locale\":\"de\"") && scene.contains("\"text\":\"10.000\""))
        for note in ["JCS", "Winter", "Ten thousand", "DIU"] {
            #expect(scene.components(separatedBy: "\"text\":\"\(note)\"").count - 1 == 5, "\(note)")
        }
        for (note, message) in [
            ("2025-03-27@=x", "error: --annotation: '' is not a number"),
            ("2025-02-28/2025-01-01=x", "error: --annotation '2025-02-28/2025-01-01=x': the period ends before it starts"),
            ("somewhere", "error: --annotation 'somewhere': write DAY=TEXT, FROM/TO=TEXT, @VALUE=TEXT or DAY@VALUE=TEXT"),
        ] {
            let bad = try CLI.run(["plot", "nk-troops-in-russia", "--annotation", note, "-o", "x.png"], in: ws)
            #expect(bad.status == 64 && bad.stderr.hasPrefix(message), "\(bad.stderr)")
        }
        let locale = try CLI.run(["plot", "nk-troops-in-russia", "--locale", "xx-nowhere", "-o", "x.png"], in: ws)
        #expect(locale.status == 64 && locale.stderr.contains("'xx-nowhere' is not a locale"))
        #expect(!FileManager.default.fileExists(atPath: ws + "/x.png"))
    }

    @Test func plotDrawsASeriesWithoutASpec() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(
            [
                "plot", "ru-drones-downed", "--diff", "--rolling", "7", "-o", "drones.svg", "--title",
                "Drones downed, 7-day mean",
                "--width", "800", "--height", "450",
            ], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "drones.svg\n")
        let svg = try String(contentsOfFile: ws + "/drones.svg", encoding: .utf8)
        #expect(svg.contains("<title>Drones downed, 7-day mean</title>"))
        #expect(svg.contains("width=\"800px\"") || svg.contains("width=\"800\""))
        // Reduced to the pixel columns, the daily line stays small.
        #expect(svg.utf8.count < 200_000)
    }

    @Test(arguments: [
        (["render"], Int32(64), "Error: name the charts to render, or give --all"),
        (
            ["render", "nope"], 64,
            "error: no chart 'nope' in reckon.yaml (charts: nk-troops, drones-daily, drones-monthly, personnel-trend, losses-monthly, totals-log, troops-by-source)"
        ),
        (
            ["render", "--all", "--formats", "gif"], 64,
            "error: --formats: unknown value 'gif' (expected png, svg, pdf, scene, csv)"
        ),
        (
            ["plot", "ru-drones-downed", "-o", "x.jpg"], 64,
            "error: -o x.jpg: the file name must end in .png, .svg, .pdf or .scene.json"
        ),
        (
            ["plot", "ru-drones-downed", "--cumulative"], 64,
            "error: layer 'ru-drones-downed': --cumulative adds up counts; 'ru-drones-downed' is a cumulative series (use --diff to get its counts)"
        ),
    ])
    func failures(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(arguments, in: ws)
        #expect(r.status == status)
        #expect(r.stderr.split(separator: "\n").first.map(String.init) == message)
    }

    /// A character no installed font has is one warning per chart that has it; --strict fails that chart.
    @Test func aMissingCharacterIsOneWarningPerChartAndAnErrorWithStrict() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let config = ws + "/reckon.yaml"
        let yaml = try String(contentsOfFile: config, encoding: .utf8)
        try yaml.replacingOccurrences(
            of: "title: North Korean troops in Russia\n", with: "title: North Korean troops 𓀀 in Russia 𓀁\n"
        )
        .write(toFile: config, atomically: true, encoding: .utf8)
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(r.status == 0)
        // Measured at three sizes in two themes, the title still gives one line, for its chart alone.
        #expect(
            r.stderr.split(separator: "\n").filter { $0.contains("no installed font") } == [
                "warning: chart 'nk-troops': no installed font has '𓀀' (U+13000), '𓀁' (U+13001); they are drawn as boxes (install a font that has them)"
            ])
        let before = try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/nk-troops.png"))
        try yaml.replacingOccurrences(
            of: "title: North Korean troops in Russia\n", with: "title: North Korean troops 𓀀 in Russia 𓀂\n"
        )
        .write(toFile: config, atomically: true, encoding: .utf8)
        let strict = try CLI.run(["render", "--all", "--strict"], in: ws)
        #expect(strict.status == 65)
        #expect(
            strict.stderr.contains("reckon.yaml: error: chart 'nk-troops': no installed font has '𓀀' (U+13000), '𓀂' (U+13002)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/nk-troops.png")) == before)
    }

    /// The sample's `defaults: sizes: [375x300, 640]` and a chart 640 pixels wide: the chart is drawn
    /// at its own width and at 375, and the run goes on.
    @Test func aDefaultSizeAtAChartsOwnWidthIsSkippedNotFatal() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let config = ws + "/reckon.yaml"
        let yaml = try String(contentsOfFile: config, encoding: .utf8)
        let chart = "  - id: drones-monthly\n"
        #expect(yaml.contains("  sizes: [375x300, 640]\n") && yaml.contains(chart))
        try yaml.replacingOccurrences(of: chart, with: chart + "    width: 640\n    height: 400\n").write(
            toFile: config, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check"], in: ws).status == 0)
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/Output").filter {
            $0.hasPrefix("drones-monthly.") && $0.hasSuffix(".png")
        }
        #expect(
            files.sorted() == [
                "drones-monthly.375.dark.png", "drones-monthly.375.png", "drones-monthly.dark.png", "drones-monthly.png",
            ])
        let png = try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/drones-monthly.png"))
        // The PNG's width, big-endian at bytes 16 to 19 of its header: the chart's own 640.
        #expect(png[16..<20].reduce(0) { $0 << 8 | Int($1) } == 640)
    }

    /// The sample's drones and personnel stand side by side under a named axis; stacked, their total
    /// would mean nothing, and `check` and `render` refuse it where the file asks for it.
    @Test func stackingDronesOnPeopleIsRefusedWithItsPlace() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let config = ws + "/reckon.yaml"
        let yaml = try String(contentsOfFile: config, encoding: .utf8)
        let chart = "  - id: losses-monthly\n"
        #expect(yaml.contains(chart))
        try yaml.replacingOccurrences(of: chart, with: chart + "    stack: true\n").write(
            toFile: config, atomically: true, encoding: .utf8)
        // The line of `stack: true`: the one after the chart's first.
        let line = try #require(yaml.components(separatedBy: "\n").firstIndex(of: "  - id: losses-monthly")) + 2
        let expected =
            "reckon.yaml:\(line):12: error: stacked bars add up, but layer 'ru-drones-downed' is in drones and layer 'ru-personnel-losses' in personnel: their total means nothing, whatever 'y.label' says; leave out 'stack' to stand them side by side\n"
        for command in [["check"], ["render", "--all"]] {
            let r = try CLI.run(command, in: ws)
            #expect(r.status == 65, "\(command)")
            #expect(r.stderr == expected, "\(command)")
        }
    }

    @Test func checkReportsChartSpecErrorsWithTheirLines() throws {
        let ws = try RenderCommandTests.sampleCopy()
        try "charts:\n  - id: a\n    layers:\n      - series: nk-troops-in-russia\n        mark: pie\n".write(
            toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], in: ws)
        #expect(r.status == 65)
        #expect(r.stderr == "reckon.yaml:5:15: error: 'mark' must be one of line, step, area, bar, points, band, range\n")
    }
}
