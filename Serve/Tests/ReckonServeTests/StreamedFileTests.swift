import Foundation
import ReckonModel
import Testing

/// A large series file is sent from the file a chunk at a time, never kept whole in memory for a
/// request nor in the response cache; a small one is still kept in the cache.
@Suite(.serialized)
struct StreamedFileTests {
    /// Writes a series of `rows` daily rows (about 90 bytes each) as `Series/<id>.csv` of `server`'s
    /// workspace, and returns its bytes.
    func writeSeries(_ id: String, rows: Int, source: String, in server: TestServer) throws -> Data {
        var text = "date,value,low,high,qualifier,source,url,note\n"
        var day = try #require(Day(year: 1900, month: 1, day: 1))
        for n in 0..<rows {
            text += "\(day),\(n),,,about,\(source),https://example.org/reports/\(n),row \(n)\n"
            day = day.shifted(by: 1)
        }
        let data = Data(text.utf8)
        try AtomicFile.write(Array(data), to: server.folder + "/Series/\(id).csv", shown: "Series/\(id).csv")
        return data
    }

    /// The value of the render-cache counter `result` in the server's metrics.
    func cacheCount(_ server: TestServer, _ result: String) async throws -> Int? {
        let text = try await server.get("/metrics").text
        let line = text.split(separator: "\n").first { $0.hasPrefix("reckon_render_cache_total{result=\"\(result)\"}") }
        return line?.split(separator: " ").last.flatMap { Int($0) }
    }

    @Test func aMultiMegabyteSeriesIsServedByteForByteWithoutTheCache() async throws {
        let server = try await TestServer()
        let file = try writeSeries("big-series", rows: 60_000, source: "A source with a long name", in: server)
        #expect(file.count > 5 << 20)
        let reply = try await server.get("/series/big-series.csv")
        #expect(reply.status == 200 && reply.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(reply.headers["content-length"] == String(file.count))
        #expect(reply.body == file)
        let tag = try #require(reply.headers["etag"])
        #expect(tag.hasPrefix("\"") && tag.count == 34)
        // The same again, and HEAD: the same length and tag, with nothing kept in the cache.
        #expect(try await server.get("/series/big-series.csv").body == file)
        let head = try await server.send("HEAD", "/series/big-series.csv")
        #expect(head.headers["content-length"] == String(file.count) && head.headers["etag"] == tag && head.body.isEmpty)
        let (misses, hits) = (try await cacheCount(server, "miss"), try await cacheCount(server, "hit"))
        #expect(misses == 0 && hits == 0)
        #expect(try await server.get("/series/big-series.csv", headers: ["If-None-Match": tag]).status == 304)
        // A new version of the file: new bytes and a new tag.
        let changed = try writeSeries("big-series", rows: 61_000, source: "Another source", in: server)
        let after = try await server.get("/series/big-series.csv")
        #expect(after.body == changed && after.headers["etag"] != tag)
        #expect(after.headers["content-length"] == String(changed.count))
        await server.stop()
    }

    @Test func aSmallSeriesIsStillKeptInTheCache() async throws {
        let server = try await TestServer()
        let first = try await server.get("/series/nk-troops-in-russia.csv")
        let again = try await server.get("/series/nk-troops-in-russia.csv")
        #expect(first.body == again.body && first.headers["content-length"] == String(first.body.count))
        let (misses, hits) = (try await cacheCount(server, "miss"), try await cacheCount(server, "hit"))
        #expect(misses == 1 && hits == 1)
        await server.stop()
    }
}
