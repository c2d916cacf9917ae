import Foundation
import Hummingbird
import ReckonAnalysis
import ReckonModel
import ReckonOutput
import ReckonPublish
import Testing

@testable import ReckonServe

/// Every route of `reckon serve`, asked over HTTP of a server started on a free port.
@Suite(.serialized)
struct RouteTests {
    /// The workspace rendered by `reckon render`'s own code, to compare the server's answers with.
    static func rendered(_ folder: String) throws -> String {
        let out = folder + "/Rendered"
        let options = RenderOptions(folder: out, shownFolder: "Rendered", jobs: 2)
        let summary = try Publisher.render(try Workspace(at: folder), options)
        #expect(summary.failed.isEmpty)
        return out
    }

    @Test func chartFilesAreTheBytesRenderWrites() async throws {
        let server = try await TestServer()
        let out = try Self.rendered(server.folder)
        for name in ["nk-troops.png", "nk-troops.svg", "nk-troops.csv", "nk-troops.640.dark.png", "drones-monthly.pdf"] {
            let reply = try await server.get("/charts/" + name)
            #expect(reply.status == 200, "\(name)")
            #expect(reply.body == FileManager.default.contents(atPath: out + "/" + name), "\(name)")
            // The gallery's links point at the top level, where the same file is served.
            #expect(try await server.get("/" + name).body == reply.body)
        }
        #expect(try await server.get("/charts/nk-troops.png").headers["content-type"] == "image/png")
        #expect(try await server.get("/charts/nk-troops.svg").headers["content-type"] == "image/svg+xml")
        #expect(try await server.get("/charts/drones-monthly.pdf").headers["content-type"] == "application/pdf")
        await server.stop()
    }

    @Test func theGalleryShowsEveryChartAndEachPictureLoads() async throws {
        let server = try await TestServer()
        let page = try await server.get("/")
        #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8")
        let sources = page.text.matches(of: /src="([^"]+)"/).map { String($0.output.1) }
        for id in ["nk-troops", "drones-daily", "drones-monthly", "personnel-trend", "losses-monthly", "totals-log"] {
            #expect(sources.contains("\(id).png"), "\(id)")
        }
        for source in Set(sources) {
            let reply = try await server.get("/" + source)
            #expect(reply.status == 200 && pngSize(reply.body) != nil, "\(source)")
        }
        await server.stop()
    }

    @Test func aStrongETagAnswersARepeatWith304() async throws {
        let server = try await TestServer()
        let first = try await server.get("/charts/nk-troops.png")
        let tag = try #require(first.headers["etag"])
        #expect(tag.hasPrefix("\"") && tag.hasSuffix("\"") && tag.count == 34)
        #expect(first.headers["cache-control"] == "public, max-age=60")
        let again = try await server.get("/charts/nk-troops.png", headers: ["If-None-Match": tag])
        #expect(again.status == 304 && again.body.isEmpty && again.headers["etag"] == tag)
        #expect(try await server.get("/charts/nk-troops.png", headers: ["If-None-Match": "\"other\", " + tag]).status == 304)
        #expect(try await server.get("/charts/nk-troops.png", headers: ["If-None-Match": "\"other\""]).status == 200)
        // Other parameters, another picture and another tag.
        let wide = try await server.get("/charts/nk-troops.png?width=600")
        #expect(wide.headers["etag"] != tag)
        await server.stop()
    }

    @Test func sizeScaleAndThemeParameters() async throws {
        let server = try await TestServer()
        let narrow = try await server.get("/charts/nk-troops.png?width=600")
        #expect(pngSize(narrow.body)! == (600, 338))
        let big = try await server.get("/charts/nk-troops.png?width=600&height=400&scale=2&theme=dark")
        #expect(pngSize(big.body)! == (1200, 800))
        let dark = try await server.get("/charts/nk-troops.png?theme=dark")
        #expect(dark.body == (try await server.get("/charts/nk-troops.dark.png")).body)
        await server.stop()
    }

    @Test(arguments: [
        ("/charts/nk-troops.png?width=99", 400, "width must be 160 to 4000 pixels"),
        ("/charts/nk-troops.png?height=5000", 400, "height must be 120 to 4000 pixels"),
        ("/charts/nk-troops.png?scale=9", 400, "scale must be from 0.5 to 4"),
        ("/charts/nk-troops.png?theme=sepia", 400, "theme must be light or dark"),
        ("/charts/nk-troops.png?width=4000&height=4000&scale=2", 400, "width × height × scale² must be at most"),
        ("/charts/nk-troops.png?colour=red", 400, "unknown parameter 'colour'"),
        ("/charts/drones-daily.png?width=160", 422, "is too small for its text: 160x120"),
        ("/charts/nk-troops.png?width=600&width=700", 400, "width is given twice"),
        ("/charts/no-such-chart.png", 404, "no chart file 'no-such-chart.png'"),
        ("/charts/nk-troops.gif", 404, "no chart file 'nk-troops.gif'"),
        ("/charts/..%2Freckon.yaml", 404, "no chart file"),
        ("/series/no-such-series.csv", 404, "no series 'no-such-series'"),
        ("/series/..%2F..%2Fetc%2Fpasswd.csv", 404, "no series"),
        ("/series/nk-troops-in-russia.txt", 404, "no series file 'nk-troops-in-russia.txt'"),
        ("/series/nk-troops-in-russia.csv?x=1", 400, "unknown parameter 'x'"),
        ("/query/no-such-series", 404, "no series 'no-such-series'"),
        ("/query/ru-drones-downed?rolling=0", 400, "rolling must be 1 to 3660 days"),
        ("/query/ru-drones-downed?every=fortnight", 400, "every: unknown value 'fortnight'"),
        ("/query/ru-drones-downed?by=date", 400, "by: the only value is 'source'"),
        ("/query/ru-drones-downed?diff=true&cumulative=true", 400, "diff and cumulative undo each other; give one"),
        ("/query/ru-drones-downed?stat=sum", 400, "stat needs every"),
        ("/reports/no-such-report", 404, "no chart file 'no-such-report'"),
        ("/?page=2", 400, "unknown parameter 'page'"),
        ("/no/such/path", 404, "nothing at '/no/such/path'"),
    ])
    func badRequestsAreAnsweredWithTheirStatusAndAJSONError(_ path: String, _ status: Int, _ message: String) async throws {
        let server = try await TestServer()
        let reply = try await server.get(path)
        #expect(reply.status == status, "\(path)")
        if !message.isEmpty {
            #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
            let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
            #expect((json["error"] as? String)?.contains(message) == true, "\(path): \(reply.text)")
            #expect(json["status"] as? Int == status)
        }
        await server.stop()
    }

    @Test func theEmbedRecordPointsAtThisServer() async throws {
        let server = try await TestServer()
        let reply = try await server.get("/charts/nk-troops.json")
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8")
        let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
        #expect(json["id"] as? String == "nk-troops" && json["title"] as? String == "North Korean troops in Russia")
        #expect(json["image"] as? String == "/charts/nk-troops.png")
        await server.stop()
    }

    @Test func seriesAsStoredAndAsJSON() async throws {
        let server = try await TestServer()
        let csv = try await server.get("/series/nk-troops-in-russia.csv")
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.body == FileManager.default.contents(atPath: server.folder + "/Series/nk-troops-in-russia.csv"))
        let json = try await server.get("/series/nk-troops-in-russia.json")
        let rows = try #require(try JSONSerialization.jsonObject(with: json.body) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(rows[0]["date"] as? String == "2024-10-28" && rows[0]["value"] as? Int == 10_000)
        #expect(rows[0]["qualifier"] as? String == "about" && rows[0]["source"] as? String == "US Department of Defense")
        await server.stop()
    }

    @Test func aQueryTakesReckonQuerysOptionsAsParameters() async throws {
        let server = try await TestServer()
        let reply = try await server.get("/query/ru-drones-downed?diff&every=month&from=2026-01-01&to=2026-03-31")
        #expect(reply.status == 200 && reply.headers["content-type"] == "application/json; charset=utf-8")
        var options = QueryOptions()
        options.diff = true
        options.every = .month
        options.from = Day(year: 2026, month: 1, day: 1)
        options.to = Day(year: 2026, month: 3, day: 31)
        let series = try Workspace(at: server.folder).load(try SeriesID("ru-drones-downed"))
        #expect(reply.text == PointsListing(try Query.run(series, options).points).rendered(.json))
        let rows = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [[String: Any]])
        #expect(rows.map { $0["date"] as? String } == ["2026-01", "2026-02", "2026-03"])
        let bySource = try await server.get("/query/nk-troops-in-russia?by=source")
        #expect(bySource.status == 200 && bySource.text.contains("\"South Korea Joint Chiefs of Staff\""))
        await server.stop()
    }

    /// Parameters as HTML forms, `URLSearchParams` and Python's `requests` write them: a space as `+`,
    /// any character of a name or value percent-encoded, and empty pairs around `&`.
    @Test func parametersAreReadAsClientsEncodeThem() async throws {
        let server = try await TestServer()
        let spaced = try await server.get("/query/nk-troops-in-russia?source=US%20Department%20of%20Defense")
        #expect(spaced.status == 200 && spaced.text.contains("\"US Department of Defense\""))
        let plus = try await server.get("/query/nk-troops-in-russia?source=US+Department+of+Defense")
        #expect(plus.status == 200 && plus.body == spaced.body, "\(plus.text)")
        #expect(plus.headers["etag"] == spaced.headers["etag"])
        let asOf = try await server.get("/query/ru-drones-downed?as-of=2026-01-01")
        let encoded = try await server.get("/query/ru-drones-downed?as%2Dof=2026%2D01%2D01")
        #expect(encoded.status == 200 && encoded.body == asOf.body, "\(encoded.text)")
        let chart = try await server.get("/charts/nk-troops.png?&width=600&&")
        #expect(chart.status == 200 && pngSize(chart.body)! == (600, 338), "\(chart.text)")
        #expect(try await server.get("/healthz?&").status == 200)
        // A literal plus is `%2B`; a plus is a space, which no number starts with.
        #expect(try await server.get("/charts/nk-troops.png?width=+600").status == 400)
        #expect(try await server.get("/charts/nk-troops.png?=600").status == 400)
        await server.stop()
    }

    @Test func aReportAndThePicturesItLinksTo() async throws {
        let server = try await TestServer()
        let out = try Self.rendered(server.folder)
        let reply = try await server.get("/reports/brief")
        #expect(reply.status == 200 && reply.headers["content-type"] == "text/markdown; charset=utf-8")
        #expect(reply.body == FileManager.default.contents(atPath: out + "/brief.md"))
        #expect(try await server.get("/reports/brief.md").body == reply.body)
        // The report's pictures are relative links: found beside it.
        #expect(reply.text.contains("](nk-troops.png)"))
        #expect(
            try await server.get("/reports/nk-troops.png").body == FileManager.default.contents(atPath: out + "/nk-troops.png"))
        await server.stop()
    }

    @Test func healthAndMetrics() async throws {
        let server = try await TestServer()
        #expect(try await server.get("/healthz").text == "ok\n")
        _ = try await server.get("/charts/nk-troops.png")
        _ = try await server.get("/charts/nk-troops.png")
        _ = try await server.get("/charts/missing.png")
        let metrics = try await server.get("/metrics")
        #expect(metrics.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        let text = metrics.text
        #expect(text.contains("reckon_http_requests_total{route=\"charts\",status=\"200\"} 2"))
        #expect(text.contains("reckon_http_requests_total{route=\"charts\",status=\"404\"} 1"))
        #expect(text.contains("reckon_render_cache_total{result=\"hit\"} 1"))
        #expect(text.contains("reckon_render_cache_total{result=\"miss\"} 1"))
        #expect(text.contains("reckon_http_request_duration_seconds_bucket{route=\"charts\""))
        await server.stop()
    }
}

/// The route a request is counted and logged under, from its path's first segment.
struct RouteNameTests {
    @Test func theFirstSegmentNamesTheRoute() {
        let cases: [(String, String)] = [
            ("/", "gallery"), ("", "gallery"), ("//", "gallery"), ("/charts/nk-troops.png", "charts"),
            ("/nk-troops.png", "charts"), ("/series/a.csv", "series"), ("//series/a.csv", "series"),
            ("/query/a", "query"), ("/reports/brief", "reports"), ("/metrics", "metrics"), ("/healthz", "healthz"),
            ("/healthzz", "charts"), ("/Series/a.csv", "charts"),
        ]
        for (path, route) in cases {
            #expect(Observe<BasicRequestContext>.route(path) == route, "\(path)")
        }
    }
}
