import Foundation
import ReckonCairo
import ReckonModel
import ReckonServe
import Testing

/// Errors answered from the workspace's problems name its files as the workspace sees them
/// (`Series/x.csv:3:12: ...`), never by where the server's folder is on the machine.
@Suite(.serialized)
struct ServeErrorTests {
    /// The `error` of a JSON error body.
    func message(_ reply: TestServer.Reply) throws -> String {
        let json = try #require(try JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
        return try #require(json["error"] as? String)
    }

    /// A server without Cairo and Pango keeps running: a chart is answered 503 with the loader's reason,
    /// as GraphicsLibrary.load() throws it, and no Retry-After, as waiting will not bring them.
    @Test func missingDrawingLibrariesAreAnswered503() {
        let error = ServeError(graphics: CairoError(unavailable: "libcairo.so.2: cannot open shared object file"))
        #expect(error.status == .serviceUnavailable)
        #expect(error.message == "cannot load Cairo and Pango to draw: libcairo.so.2: cannot open shared object file")
        #expect(error.retryAfter == nil)
    }

    @Test func aBrokenSettingsFileIsNamedRelatively() async throws {
        let server = try await TestServer()
        let path = server.folder + "/reckon.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try AtomicFile.write(Array((text + "  - id: broken\n    layers: 3\n").utf8), to: path, shown: path)
        for route in ["/charts/nk-troops.png", "/charts/nk-troops.json", "/", "/reports/brief"] {
            let reply = try await server.get(route)
            let error = try message(reply)
            #expect(reply.status == 500, "\(route)")
            #expect(error.hasPrefix("reckon.yaml:"), "\(route): \(error)")
            #expect(!error.contains(server.folder) && !reply.text.contains(server.folder), "\(route): \(error)")
        }
        await server.stop()
    }

    @Test func aBrokenSeriesIsNamedRelatively() async throws {
        let server = try await TestServer()
        let path = server.folder + "/Series/nk-troops-in-russia.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "2024-10-31,8000,", with: "2024-10-31,lots,")
        try AtomicFile.write(Array(broken.utf8), to: path, shown: path)
        for route in ["/series/nk-troops-in-russia.json", "/query/nk-troops-in-russia", "/charts/nk-troops.png"] {
            let reply = try await server.get(route)
            let error = try message(reply)
            #expect(reply.status == 500, "\(route)")
            #expect(error.hasPrefix("Series/nk-troops-in-russia.csv:3:12: error:"), "\(route): \(error)")
            #expect(!reply.text.contains(server.folder), "\(route): \(error)")
        }
        await server.stop()
    }

    @Test func aMissingReportTemplateIsNamedRelatively() async throws {
        let server = try await TestServer()
        try FileManager.default.removeItem(atPath: server.folder + "/Reports")
        let reply = try await server.get("/reports/brief")
        let error = try message(reply)
        #expect(reply.status == 404 && error.hasPrefix("Reports/"), "\(error)")
        #expect(!reply.text.contains(server.folder), "\(error)")
        await server.stop()
    }
}
