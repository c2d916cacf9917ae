import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile and extreme input: no command traps or hangs, every fault gets its status, and a failed
/// command changes no file. One test per class of the hardening review.
@Suite(.serialized)
struct HardeningTests {
    /// A new workspace whose series `s` has the file `csv` and whose reckon.yaml has `charts`.
    static func workspace(csv: String, charts: String = "") throws -> String {
        let ws = try CLI.workspace()
        try csv.write(toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        if !charts.isEmpty { try charts.write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8) }
        return ws
    }

    /// A status that is not a signal's: the process exited by itself.
    static func exitedCleanly(_ r: CLI.Run) -> Bool { r.status < 128 && !r.stderr.contains("Fatal error") }

    static let oneChart = """
        charts:
          - id: c
            layers:
              - series: s

        """

    @Test(arguments: ["1e308", "1e16", "5e-324", "1e-400"])
    func valuesOutsideTheSupportedRangeAreLocatedErrorsEverywhere(_ value: String) throws {
        let ws = try HardeningTests.workspace(
            csv: "date,value\n2025-01-01,1\n2025-01-02,\(value)\n", charts: HardeningTests.oneChart)
        let check = try CLI.run(["check"], in: ws)
        #expect(check.status == 65)
        #expect(
            check.stderr.contains(
                "Series/s.csv:3:12: error: '\(value)' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
            "\(check.stderr)")
        for args in [
            ["show", "s"], ["list"], ["query", "s", "--diff"], ["trend", "s"], ["plot", "s", "-o", "x.png"],
            ["render", "--all"],
        ] {
            let r = try CLI.run(args, in: ws)
            #expect(HardeningTests.exitedCleanly(r) && r.status == 65, "\(args): \(r.status) \(r.stderr)")
        }
        let before = try CLI.snapshot(ws)
        let add = try CLI.run(["add", "s", "2025-01-03", value], in: ws)
        #expect(add.status == 64 && add.stderr.contains("outside the supported range"), "\(add.stderr)")
        #expect(try CLI.snapshot(ws) == before)
    }

    @Test func theExtremesOfTheRangeChartAndFitWithoutTrapping() throws {
        let csv = "date,value\n2000-01-01,1e15\n2005-01-01,0\n2010-01-01,1\n2010-01-02,-1e15\n2010-01-03,1e-9\n"
        let charts = """
            charts:
              - id: c
                y: {min: -1e15, max: 1e15}
                layers:
                  - {series: s, mark: line, labels: true}
                  - {series: s, trend: linear, project: 100y}
              - id: d
                y: {log: true}
                layers:
                  - {series: s, mark: points}

            """
        let ws = try HardeningTests.workspace(csv: csv, charts: charts)
        let render = try CLI.run(["render", "--all"], in: ws)
        #expect(render.status == 0, "\(render.stderr)")
        for fit in ["linear", "theil-sen"] {
            let r = try CLI.run(["trend", "s", "--fit", fit, "--project", "9999-12-31", "--format", "json"], in: ws)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!r.stdout.contains("inf") && !r.stdout.lowercased().contains("nan"), "\(r.stdout)")
        }
        let plot = try CLI.run(["plot", "s", "-o", "tiny.png", "--mark", "points"], in: ws)
        #expect(plot.status == 0, "\(plot.stderr)")
    }

    @Test func anExponentialTrendProjectedPastTheRangeOfNumbersSaysSo() throws {
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1e-9\n2025-01-02,1e15\n")
        let table = try CLI.run(["trend", "s", "--fit", "exponential", "--project", "9999-12-31"], in: ws)
        #expect(table.status == 0 && table.stdout.contains("cannot be computed (beyond the range of numbers)"), "\(table)")
        let json = try CLI.run(["trend", "s", "--fit", "exponential", "--project", "9999-12-31", "--format", "json"], in: ws)
        #expect(json.stdout.contains("\"projected\":null"), "\(json.stdout)")
    }

    @Test(arguments: [
        ("y: {min: -1e308, max: 1e308}", "outside"), ("y: {min: 5, max: 1}", "'min' must be below 'max'"),
        ("x: {last: 99999999999d}", "'last' must be a duration"),
    ])
    func specLimitsAreLocatedErrors(_ setting: String, _ message: String) throws {
        let charts = "charts:\n  - id: c\n    \(setting)\n    layers:\n      - series: s\n"
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n", charts: charts)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 65 && check.stderr.contains("reckon.yaml:3:") && check.stderr.contains(message), "\(check.stderr)")
        let render = try CLI.run(["render", "--all"], in: ws)
        #expect(render.status == 65, "\(render.stderr)")
    }

    @Test func aProjectionOfAHundredYearsIsTheLongest() throws {
        let charts = "charts:\n  - id: c\n    layers:\n      - {series: s, trend: linear, project: 99999999999d}\n"
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n2025-02-01,2\n", charts: charts)
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(r.status == 65 && r.stderr.contains("reckon.yaml:4:") && r.stderr.contains("duration"), "\(r.stderr)")
    }

    @Test(arguments: [
        (String(repeating: "[", count: 50_000), "nest more than 64 deep"),
        ("[{\"date\": \"2025-01-01\", \"value\": 1, \"note\": \"\\uD800\\u0041\"}]", "high surrogate"),
        ("[{\"date\": \"2025-01-01\", \"value\": 1, \"value\": 2}]", "appears twice"),
        ("[{\"date\": \"2025-01-01\", \"value\": \"1\u{1}\"}]", "control character"),
    ])
    func hostileJSONIsALocatedErrorAndWritesNothing(_ json: String, _ message: String) throws {
        let ws = try CLI.workspace()
        try json.write(toFile: ws + "/in.json", atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(ws)
        let r = try CLI.run(["import", "in.json", "--series", "s"], in: ws)
        #expect(r.status == 65 && r.stderr.contains("in.json:1:") && r.stderr.contains(message), "\(r.status) \(r.stderr)")
        #expect(try CLI.snapshot(ws) == before)
    }

    @Test func aChartWhoseRendererCrashesFailsAlone() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(["render", "--all"], in: ws, environment: ["RECKON_TEST_CRASH_CHART": "nk-troops"])
        #expect(r.status == 70, "\(r.stderr)")
        #expect(r.stderr.contains("chart 'nk-troops': rendering crashed (signal 4); its previous files are kept"))
        let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/Output")
        for name in [
            "drones-daily.png", "drones-monthly.pdf", "personnel-trend.svg", "index.html", "index.md", "reckon-manifest.json",
        ] {
            #expect(files.contains(name), "\(name)")
        }
        #expect(!files.contains("nk-troops.png"))
        // The brief quotes the chart: it waited for it, and kept its previous text.
        #expect(r.stderr.contains("Reports/brief.md:13:1: error: chart 'nk-troops' failed in this run; the report waits for it"))
        // The next run renders the chart that failed and the report that waited, and only them.
        let again = try CLI.run(["render", "--all", "--format", "json"], in: ws)
        #expect(again.status == 0 && again.stdout.contains("\"rendered\":[\"nk-troops\",\"brief.md\"]"), "\(again.stdout)")
    }

    @Test func aChartWhoseRendererHangsFailsAloneAfterItsTimeout() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(
            ["render", "--all", "--timeout", "2"], in: ws, environment: ["RECKON_TEST_HANG_CHART": "drones-daily"], timeout: 60)
        #expect(r.status == 70, "\(r.stderr)")
        #expect(
            r.stderr.contains("chart 'drones-daily': rendering took longer than 2 s; its previous files are kept"), "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: ws + "/Output")
        #expect(files.contains("nk-troops.png") && files.contains("index.html") && !files.contains("drones-daily.png"))
    }

    @Test(arguments: ["chart:\n  - id: c\n", "- charts\n", "just text\n", "charts: [1, 2]\ndefaults: 3\n"])
    func anInvalidReckonYamlStopsRenderBeforeAnythingIsWritten(_ text: String) throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        try text.write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(ws + "/Output")
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(r.status == 65 && r.stderr.contains("reckon.yaml:1:"), "\(r.stderr)")
        #expect(try CLI.snapshot(ws + "/Output") == before)
    }

    @Test func yamlAliasesCannotMultiplyTheWork() throws {
        let layers = "[&x {series: s}" + String(repeating: ", *x", count: 99) + "]"
        let yaml = "defaults: {}\ncharts:\n  - id: c\n    layers: \(layers)\n"
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n", charts: yaml)
        let r = try CLI.run(["check"], in: ws, timeout: 60)
        #expect(
            r.status == 65 && r.stderr.contains("reckon.yaml:4:13: error: a chart has at most 64 layers (here 100)"),
            "\(r.stderr)")
    }

    @Test func aCommentInReckonYamlRendersNothingAgain() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let config = try String(contentsOfFile: ws + "/reckon.yaml", encoding: .utf8)
        try ("# a new comment line\n\n" + config).write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["render", "--all", "--format", "json"], in: ws)
        #expect(r.status == 0 && r.stdout.contains("\"rendered\":[]"), "\(r.stdout)")
    }

    /// The column is the control character's own.
    @Test(arguments: [("a\u{1}b", "U+0001", 16), ("a\u{1B}[31mred", "U+001B", 16), ("tab\there", "U+0009", 18)])
    func controlCharactersInTextAreLocatedErrors(_ source: String, _ code: String, _ column: Int) throws {
        let ws = try HardeningTests.workspace(
            csv: "date,value,source\n2025-01-01,1,\"\(source)\"\n", charts: HardeningTests.oneChart)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 65 && check.stderr.contains("Series/s.csv:2:\(column): error: a control character (\(code))"),
            "\(check.stderr)")
        // Nothing reaches the terminal raw, and no SVG is written from it.
        let show = try CLI.run(["show", "s"], in: ws)
        #expect(!show.stdout.contains("\u{1B}") && !show.stderr.contains("\u{1B}"))
        #expect(try CLI.run(["render", "--all"], in: ws).status == 65)
        let add = try CLI.run(["add", "t", "2025-01-01", "1", "--source", source], in: ws)
        #expect(add.status == 64 && add.stderr.contains(code), "\(add.stderr)")
        let title = try CLI.run(["add", "t", "2025-01-01", "1", "--title", source], in: ws)
        #expect(title.status == 64 && title.stderr.contains("--title"), "\(title.stderr)")
    }

    @Test func controlCharactersInChartTextAreLocatedErrors() throws {
        let charts = "charts:\n  - id: c\n    title: \"a\\x01b\"\n    layers:\n      - series: s\n"
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n", charts: charts)
        let r = try CLI.run(["render", "--all"], in: ws)
        #expect(
            r.status == 65 && r.stderr.contains("reckon.yaml:3:12: error: 'title': a control character (U+0001)"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws + "/Output/c.svg"))
    }

    @Test func invalidUTF8AndNULInTextAreLocatedErrors() throws {
        let ws = try CLI.workspace()
        var bytes = Array("date,value,source,note\n2025-01-01,1,ok,\"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)
        bytes += Array("2025-01-02,2,a".utf8) + [0] + Array("b,\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: ws + "/Series/s.csv"))
        let check = try CLI.run(["check"], in: ws)
        #expect(check.status == 65)
        #expect(check.stderr.contains("Series/s.csv:2:17: error: invalid UTF-8"), "\(check.stderr)")
        #expect(check.stderr.contains("Series/s.csv:3:15: error: a control character (U+0000)"), "\(check.stderr)")
    }

    @Test func nonRegularFilesAreRefusedWithoutBlocking() throws {
        let ws = try CLI.workspace()
        #expect(mkfifo(ws + "/Series/f.csv", 0o644) == 0)
        // The commands that report on the whole workspace exit 65 (a problem in it), the others 66.
        for (args, status) in [
            (["check"], 65), (["list"], 65), (["show", "f"], 66), (["plot", "f", "-o", "f.png"], 66),
            (["add", "f", "2025-01-01", "1"], 66),
        ] {
            let r = try CLI.run(args, in: ws, timeout: 20)
            #expect(r.status == Int32(status), "\(args): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("Series/f.csv: error: is not a regular file"), "\(args): \(r.stderr)")
        }
        unlink(ws + "/Series/f.csv")
        #expect(symlink("/dev/zero", ws + "/Series/z.csv") == 0)
        let zero = try CLI.run(["show", "z"], in: ws, timeout: 20)
        #expect(zero.status == 66, "\(zero.stderr)")
        unlink(ws + "/Series/z.csv")
        #expect(try CLI.run(["add", "g", "2025-01-01", "1"], in: ws).status == 0)
        #expect(mkfifo(ws + "/Series/g.yaml", 0o644) == 0)
        let sidecar = try CLI.run(["show", "g"], in: ws, timeout: 20)
        #expect(sidecar.status == 66, "\(sidecar.stderr)")
        unlink(ws + "/Series/g.yaml")
        unlink(ws + "/reckon.yaml")
        #expect(mkfifo(ws + "/reckon.yaml", 0o644) == 0)
        let config = try CLI.run(["render", "--all"], in: ws, timeout: 20)
        #expect(config.status == 66, "\(config.stderr)")
    }

    @Test func aSymlinkToAnotherFileDoesNotEchoIt() throws {
        let ws = try CLI.workspace()
        try "secret-first-line:with:colons\nmore\n".write(toFile: ws + "/private.txt", atomically: true, encoding: .utf8)
        #expect(symlink(ws + "/private.txt", ws + "/Series/p.csv") == 0)
        let r = try CLI.run(["check"], in: ws)
        #expect(r.status == 65 && r.stderr.contains("the first row is not a series header"), "\(r.stderr)")
        #expect(!r.stderr.contains("secret"))
    }

    @Test func plotTakesTheOutputNameAsGiven() throws {
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n2025-02-01,3\n")
        let svg = try CLI.run(["plot", "s", "-o", "a&b.svg"], in: ws)
        #expect(svg.status == 0 && svg.stdout == "a&b.svg\n", "\(svg.stderr)")
        let text = try String(contentsOfFile: ws + "/a&b.svg", encoding: .utf8)
        #expect(text.contains("id=\"a-b-") && !text.contains("id=\"a&"))
        let upper = try CLI.run(["plot", "s", "-o", "Chart.PNG"], in: ws)
        #expect(upper.status == 0 && FileManager.default.fileExists(atPath: ws + "/Chart.PNG"), "\(upper.stderr)")
        let bare = try CLI.run(["plot", "s", "-o", "png"], in: ws)
        #expect(bare.status == 64 && !FileManager.default.fileExists(atPath: ws + "/.png"))
        let missing = try CLI.run(["plot", "s", "-o", ws + "/missing/dir/x.png"], in: ws)
        #expect(missing.status == 73 && !FileManager.default.fileExists(atPath: ws + "/missing"), "\(missing.stderr)")
    }

    @Test func argumentsOutOfRangeAreUsageErrorsThatSaySo() throws {
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n2025-02-01,3\n")
        let width = try CLI.run(["plot", "s", "--width", "-1"], in: ws)
        #expect(width.status == 64 && width.stderr.contains("--width must be 160 to 8000"), "\(width.stderr)")
        let at = try CLI.run(["query", "s", "--at", ""], in: ws)
        #expect(at.status == 64 && at.stderr.contains("--at"), "\(at.stderr)")
        for (option, value) in [("--rolling", "-5"), ("--rolling", "9223372036854775807"), ("--max-gap", "0")] {
            let r = try CLI.run(["query", "s", option, value], in: ws)
            #expect(r.status == 64 && r.stderr.contains("\(option) must be 1 to"), "\(option) \(value): \(r.stderr)")
        }
    }

    @Test func plotAndQueryGiveTheSameStatusForTheSameFault() throws {
        let ws = try HardeningTests.workspace(csv: "date,value\n2025-01-01,1\n2025-02-01,3\n")
        let query = try CLI.run(["query", "s", "--cumulative", "--diff"], in: ws)
        let plot = try CLI.run(["plot", "s", "--cumulative", "--diff", "-o", "x.png"], in: ws)
        #expect(query.status == 64, "\(query.stderr)")
        #expect(plot.status == query.status, "\(plot.stderr)")
    }

    @Test func leftoverTemporaryFilesAreReportedThenRemovedByTheNextWriter() throws {
        let ws = try CLI.workspace()
        #expect(try CLI.run(["add", "s", "2025-01-01", "1"], in: ws).status == 0)
        let leftover = ws + "/Series/.s.csv.tmp-AbC123"
        try "partial".write(toFile: leftover, atomically: false, encoding: .utf8)
        try "partial".write(toFile: ws + "/Output/.c.png.tmp-XyZ789", atomically: false, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 0 && check.stderr.contains("Series/.s.csv.tmp-AbC123: warning: a temporary file left"),
            "\(check.stderr)")
        #expect(check.stderr.contains("Output/.c.png.tmp-XyZ789: warning"))
        #expect(try CLI.run(["add", "s", "2025-01-02", "2"], in: ws).status == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        #expect(!FileManager.default.fileExists(atPath: ws + "/Output/.c.png.tmp-XyZ789"))
    }

    @Test func oversizedFilesAreRefusedBeforeTheyAreRead() throws {
        let ws = try CLI.workspace()
        #expect(try CLI.run(["add", "s", "2025-01-01", "1"], in: ws).status == 0)
        let sidecar = FileManager.default.createFile(atPath: ws + "/Series/s.yaml", contents: nil)
        #expect(sidecar)
        #expect(truncate(ws + "/Series/s.yaml", 9 << 20) == 0)
        let r = try CLI.run(["show", "s"], in: ws)
        #expect(
            r.status == 65 && r.stderr.contains("Series/s.yaml: error: is 9 MiB, larger than the 8 MiB reckon reads"),
            "\(r.stderr)")
    }
}
