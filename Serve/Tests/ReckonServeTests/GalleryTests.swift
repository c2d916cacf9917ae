import Foundation
import Testing

/// The gallery shows the charts that are drawn in time and marks the others as still being drawn,
/// rather than failing whole because one chart is slow.
@Suite(.serialized)
struct GalleryTests {
    /// Every chart of the sample workspace but the one made to hang.
    static let others = ["nk-troops", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"]

    /// The `src` of every image of a page.
    func sources(_ page: TestServer.Reply) -> [String] {
        page.text.matches(of: /src="([^"]+)"/).map { String($0.output.1) }
    }

    @Test func aChartThatNeverFinishesIsMarkedAndTheRestAreShown() async throws {
        let server = try await TestServer { options in
            options.renders = 3
            options.renderTimeout = 3
            options.hangChart = "drones-daily"
        }
        // Every answer is the page; the other charts come as they are drawn (on a loaded machine
        // some may take more than one request).
        var page = try await server.get("/")
        for _ in 0..<10 where !Self.others.allSatisfy({ sources(page).contains("\($0).png") }) {
            #expect(page.status == 200, "\(page.text)")
            page = try await server.get("/")
        }
        #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8", "\(page.text)")
        for id in Self.others { #expect(sources(page).contains("\(id).png"), "\(id)") }
        #expect(!sources(page).contains { $0.hasPrefix("drones-daily") })
        #expect(page.text.contains("id=\"drones-daily\"") && page.text.contains("still being drawn"))
        // Not final: neither kept by caches nor tagged.
        #expect(page.headers["cache-control"] == "no-store" && page.headers["etag"] == nil)
        // The chart is drawn once, not again for each request: the next page waits no longer than
        // the time-out, and is the same.
        let start = ContinuousClock.now
        let again = try await server.get("/")
        #expect(again.status == 200 && again.body == page.body)
        #expect(ContinuousClock.now - start < .seconds(6))
        await server.stop()
    }

    @Test func aGalleryWithEveryChartDrawnIsKeptAndTagged() async throws {
        let server = try await TestServer()
        let page = try await server.get("/")
        #expect(page.status == 200 && !page.text.contains("still being drawn"))
        let tag = try #require(page.headers["etag"])
        #expect(page.headers["cache-control"] == "public, max-age=60")
        #expect(try await server.get("/", headers: ["If-None-Match": tag]).status == 304)
        await server.stop()
    }
}
