import Foundation
import ReckonModel
import Testing

/// The server reads a workspace's files under the rule every command follows: a link in `Series/`
/// or `Reports/` to a file outside the workspace is never served, small or large.
@Suite(.serialized)
struct FileRuleTests {
    /// A file outside the workspace with `bytes`, which the server must never answer with.
    static func secret(_ bytes: String) throws -> String {
        let folder = NSTemporaryDirectory() + "reckon-secret-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try bytes.write(toFile: folder + "/secret", atomically: true, encoding: .utf8)
        return folder + "/secret"
    }

    @Test(arguments: [false, true])
    func aSeriesLinkedFromOutsideIsNotServed(large: Bool) async throws {
        // A valid series, so that only where it lies can refuse it; large ones are streamed.
        var csv = "date,value\n"
        let rows = large ? 120_000 : 3
        for i in 0..<rows { csv += "\(1000 + i / 366)-01-01,\(i)\n" }
        let secret = try FileRuleTests.secret(csv)
        let server = try await TestServer()
        try FileManager.default.createSymbolicLink(atPath: server.folder + "/Series/leak.csv", withDestinationPath: secret)
        for route in ["/series/leak.csv", "/series/leak.json", "/query/leak"] {
            let reply = try await server.get(route)
            #expect(reply.status == 404, "\(route): \(reply.status)")
            #expect(
                reply.text.contains("Series/leak.csv: error: is a link to a file outside the workspace"),
                "\(route): \(reply.text)")
            #expect(!reply.text.contains("1000-01-01"))
        }
        await server.stop()
    }

    @Test func aReportTemplateLinkedFromOutsideIsNotServed() async throws {
        let secret = try FileRuleTests.secret("the secret\n")
        let server = try await TestServer()
        try FileManager.default.removeItem(atPath: server.folder + "/Reports/brief.md")
        try FileManager.default.createSymbolicLink(atPath: server.folder + "/Reports/brief.md", withDestinationPath: secret)
        let reply = try await server.get("/reports/brief")
        #expect(reply.status == 404 && reply.text.contains("is a link to a file outside the workspace"), "\(reply.text)")
        #expect(!reply.text.contains("the secret"))
        await server.stop()
    }
}
