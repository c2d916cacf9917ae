import Foundation
import ReckonModel
import Testing

@testable import ReckonServe

/// A request the cache can answer is answered from it without reading a file, yet never with an
/// answer older than the files: the watch's generation moves with every change a writer makes.
@Suite(.serialized)
struct CachedAnswerTests {
    /// A workspace folder with a settings file and one series, and a watch on it.
    static func workspace() throws -> (folder: String, watch: WorkspaceWatch) {
        let folder = NSTemporaryDirectory() + "reckon-watch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/Series", withIntermediateDirectories: true)
        try "charts: []\n".write(toFile: folder + "/reckon.yaml", atomically: true, encoding: .utf8)
        try "date,value\n2025-01-01,1\n".write(toFile: folder + "/Series/a.csv", atomically: true, encoding: .utf8)
        return (folder, WorkspaceWatch(try Workspace(at: folder)))
    }

    #if os(Linux)
        @Test func everyWayOfChangingAFileMovesTheGeneration() throws {
            let (folder, watch) = try Self.workspace()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let csv = folder + "/Series/a.csv"
            var last = try #require(watch.generation())
            #expect(watch.generation() == last, "nothing changed")
            let changes: [(String, () throws -> Void)] = [
                ("a rename over the file", { try AtomicFile.write(Array("date,value\n".utf8), to: csv, shown: csv) }),
                (
                    "a write in place",
                    {
                        let handle = try #require(FileHandle(forWritingAtPath: csv))
                        try handle.seekToEnd()
                        try handle.write(contentsOf: Data("2025-01-02,2\n".utf8))
                        try handle.close()
                    }
                ),
                (
                    "a new series",
                    { try "date,value\n".write(toFile: folder + "/Series/b.csv", atomically: false, encoding: .utf8) }
                ),
                ("a deleted series", { try FileManager.default.removeItem(atPath: folder + "/Series/b.csv") }),
                (
                    "the settings",
                    { try "charts: []\n# edited\n".write(toFile: folder + "/reckon.yaml", atomically: true, encoding: .utf8) }
                ),
                (
                    "a new Series folder",
                    {
                        try FileManager.default.moveItem(atPath: folder + "/Series", toPath: folder + "/Old")
                        try FileManager.default.createDirectory(atPath: folder + "/Series", withIntermediateDirectories: false)
                    }
                ),
                (
                    "a file in the new folder",
                    { try "date,value\n".write(toFile: folder + "/Series/c.csv", atomically: false, encoding: .utf8) }
                ),
            ]
            for (name, change) in changes {
                try change()
                let now = try #require(watch.generation(), "\(name)")
                #expect(now != last, "\(name) was not seen")
                #expect(watch.generation() == now, "\(name): the generation moved again with no change")
                last = now
            }
        }
    #endif

    @Test func aLinkedSeriesTurnsTheCacheShortcutOff() throws {
        let (folder, watch) = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "date,value\n".write(toFile: folder + "/elsewhere.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/Series/b.csv", withDestinationPath: "../elsewhere.csv")
        // An edit of the linked file happens outside the watched folders: no generation can vouch for it.
        #expect(watch.generation() == nil)
        try FileManager.default.removeItem(atPath: folder + "/Series/b.csv")
        #if os(Linux)
            #expect(watch.generation() != nil)
        #endif
    }

    @Test func aLinkedSeriesIsStillServedFresh() async throws {
        let server = try await TestServer()
        let inside = server.folder + "/Data"
        try FileManager.default.createDirectory(atPath: inside, withIntermediateDirectories: true)
        let series = server.folder + "/Series/nk-troops-in-russia.csv"
        try FileManager.default.moveItem(atPath: series, toPath: inside + "/troops.csv")
        try FileManager.default.createSymbolicLink(atPath: series, withDestinationPath: "../Data/troops.csv")
        let before = try await server.get("/series/nk-troops-in-russia.csv")
        #expect(try await server.get("/series/nk-troops-in-russia.csv").headers["etag"] == before.headers["etag"])
        let handle = try #require(FileHandle(forWritingAtPath: inside + "/troops.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2025-07-01,16000,,,about,Test source,,\n".utf8))
        try handle.close()
        let after = try await server.get("/series/nk-troops-in-russia.csv")
        #expect(after.text.hasSuffix("Test source,,\n") && after.headers["etag"] != before.headers["etag"])
        await server.stop()
    }

    @Test func aRepeatedRequestIsAnsweredFromTheCacheWithItsHeaders() async throws {
        let server = try await TestServer()
        let first = try await server.get("/charts/nk-troops.png?width=500")
        let hits = try await Self.cacheHits(server)
        let again = try await server.get("/charts/nk-troops.png?width=500")
        #expect(again.body == first.body && again.headers["etag"] == first.headers["etag"])
        #expect(again.headers["content-type"] == "image/png" && again.headers["content-length"] == String(first.body.count))
        #expect(again.headers["cache-control"] == first.headers["cache-control"])
        #expect(try await Self.cacheHits(server) == hits + 1)
        let revalidated = try await server.get(
            "/charts/nk-troops.png?width=500", headers: ["If-None-Match": first.headers["etag"]!])
        #expect(revalidated.status == 304 && revalidated.body.isEmpty)
        await server.stop()
    }

    /// The render cache's hits so far, from `/metrics`.
    static func cacheHits(_ server: TestServer) async throws -> Int {
        let text = try await server.get("/metrics").text
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("reckon_render_cache_total{result=\"hit\"}") })
        return try #require(Int(line.split(separator: " ").last ?? ""))
    }
}
