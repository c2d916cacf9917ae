import Foundation
import ReckonModel
import Testing

/// The server reads the workspace as it is at each request, and stays within its limits.
@Suite(.serialized)
struct LiveWorkspaceTests {
    /// Replaces a file the way reckon's writers do: a new file renamed over the old.
    func replace(_ path: String, with text: String) throws {
        try AtomicFile.write(Array(text.utf8), to: path, shown: path)
    }

    @Test func anEditedSeriesIsServedAtOnceWithANewTag() async throws {
        let server = try await TestServer()
        let path = server.folder + "/Series/nk-troops-in-russia.csv"
        let before = try await server.get("/charts/nk-troops.png")
        let csvBefore = try await server.get("/series/nk-troops-in-russia.csv")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try replace(path, with: text + "2025-06-01,15000,,,about,Test source,,\n")
        let after = try await server.get("/charts/nk-troops.png")
        #expect(after.status == 200 && after.headers["etag"] != before.headers["etag"] && after.body != before.body)
        // A client holding the old tag gets the new picture, not 304.
        let revalidated = try await server.get("/charts/nk-troops.png", headers: ["If-None-Match": before.headers["etag"]!])
        #expect(revalidated.status == 200)
        let csvAfter = try await server.get("/series/nk-troops-in-russia.csv")
        #expect(csvAfter.text.hasSuffix("Test source,,\n") && csvAfter.headers["etag"] != csvBefore.headers["etag"])
        // An edit in place (same inode) is seen too.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2025-07-01,16000,,,about,Test source,,\n".utf8))
        try handle.close()
        #expect(
            try await server.get("/series/nk-troops-in-russia.csv").text.hasSuffix("2025-07-01,16000,,,about,Test source,,\n"))
        await server.stop()
    }

    @Test func anEditedSettingsFileIsServedAtOnce() async throws {
        let server = try await TestServer()
        let path = server.folder + "/reckon.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try replace(path, with: text.replacingOccurrences(of: "title: North Korean troops in Russia", with: "title: Troops"))
        let record = try await server.get("/charts/nk-troops.json")
        #expect(record.text.contains("\"title\":\"Troops\""))
        // A broken settings file: every chart answers 500 with the located problem, until it is fixed.
        try replace(path, with: text + "  - id: broken\n    layers: 3\n")
        let broken = try await server.get("/charts/nk-troops.png")
        #expect(broken.status == 500 && broken.text.contains("reckon.yaml:"))
        try replace(path, with: text)
        #expect(try await server.get("/charts/nk-troops.png").status == 200)
        await server.stop()
    }

    @Test func aFullQueueIsAnswered503WithRetryAfter() async throws {
        let server = try await TestServer { options in
            options.renders = 1
            options.queue = 1
        }
        // Eight different pictures at once (different widths: none is cached): one renders, one waits,
        // the rest are turned away.
        let replies = try await withThrowingTaskGroup(of: TestServer.Reply.self) { group in
            for width in 0..<8 {
                group.addTask { try await server.get("/charts/drones-daily.png?width=\(900 + width)") }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let busy = replies.filter { $0.status == 503 }
        #expect(!busy.isEmpty && busy.count < 8)
        #expect(replies.allSatisfy { $0.status == 200 || $0.status == 503 })
        for reply in busy {
            #expect(reply.headers["retry-after"] == "1" && reply.text.contains("too many renders waiting"))
        }
        #expect(try await server.get("/metrics").text.contains("reckon_renders_rejected_total \(busy.count)"))
        await server.stop()
    }

    @Test func manyRequestsForOneNewPictureShareOneRender() async throws {
        let server = try await TestServer { options in
            options.renders = 1
            options.queue = 1
        }
        let replies = try await withThrowingTaskGroup(of: TestServer.Reply.self) { group in
            for _ in 0..<32 { group.addTask { try await server.get("/charts/drones-daily.png?width=700") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.allSatisfy { $0.status == 200 } && Set(replies.map(\.body)).count == 1)
        let metrics = try await server.get("/metrics").text
        #expect(metrics.contains("reckon_render_cache_total{result=\"miss\"} 1\n"))
        #expect(metrics.contains("reckon_render_cache_total{result=\"hit\"} 31\n"))
        await server.stop()
    }

    @Test func aRenderPastItsTimeOutIsAnswered503() async throws {
        let server = try await TestServer { options in options.renderTimeout = 0.001 }
        let reply = try await server.get("/charts/drones-daily.png")
        #expect(reply.status == 503 && reply.headers["retry-after"] == "5" && reply.text.contains("took longer than"))
        await server.stop()
    }

    @Test func itListensOnLocalhostByDefault() async throws {
        let server = try await TestServer { options in options.port = 0 }
        #expect(server.base.hasPrefix("http://127.0.0.1:"))
        await server.stop()
    }
}
