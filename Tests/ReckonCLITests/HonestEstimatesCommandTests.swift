import Foundation
import Testing

/// Ranges, sources and honest fits from the command line, on the repository's sample workspace.
struct HonestEstimatesCommandTests {
    let repository = CLI.repository.path

    @Test func queryPrintsARangeAsARange() throws {
        let r = try CLI.run(["query", "nk-troops-in-russia", "--from", "2024-12-01", "--to", "2024-12-31"], in: repository)
        #expect(r.status == 0)
        #expect(r.stdout == "date                value     low    high\n2024-12-23  11,000–12,000  11,000  12,000\n")
        let csv = try CLI.run(["query", "nk-troops-in-russia", "--format", "csv"], in: repository)
        #expect(csv.stdout.contains("\n2024-12-23,,11000,12000\n"))
    }

    @Test func queryBySourceHasASourceColumn() throws {
        let r = try CLI.run(["query", "nk-troops-in-russia", "--by", "source", "--format", "json"], in: repository)
        #expect(r.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(
            rows.compactMap { $0["source"] as? String } == [
                "US Department of Defense", "United States", "Ukrainian intelligence",
                "US, Ukrainian and South Korean intelligence", "South Korea Joint Chiefs of Staff",
            ])
        #expect(rows[3]["value"] == nil && rows[3]["low"] as? Int == 11000)
        let bad = try CLI.run(["query", "nk-troops-in-russia", "--by", "source", "--source", "X"], in: repository)
        #expect(bad.status == 64 && bad.stderr == "error: --by source shows every source; leave out --source\n")
    }

    @Test func plotWritesTheSceneAsJSON() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(
            ["plot", "nk-troops-in-russia", "--by", "source", "--consensus", "-o", "troops.scene.json"], in: ws)
        #expect(r.status == 0)
        let text = try String(contentsOfFile: ws + "/troops.scene.json", encoding: .utf8)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(o["schema"] as? String == "reckon-scene/1")
        let layers = try #require(o["layers"] as? [[String: Any]])
        #expect(layers.compactMap { $0["label"] as? String }.first == "Median of the sources")
        #expect(layers.count == 6)
        // The same again, byte for byte.
        #expect(
            try CLI.run(["plot", "nk-troops-in-russia", "--by", "source", "--consensus", "-o", "again.scene.json"], in: ws).status
                == 0)
        #expect(try String(contentsOfFile: ws + "/again.scene.json", encoding: .utf8) == text)
    }

    @Test func aChartCanListTheSceneAmongItsFormats() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(["render", "nk-troops", "--formats", "png,scene"], in: ws)
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: ws + "/Output/nk-troops.scene.json"))
    }

    /// August 2026 has 8 days of data: left out of the fit unless asked for.
    @Test func trendsSayWhatTheyLeftOut() throws {
        let base = ["trend", "ru-drones-downed", "--diff", "--every", "month", "--fit", "exponential", "--from", "2026-01-01"]
        let r = try CLI.run(base + ["--project", "2026-12-31"], in: repository)
        #expect(r.status == 0)
        #expect(
            r.stdout.contains(
                "left out                 1 incomplete period (the data covers part of it; --include-incomplete fits it)"))
        #expect(r.stdout.contains("95% prediction interval"))
        let all = try CLI.run(base + ["--include-incomplete", "--format", "json"], in: repository)
        let o = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect(o["n"] as? Int == 8 && o["left_out_incomplete"] as? Int == 0)
    }
}
