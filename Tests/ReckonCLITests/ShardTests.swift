import Foundation
import Testing

/// `render --shard K/N` on several machines, then `render --merge`, writes what one run writes.
struct ShardTests {
    @Test func threeShardsMergedAreTheBytesOfOneRun() throws {
        let ws = try RenderCommandTests.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        #expect(try CLI.run(["render", "--all", "--out", "One"], in: ws).status == 0)
        var rendered: [[String]] = []
        for k in 1...3 {
            let run = try CLI.run(["render", "--all", "--shard", "\(k)/3", "--out", "Shard\(k)", "--format", "json"], in: ws)
            #expect(run.status == 0, "\(run.stderr)")
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            rendered.append(try #require(summary["rendered"] as? [String]))
            // A shard writes no reports: the merge does.
            #expect(!FileManager.default.fileExists(atPath: ws + "/Shard\(k)/brief.md"))
        }
        // Every chart is in exactly one shard.
        let all = rendered.flatMap { $0 }
        #expect(all.count == Set(all).count && Set(all).count == 7, "\(rendered)")
        let merge = try CLI.run(["render", "--merge", "Shard1", "Shard2", "Shard3", "--out", "Merged"], in: ws)
        #expect(merge.status == 0, "\(merge.stderr)")
        let one = try CLI.snapshot(ws + "/One"), merged = try CLI.snapshot(ws + "/Merged")
        #expect(one.keys.sorted() == merged.keys.sorted())
        for (name, bytes) in one { #expect(merged[name] == bytes, "\(name)") }
        #expect(one["brief.md"] != nil && one["reckon-manifest.json"] != nil && one.keys.contains { $0.hasPrefix("archive/") })
        // Merging again changes nothing and writes nothing.
        let again = try CLI.run(["render", "--merge", "Shard1", "Shard2", "Shard3", "--out", "Merged", "--verbose"], in: ws)
        #expect(again.status == 0 && !again.stdout.contains("Merged/"))
    }

    @Test(arguments: [
        (["render", "--all", "--shard", "0/3"], "--shard must be K/N"),
        (["render", "--all", "--shard", "4/3"], "--shard must be K/N"),
        (["render", "--all", "--shard", "three"], "--shard must be K/N"),
        (["render", "--all", "--merge", "Shard1"], "--merge takes only the shards' folders"),
    ])
    func badShardsAreUsageErrors(_ arguments: [String], _ message: String) throws {
        let ws = try RenderCommandTests.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        let run = try CLI.run(arguments, in: ws)
        #expect(run.status == 64 && run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aShardMergedTwiceOrMissingIsAnError() throws {
        let ws = try RenderCommandTests.sampleCopy()
        defer { try? FileManager.default.removeItem(atPath: ws) }
        #expect(try CLI.run(["render", "--all", "--shard", "1/2", "--out", "Shard1"], in: ws).status == 0)
        let twice = try CLI.run(["render", "--merge", "Shard1", "Shard1", "--out", "Merged"], in: ws)
        #expect(twice.status == 65 && twice.stderr.contains("merge each shard once"), "\(twice.stderr)")
        let missing = try CLI.run(["render", "--merge", "Shard1", "Nowhere", "--out", "Merged"], in: ws)
        #expect(missing.status == 66 && missing.stderr.contains("Nowhere: error: no such folder"), "\(missing.stderr)")
    }
}
