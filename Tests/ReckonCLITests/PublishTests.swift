import Foundation
import ReckonTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Scheduled regeneration: incremental, atomic and locked `render --all`, galleries and embed snippets.
@Suite(.serialized)
struct PublishTests {
    /// Every file of the output folder and its archive, with its bytes and modification time.
    func outputs(_ ws: String) throws -> [String: (Data, Date)] {
        var out: [String: (Data, Date)] = [:]
        for name in try FileManager.default.subpathsOfDirectory(atPath: ws + "/Output") {
            let path = ws + "/Output/" + name
            var folder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &folder), folder.boolValue { continue }
            let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
            out[name] = (try Data(contentsOf: URL(fileURLWithPath: path)), date)
        }
        return out
    }

    func summary(_ r: CLI.Run) throws -> [String: [String]] {
        try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: [String]])
    }

    @Test func anUnchangedSecondRunWritesNothing() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let before = try outputs(ws)
        Thread.sleep(forTimeInterval: 0.05)
        let r = try CLI.run(["render", "--all", "--format", "json"], in: ws)
        #expect(try summary(r)["written"] == [])
        #expect(try summary(r)["unchanged"]?.count == 8)
        let after = try outputs(ws)
        #expect(Set(after.keys) == Set(before.keys))
        for (name, (data, date)) in after {
            #expect(data == before[name]!.0 && date == before[name]!.1, "\(name) changed")
        }
    }

    @Test func aChangedSeriesRendersExactlyItsCharts() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        #expect(try CLI.run(["add", "nk-troops-in-russia", "2025-06-01", "12000", "--source", "Test"], in: ws).status == 0)
        let r = try CLI.run(["render", "--all", "--format", "json"], in: ws)
        let s = try summary(r)
        // The brief quotes every series, so it follows the change too.
        #expect(s["rendered"] == ["nk-troops", "troops-by-source", "brief.md"])
        #expect(s["unchanged"] == ["drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"])
        let written = Set(s["written"] ?? [])
        let renderings = ["", ".375", ".640", ".dark", ".375.dark", ".640.dark"].flatMap { suffix in
            ["png", "svg"].flatMap { ["Output/nk-troops\(suffix).\($0)", "Output/troops-by-source\(suffix).\($0)"] }
        }
        let archived = written.filter { $0.hasPrefix("Output/archive/nk-troops/2025-06-01-") }
        #expect(
            written
                == Set(renderings).union(archived).union([
                    "Output/nk-troops.csv", "Output/troops-by-source.csv", "Output/reckon-manifest.json", "Output/index.md",
                    "Output/index.html",
                    "Output/brief.md",
                ]))
        // The new version is kept beside the first, in every format of the chart's own rendering.
        #expect(archived.map { $0.split(separator: ".").last! }.sorted() == ["csv", "png", "svg"])
        #expect(try CLI.run(["render", "--all", "--force", "--format", "json"], in: ws).stdout.contains("\"unchanged\":[]"))
    }

    @Test func aBrokenSeriesFailsItsChartOnlyAndKeepsTheOldFile() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let old = try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/nk-troops.png"))
        let oldBrief = try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/brief.md"))
        try "date,value\n2025-02-30,1\n".write(toFile: ws + "/Series/nk-troops-in-russia.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["render", "--all", "--format", "json"], in: ws)
        #expect(r.status == 65)
        #expect(r.stderr == "Series/nk-troops-in-russia.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days\n")
        let s = try summary(r)
        // The brief quotes the broken series: it fails too, saying so once, and keeps its old text.
        #expect(s["failed"] == ["nk-troops", "troops-by-source", "brief.md"] && s["rendered"] == [])
        #expect(s["unchanged"] == ["drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/nk-troops.png")) == old)
        #expect(try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/brief.md")) == oldBrief)
    }

    @Test func aHeldLockMakesASecondRunWaitThenExit75TouchingNothing() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let before = try outputs(ws)
        let fd = open(ws + "/Output", O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        let r = try CLI.run(["render", "--all", "--force", "--wait", "0.3"], in: ws)
        flock(fd, LOCK_UN)
        close(fd)
        #expect(r.status == 75)
        #expect(
            r.stderr == "Output: error: another reckon render is writing this folder; try again later (or give --wait SECONDS)\n")
        let after = try outputs(ws)
        #expect(after.mapValues(\.0) == before.mapValues(\.0))
    }

    @Test func twoConcurrentRunsBothFinishAndCorruptNothing() throws {
        let ws = try RenderCommandTests.sampleCopy()
        // The second waits for the first however long it takes (a sanitised build takes over a minute).
        let a = try CLI.start(["render", "--all", "--force", "--wait", "900"], in: ws)
        let b = try CLI.start(["render", "--all", "--force", "--wait", "900"], in: ws)
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        try expectCompleteOutputs(ws)
    }

    /// Kills a forced render at random moments: every output is always a complete file.
    @Test func aRunKilledAtAnyMomentLeavesCompleteFiles() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        var generator = SeededGenerator()
        for _ in 0..<12 {
            let p = try CLI.start(["render", "--all", "--force", "--jobs", "2"], in: ws)
            usleep(UInt32.random(in: 5_000...400_000, using: &generator))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            try expectCompleteOutputs(ws)
        }
        // A later run finds everything in order.
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
    }

    /// Each output, the archived versions among them, parses as what it claims to be, to its last byte.
    func expectCompleteOutputs(_ ws: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for name in try FileManager.default.subpathsOfDirectory(atPath: ws + "/Output")
        where !(name as NSString).lastPathComponent.hasPrefix(".") {
            var folder: ObjCBool = false
            if FileManager.default.fileExists(atPath: ws + "/Output/" + name, isDirectory: &folder), folder.boolValue { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: ws + "/Output/" + name))
            let bytes = [UInt8](data)
            switch (name as NSString).pathExtension {
            case "png":
                #expect(
                    bytes.starts(with: [0x89, 0x50, 0x4E, 0x47])
                        && bytes.suffix(8) == [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "\(name)",
                    sourceLocation: sourceLocation)
            case "svg":
                #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("</svg>\n"), "\(name)", sourceLocation: sourceLocation)
            case "pdf":
                #expect(
                    String(decoding: bytes.suffix(8), as: UTF8.self).contains("%%EOF"), "\(name)", sourceLocation: sourceLocation)
            case "json":
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name)", sourceLocation: sourceLocation)
            case "html":
                #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("</html>\n"), "\(name)", sourceLocation: sourceLocation)
            case "md", "csv": #expect(bytes.last == UInt8(ascii: "\n"), "\(name)", sourceLocation: sourceLocation)
            case "xml":
                #expect(String(decoding: bytes, as: UTF8.self).hasSuffix("</feed>\n"), "\(name)", sourceLocation: sourceLocation)
            default: Issue.record("unexpected file \(name)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The README's crontab command, under cron's bare environment, from another folder.
    @Test func theCronCommandWorksInABareEnvironment() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("*/10 * * * *") })
        var command = String(line.dropFirst("*/10 * * * * ".count))
        command = command.replacingOccurrences(of: "/usr/local/bin/reckon", with: CLI.binary)
        command = command.replacingOccurrences(of: "/srv/estimates", with: ws)
        let home = try CLI.temporaryFolder()
        command = command.replacingOccurrences(of: "$HOME", with: home)
        // The sample's sources are the General Staff's real files: the tests pull the repository's copy of them.
        for id in ["ru-personnel-losses", "ru-drones-downed"] {
            let sidecar = ws + "/Series/\(id).yaml"
            let text = try String(contentsOfFile: sidecar, encoding: .utf8).replacingOccurrences(
                of: "https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/main/data/",
                with: "file://" + CLI.realData + "/")
            #expect(!text.contains("https://"))
            try text.write(toFile: sidecar, atomically: true, encoding: .utf8)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Only a sanitizer build's own settings pass through (make test-asan), never the user's.
        let sanitizer = ["LSAN_OPTIONS", "ASAN_OPTIONS", "TSAN_OPTIONS"].compactMap { name in
            ProcessInfo.processInfo.environment[name].map { "\(name)=\($0)" }
        }
        p.arguments = ["-i", "PATH=/usr/bin:/bin", "HOME=\(home)"] + sanitizer + ["/bin/sh", "-c", command]
        p.currentDirectoryURL = URL(fileURLWithPath: "/")
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(String(decoding: stderr, as: UTF8.self))")
        #expect(stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: ws + "/Output/index.html"))
    }

    @Test func textFromSpecsAndSeriesIsEscapedEverywhere() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let hostile = "<script>alert(\"x\")</script> & 'quotes' [link](http://x) *bold*"
        try """
        charts:
          - id: hostile
            title: "\(hostile.replacingOccurrences(of: "\"", with: "\\\""))"
            note: "\(hostile.replacingOccurrences(of: "\"", with: "\\\""))"
            layers: [{series: ua-drones-shot-down, mark: points}]
        """.write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let html = try String(contentsOfFile: ws + "/Output/index.html", encoding: .utf8)
        #expect(
            !html.contains("<script>")
                && html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        let md = try String(contentsOfFile: ws + "/Output/index.md", encoding: .utf8)
        #expect(!md.contains("<script>") && md.contains("&lt;script&gt;") && md.contains("\\[link\\]\\(http://x\\) \\*bold\\*"))
        let svg = try String(contentsOfFile: ws + "/Output/hostile.svg", encoding: .utf8)
        #expect(!svg.contains("<script>") && svg.contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;"))
        let snippet = try CLI.run(["embed", "hostile", "--format", "html"], in: ws).stdout
        #expect(!snippet.contains("<script>") && snippet.contains("alt=\"Dot chart: &lt;script&gt;"))
    }

    @Test func embedPrintsSnippetsForTemplates() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let md = try CLI.run(["embed", "drones-monthly", "--format", "md"], in: ws)
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("![Bar chart: Russian drones downed per month, from 3 \\(Feb 2022, incomplete\\)"))
        // The links follow the image after a hard line break, so that pandoc makes no caption of the alt text;
        // the chart's title and source are in the picture, and not repeated.
        #expect(
            md.stdout.hasSuffix(
                "](Output/drones-monthly.png)\\\n[Data (CSV)](Output/drones-monthly.csv) · [SVG](Output/drones-monthly.svg)"
                    + " · [PDF](Output/drones-monthly.pdf)\n"))
        let json = try CLI.run(["embed", "drones-monthly", "--format", "json"], in: ws)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(o["width"] as? Int == 1200 && o["height"] as? Int == 675 && o["lastDate"] as? String == "2026-08-08")
        #expect((o["files"] as? [String: String])?["pdf"] == "Output/drones-monthly.pdf")
        #expect(o["sources"] as? [String] == ["General Staff of the Armed Forces of Ukraine"])
    }
}

/// Rendering one format on request keeps the others in the gallery.
struct PublishFormatsTests {
    @Test func anExtraFormatJoinsTheOthers() throws {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        #expect(try CLI.run(["render", "nk-troops", "--formats", "pdf"], in: ws).status == 0)
        let md = try String(contentsOfFile: ws + "/Output/index.md", encoding: .utf8)
        #expect(
            md.contains("](nk-troops.png)")
                && md.contains("[Data (CSV)](nk-troops.csv) · [SVG](nk-troops.svg) · [PDF](nk-troops.pdf)"))
    }
}

/// Inlined SVGs of several charts can share one page: their ids never collide.
struct InlineEmbedTests {
    @Test func twoInlinedChartsHaveDistinctIds() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let a = try CLI.run(["embed", "nk-troops", "--inline"], in: ws)
        let b = try CLI.run(["embed", "drones-monthly", "--inline"], in: ws)
        #expect(a.status == 0 && b.status == 0)
        let page = a.stdout + b.stdout
        #expect(!page.contains("<img ") && !page.contains("<?xml"))
        #expect(page.contains("<svg style=\"max-width: 100%; height: auto\" xmlns="))
        #expect(page.contains("aria-describedby=\"nk-troops-desc\""))
        #expect(page.contains("<desc id=\"nk-troops-desc\">Chart: North Korean troops in Russia"))
        var ids: [String] = []
        var rest = Substring(page)
        while let r = rest.range(of: " id=\"") {
            let after = rest[r.upperBound...]
            let end = after.firstIndex(of: "\"")!
            ids.append(String(after[..<end]))
            rest = after[end...]
        }
        #expect(ids.count > 10)
        #expect(Set(ids).count == ids.count)
    }
}
