import Foundation
import Testing

/// The server only reads: every route answers GET and HEAD alike, any other method 405 with `Allow`,
/// and every error, of any route or of none, is JSON.
@Suite(.serialized)
struct ReadOnlyMethodsTests {
    /// One path of every route.
    static let routes = [
        "/", "/healthz", "/metrics", "/charts/nk-troops.png", "/nk-troops.svg", "/charts/nk-troops.json",
        "/series/nk-troops-in-russia.csv", "/series/nk-troops-in-russia.json", "/query/ru-drones-downed?every=month",
        "/reports/brief",
    ]

    /// The error's JSON body: its message and status.
    func expectJSONError(_ reply: TestServer.Reply, _ status: Int, _ what: String) throws {
        #expect(reply.status == status, "\(what)")
        #expect(reply.headers["content-type"] == "application/json; charset=utf-8", "\(what)")
        let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any], "\(what)")
        #expect((json["error"] as? String)?.isEmpty == false && json["status"] as? Int == status, "\(what): \(reply.text)")
    }

    @Test func headAnswersLikeGetWithoutTheBody() async throws {
        let server = try await TestServer()
        for path in Self.routes {
            let get = try await server.get(path)
            let head = try await server.send("HEAD", path)
            #expect(get.status == 200 && head.status == 200, "\(path): \(head.status)")
            #expect(head.body.isEmpty, "\(path)")
            for name in ["content-type", "etag", "cache-control"] {
                #expect(head.headers[name] == get.headers[name], "\(path): \(name)")
            }
            if path != "/metrics" {
                #expect(head.headers["content-length"] == String(get.body.count), "\(path)")
            }
        }
        // A HEAD revalidation is answered 304 like a GET's.
        let tag = try #require(try await server.get("/charts/nk-troops.png").headers["etag"])
        #expect(try await server.send("HEAD", "/charts/nk-troops.png", headers: ["If-None-Match": tag]).status == 304)
        await server.stop()
    }

    @Test func headOfAnErrorHasItsStatusAndNoBody() async throws {
        let server = try await TestServer()
        for path in ["/charts/no-such-chart.png", "/no/such/path", "/charts/nk-troops.png?width=99"] {
            let get = try await server.get(path)
            let head = try await server.send("HEAD", path)
            #expect(head.status == get.status && head.body.isEmpty, "\(path)")
            #expect(head.headers["content-type"] == "application/json; charset=utf-8", "\(path)")
        }
        await server.stop()
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"])
    func otherMethodsOnARouteAre405WithAllow(_ method: String) async throws {
        let server = try await TestServer()
        for path in Self.routes + ["/charts/no-such-chart.png", "/anything"] {
            let reply = try await server.send(method, path)
            try expectJSONError(reply, 405, "\(method) \(path)")
            #expect(reply.headers["allow"] == "GET, HEAD", "\(method) \(path)")
        }
        // Refused before any work: nothing was drawn.
        #expect(try await server.get("/metrics").text.contains("reckon_render_cache_total{result=\"miss\"} 0"))
        await server.stop()
    }

    @Test func unknownPathsAre404WithAJSONBodyWhateverTheMethod() async throws {
        let server = try await TestServer()
        for path in ["/a/b/c", "/no/such/path", "/charts/a/b", "/series/x/y.csv", "/healthz/more"] {
            for method in ["GET", "POST", "DELETE"] {
                let reply = try await server.send(method, path)
                try expectJSONError(reply, 404, "\(method) \(path)")
                #expect(reply.headers["allow"] == nil, "\(method) \(path)")
            }
        }
        await server.stop()
    }
}
