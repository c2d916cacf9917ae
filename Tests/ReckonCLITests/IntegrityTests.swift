import Foundation
import Testing

/// What reckon reads on behalf of a workspace stays inside it, and what it merges is what this
/// workspace rendered: one test per class of the integrity review.
@Suite(.serialized)
struct IntegrityTests {
    static let twoCharts = """
        reports:
          - Reports/r.md
        charts:
          - id: a
            formats: [png]
            width: 320
            height: 200
            layers:
              - series: s
          - id: b
            formats: [svg]
            width: 320
            height: 200
            layers:
              - series: s

        """

    /// A small workspace: series `s`, charts `a` and `b`, and the report `Reports/r.md`.
    static func workspace() throws -> String {
        let ws = try CLI.workspace()
        try "date,value,source\n2025-01-01,5,A\n2025-02-01,7,A\n".write(
            toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        try twoCharts.write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: ws + "/Reports", withIntermediateDirectories: true)
        try "Latest: {{s.latest.value}}\n".write(toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        return ws
    }

    /// A valid series file outside the workspace, so that only where it lies can make reckon refuse it.
    static func outsideSeries() throws -> String {
        let path = try CLI.temporaryFolder() + "/secret.csv"
        try "date,value\n2025-01-01,42\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aSeriesLinkedFromOutsideIsRefusedByEveryCommand() throws {
        let ws = try IntegrityTests.workspace()
        try FileManager.default.createSymbolicLink(atPath: ws + "/Series/leak.csv", withDestinationPath: try Self.outsideSeries())
        let message = "Series/leak.csv: error: is a link to a file outside the workspace"
        let check = try CLI.run(["check"], in: ws)
        #expect(check.status == 65 && check.stderr.contains(message), "\(check.stderr)")
        // `list` lists the other series and fails as a whole, as it does for any broken series.
        for (args, status) in [(["show", "leak"], 66), (["query", "leak"], 66), (["list"], 65)] as [([String], Int32)] {
            let run = try CLI.run(args, in: ws)
            #expect(run.status == status && run.stderr.contains(message), "\(args): \(run.status) \(run.stderr)")
            #expect(!run.stdout.contains("42"))
        }
    }

    @Test func aLinkThatStaysInsideTheWorkspaceIsRead() throws {
        let ws = try IntegrityTests.workspace()
        try FileManager.default.createDirectory(atPath: ws + "/Data", withIntermediateDirectories: true)
        try "date,value\n2025-01-01,42\n".write(toFile: ws + "/Data/kept.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: ws + "/Series/kept.csv", withDestinationPath: "../Data/kept.csv")
        let show = try CLI.run(["show", "kept"], in: ws)
        #expect(show.status == 0 && show.stdout.contains("42"), "\(show.stderr)")
    }

    @Test func aTemplateLinkedFromOutsideIsNeitherCheckedNorPublished() throws {
        let ws = try IntegrityTests.workspace()
        let outside = try CLI.temporaryFolder() + "/secret.md"
        try "the secret\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: ws + "/Reports/r.md")
        try FileManager.default.createSymbolicLink(atPath: ws + "/Reports/r.md", withDestinationPath: outside)
        let message = "Reports/r.md: error: is a link to a file outside the workspace"
        let check = try CLI.run(["check"], in: ws)
        #expect(check.status == 65 && check.stderr.contains(message), "\(check.stderr)")
        let render = try CLI.run(["render", "--all"], in: ws)
        #expect(render.status == 66 && render.stderr.contains(message), "\(render.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws + "/Output/r.md"))
    }

    @Test func deepSectionsAndPartialsAreLocatedErrorsNotCrashes() throws {
        let ws = try IntegrityTests.workspace()
        let deep = String(repeating: "{{#s.latest.value}}", count: 3000) + String(repeating: "{{/s.latest.value}}", count: 3000)
        try deep.write(toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        let expected = "Reports/r.md:1:\(50 * 19 + 1): error: sections nest more than 50 deep"
        for args in [["check"], ["report", "Reports/r.md"], ["render", "--all"]] {
            let run = try CLI.run(args, in: ws)
            #expect(run.status == 65 && run.stderr.contains(expected), "\(args): \(run.status) \(run.stderr)")
        }
        // The charts were still rendered, with their manifest and gallery.
        #expect(FileManager.default.fileExists(atPath: ws + "/Output/reckon-manifest.json"))
        try "a\n\n{{>part}}\n".write(toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        let partial = try CLI.run(["check"], in: ws)
        #expect(
            partial.status == 65
                && partial.stderr.contains("Reports/r.md:3:1: error: reports do not include other templates ('part')"),
            "\(partial.stderr)")
    }

    @Test func aTemplateOfManyPartialsFailsAtOnce() throws {
        let ws = try IntegrityTests.workspace()
        try String(repeating: "{{>p}}", count: 170_000).write(toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        // Killed (status 9) if it took a minute; before the limits it took minutes.
        let run = try CLI.run(["report", "Reports/r.md"], in: ws, timeout: 60)
        #expect(run.status == 65 && run.stderr.contains("Reports/r.md:1:1: error: reports do not include"), "\(run.status)")
    }

    /// The workspace rendered in two shards, `S1` and `S2`.
    static func shardedWorkspace() throws -> String {
        let ws = try IntegrityTests.workspace()
        for k in 1...2 {
            let run = try CLI.run(["render", "--all", "--shard", "\(k)/2", "--out", "S\(k)"], in: ws)
            precondition(run.status == 0, run.stderr)
        }
        return ws
    }

    /// The shard folder that holds chart `id`, and its manifest's text.
    static func shard(holding id: String, in ws: String) throws -> (folder: String, manifest: String) {
        for folder in ["S1", "S2"] {
            let text = try String(contentsOfFile: ws + "/" + folder + "/reckon-manifest.json", encoding: .utf8)
            if text.contains("\"\(id)\": {") { return (folder, text) }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    @Test func theShardsOfOneRunMerge() throws {
        let ws = try IntegrityTests.shardedWorkspace()
        let merge = try CLI.run(["render", "--merge", "S1", "S2", "--out", "M"], in: ws)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(FileManager.default.fileExists(atPath: ws + "/M/a.png") && FileManager.default.fileExists(atPath: ws + "/M/r.md"))
        let manifest = try String(contentsOfFile: ws + "/M/reckon-manifest.json", encoding: .utf8)
        #expect(!manifest.contains("\"shard\""))
    }

    @Test func mergeRefusesALinkOutOfAShard() throws {
        let ws = try IntegrityTests.shardedWorkspace()
        let (folder, _) = try IntegrityTests.shard(holding: "a", in: ws)
        let outside = try CLI.temporaryFolder() + "/secret.png"
        try "secret".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: ws + "/\(folder)/a.png")
        try FileManager.default.createSymbolicLink(atPath: ws + "/\(folder)/a.png", withDestinationPath: outside)
        let merge = try CLI.run(["render", "--merge", "S1", "S2", "--out", "M"], in: ws)
        #expect(
            merge.status == 66 && merge.stderr.contains("\(folder)/a.png: error: is a link to a file outside the shard's folder"),
            "\(merge.stderr)")
        let published = try? String(contentsOfFile: ws + "/M/a.png", encoding: .utf8)
        #expect(published != "secret")
    }

    @Test(arguments: ["a.d/../../../escaped.txt", "a.png/../../escaped.txt", "a.html"])
    func mergeRefusesNamesTheChartDoesNotMake(_ name: String) throws {
        let ws = try IntegrityTests.shardedWorkspace()
        let (folder, manifest) = try IntegrityTests.shard(holding: "a", in: ws)
        let hash = try #require(manifest.firstMatch(of: /"a\.png":"([0-9a-f]+)"/)?.1)
        let forged = manifest.replacingOccurrences(of: "\"outputs\": {", with: "\"outputs\": {\"\(name)\":\"\(hash)\",")
        try forged.write(toFile: ws + "/\(folder)/reckon-manifest.json", atomically: true, encoding: .utf8)
        try "escaped".write(toFile: ws + "/\(folder)/escaped.txt", atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(ws)
        let merge = try CLI.run(["render", "--merge", "S1", "S2", "--out", "M"], in: ws)
        #expect(
            merge.status == 65
                && merge.stderr.contains("\(folder)/reckon-manifest.json: error: '\(name)' is not a file of chart 'a'"),
            "\(merge.stderr)")
        #expect(try CLI.snapshot(ws) == before)
        #expect(!FileManager.default.fileExists(atPath: ws + "/../escaped.txt"))
    }

    @Test func mergeRefusesShardsOfOtherData() throws {
        let ws = try IntegrityTests.shardedWorkspace()
        try "date,value,source\n2025-01-01,5,A\n2025-02-01,8,A\n".write(
            toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        let merge = try CLI.run(["render", "--merge", "S1", "S2", "--out", "M"], in: ws)
        #expect(merge.status == 65 && merge.stderr.contains("was rendered from other inputs"), "\(merge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: ws + "/M"))
    }

    @Test func mergeRefusesMissingRepeatedAndForeignShards() throws {
        let ws = try IntegrityTests.shardedWorkspace()
        let missing = try CLI.run(["render", "--merge", "S1", "--out", "M"], in: ws)
        #expect(missing.status == 65 && missing.stderr.contains("shard 2/2 missing: merge every shard"), "\(missing.stderr)")
        let twice = try CLI.run(["render", "--merge", "S1", "S1", "S2", "--out", "M"], in: ws)
        #expect(twice.status == 65 && twice.stderr.contains("shard 1/2 is S1 too: merge each shard once"), "\(twice.stderr)")
        #expect(try CLI.run(["render", "--all", "--out", "Whole"], in: ws).status == 0)
        let whole = try CLI.run(["render", "--merge", "Whole", "--out", "M"], in: ws)
        #expect(whole.status == 65 && whole.stderr.contains("not a shard's output"), "\(whole.stderr)")
        let file = try CLI.run(["render", "--merge", "reckon.yaml", "--out", "M"], in: ws)
        #expect(file.status == 66 && file.stderr.contains("reckon.yaml: error: no such folder"), "\(file.stderr)")
    }

    @Test func unsafeLinksAreNotPublishedAndFormulasAreNeutralised() throws {
        let ws = try IntegrityTests.workspace()
        try """
        date,value,source,url
        2025-01-01,5,=HYPERLINK("http://x"),https://example.org/a
        2025-02-01,7,@A,javascript:alert(4)

        """.write(toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        try "{{#s.latest.url}}[source]({{s.latest.url}}){{/s.latest.url}}{{^s.latest.url}}no link{{/s.latest.url}}\n".write(
            toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 0
                && check.stderr.contains(
                    "Series/s.csv:3:1: warning: the url 'javascript:alert(4)' is not an http, https or mailto address"),
            "\(check.stderr)")
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let report = try String(contentsOfFile: ws + "/Output/r.md", encoding: .utf8)
        #expect(report == "no link\n")
        let data = try String(contentsOfFile: ws + "/Output/a.csv", encoding: .utf8)
        #expect(
            data.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",") && data.contains(",'@A,") && !data.contains(",=HYPERLINK"),
            "\(data)")
    }

    /// Runs reckon with standard output sent to `/dev/full`, where every write fails with ENOSPC.
    static func runIntoFullDevice(_ arguments: [String], in folder: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let err = Pipe()
        process.standardError = err
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test(arguments: [
        ["show", "s", "--format", "csv"], ["show", "s"], ["list"], ["query", "s"], ["trend", "s"], ["check"],
        ["report", "Reports/r.md"], ["embed", "a"], ["render", "--all", "--format", "json", "--force"], ["--version"],
    ])
    func aFailedWriteToStandardOutputIsStatus74(_ arguments: [String]) throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        let ws = try IntegrityTests.workspace()
        let run = try IntegrityTests.runIntoFullDevice(arguments, in: ws)
        #expect(
            run.status == 74 && run.stderr.contains("cannot write to standard output: No space left on device"),
            "\(arguments): \(run.status) \(run.stderr)")
    }

    @Test func aPipeClosedByItsReaderEndsQuietly() throws {
        let ws = try IntegrityTests.workspace()
        // More than a pipe holds, so that the writer meets the closed pipe whenever it starts.
        var csv = "date,value\n"
        for year in 1900...2020 {
            for month in 1...12 { csv += "\(year)-\(month < 10 ? "0" : "")\(month)-01,\(year)\n" }
        }
        try csv.write(toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        let process = try CLI.start(["show", "s", "--format", "csv"], in: ws)
        try (process.standardOutput as! Pipe).fileHandleForReading.close()
        process.waitUntilExit()
        let stderr = String(decoding: (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGPIPE)
        #expect(stderr.isEmpty, "\(stderr)")
    }

    @Test(arguments: [("x", 0), ("-", 0), (".", 73), ("a/", 73), ("", 64)] as [(String, Int32)])
    func reportOutputNamesAreCheckedNotCrashes(_ output: String, _ status: Int32) throws {
        let ws = try IntegrityTests.workspace()
        let run = try CLI.run(["report", "Reports/r.md", "-o", output], in: ws)
        #expect(run.status == status, "\(output): \(run.status) \(run.stderr)")
        if output == "-" { #expect(run.stdout == "Latest: 7\n") }
        if output == "x" { #expect(try String(contentsOfFile: ws + "/x", encoding: .utf8) == "Latest: 7\n") }
    }

    @Test func outputNeverReplacesALinkOrAPipe() throws {
        let ws = try IntegrityTests.workspace()
        let target = try CLI.temporaryFolder() + "/target"
        try "kept".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: ws + "/link.md", withDestinationPath: target)
        #expect(mkfifo(ws + "/fifo.md", 0o644) == 0)
        for name in ["link.md", "fifo.md"] {
            let run = try CLI.run(["report", "Reports/r.md", "-o", name], in: ws)
            #expect(run.status == 73 && run.stderr.contains("reckon replaces only regular files"), "\(name): \(run.stderr)")
        }
        let plot = try CLI.run(["plot", "s", "-o", "link.png"], in: ws)
        #expect(plot.status == 0)
        try FileManager.default.createSymbolicLink(atPath: ws + "/l.png", withDestinationPath: target)
        #expect(try CLI.run(["plot", "s", "-o", "l.png"], in: ws).status == 73)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "kept")
        let attributes = try FileManager.default.attributesOfItem(atPath: ws + "/fifo.md")
        #expect(attributes[.type] as? FileAttributeType != .typeRegular)
    }

    @Test func aChartThatFailsInOneFormatKeepsAllItsFiles() throws {
        let ws = try IntegrityTests.workspace()
        try IntegrityTests.twoCharts.replacingOccurrences(of: "formats: [png]", with: "formats: [png, svg, pdf]").write(
            toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let before = try CLI.snapshot(ws + "/Output")
        // New data, and the PDF cannot be replaced: no file of the chart may change.
        try "date,value,source\n2025-01-01,5,A\n2025-03-01,9,A\n".write(
            toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: ws + "/Output/a.pdf")
        try FileManager.default.createDirectory(atPath: ws + "/Output/a.pdf", withIntermediateDirectories: false)
        let run = try CLI.run(["render", "--all"], in: ws)
        #expect(run.status == 73 && run.stderr.contains("Output/a.pdf: error: cannot write: it is a folder"), "\(run.stderr)")
        let after = try CLI.snapshot(ws + "/Output")
        for name in ["a.png", "a.svg", "a.csv"] { #expect(after[name] == before[name], "\(name) changed") }
        #expect(after["b.svg"] != before["b.svg"])
        #expect(!after.keys.contains { $0.contains(".tmp-") })
    }

    @Test func aNoncharacterInASourceIsALocatedError() throws {
        let ws = try IntegrityTests.workspace()
        let source = "a" + String(Unicode.Scalar(0xFFFF)!) + "b"
        try "date,value,source\n2025-01-01,5,\(source)\n".write(toFile: ws + "/Series/s.csv", atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 65 && check.stderr.contains("Series/s.csv:2:15: error: a noncharacter (U+FFFF) in text"),
            "\(check.stderr)")
        let render = try CLI.run(["render", "--all"], in: ws)
        #expect(render.status == 65)
    }

    @Test func picturesOverThePixelCapAreRefusedUnlessTheCapIsRaised() throws {
        let ws = try IntegrityTests.workspace()
        try IntegrityTests.twoCharts.replacingOccurrences(
            of: "width: 320\n    height: 200\n    layers", with: "width: 8000\n    height: 8000\n    scale: 2\n    layers"
        )
        .write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 65 && check.stderr.contains("a picture of 8000x8000 at scale 2 has more than 40 million pixels"),
            "\(check.stderr)")
        #expect(try CLI.run(["render", "--all"], in: ws).status == 65)
        let raised = try CLI.run(["check"], in: ws, environment: ["RECKON_MAX_PIXELS": "1e9"])
        #expect(raised.status == 0, "\(raised.stderr)")
        let plot = try CLI.run(["plot", "s", "--width", "8000", "--height", "8000", "-o", "big.png"], in: ws)
        #expect(plot.status == 64 && plot.stderr.contains("more than 40 million pixels"))
    }

    @Test func aFormatListedTwiceIsAnError() throws {
        let ws = try IntegrityTests.workspace()
        try IntegrityTests.twoCharts.replacingOccurrences(of: "formats: [png]", with: "formats: [png, png]").write(
            toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.status == 65 && check.stderr.contains("reckon.yaml:5:20: error: 'formats' lists 'png' twice"), "\(check.stderr)"
        )
    }

    @Test func aliasesThatExpandToMillionsOfValuesAreRefusedAtOnce() throws {
        let ws = try IntegrityTests.workspace()
        // 10,000 values named once and quoted 300 times: 3 million values in 60 KB.
        let values = (1...10_000).map(String.init).joined(separator: ", ")
        var yaml = "x-values: &v [\(values)]\ncharts:\n"
        for i in 1...300 { yaml += "  - {id: c\(i), layers: [{series: s, labels: *v}]}\n" }
        try yaml.write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"], in: ws, timeout: 60)
        #expect(
            check.status == 65 && check.stderr.contains("reckon.yaml: error: the YAML holds more than 2,000,000 values"),
            "\(check.stderr)")
        #expect(try CLI.run(["render", "--all"], in: ws, timeout: 60).status == 65)
    }

    @Test func aLiveWritersTemporaryFileIsNotCalledLeftOver() throws {
        let ws = try IntegrityTests.workspace()
        try "partial".write(toFile: ws + "/Series/.s.csv.tmp-AbC123", atomically: false, encoding: .utf8)
        // A writer at work: it holds the folder's lock while its temporary file exists.
        let fd = open(ws + "/Series", O_RDONLY | O_DIRECTORY)
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        let during = try CLI.run(["check"], in: ws)
        flock(fd, LOCK_UN)
        close(fd)
        #expect(during.status == 0 && !during.stderr.contains("left by a writer"), "\(during.stderr)")
        let after = try CLI.run(["check"], in: ws)
        #expect(after.stderr.contains("Series/.s.csv.tmp-AbC123: warning: a temporary file left by a writer that was stopped"))
    }

    @Test func aReportDoesNotBuildAChartThatFailedInTheRunAgain() throws {
        let ws = try IntegrityTests.workspace()
        try "{{{charts.a}}}\n".write(toFile: ws + "/Reports/r.md", atomically: true, encoding: .utf8)
        let run = try CLI.run(
            ["render", "--all", "--timeout", "2"], in: ws, environment: ["RECKON_TEST_HANG_CHART": "a"], timeout: 60)
        #expect(run.status == 70, "\(run.stderr)")
        #expect(
            run.stderr.contains("Reports/r.md:1:1: error: chart 'a' failed in this run; the report waits for it"), "\(run.stderr)"
        )
        #expect(!FileManager.default.fileExists(atPath: ws + "/Output/r.md"))
    }
}
