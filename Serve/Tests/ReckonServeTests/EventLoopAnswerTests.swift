import Foundation
import Glibc
import Testing

@testable import ReckonServe

/// A request the cache holds the answer to is answered on the connection's event loop
/// (`CachedAnswerHandler`): with the headers, status and body Hummingbird's answer had, counted and
/// logged as every request is, in the order requests came on a connection, and closing the
/// connection when the request asks.
@Suite(.serialized)
struct EventLoopAnswerTests {
    static let chart = "/charts/nk-troops.png?width=520"

    @Test func anAnswerFromTheCacheHasTheHeadersOfTheFirst() async throws {
        let server = try await TestServer()
        let first = try await server.get(Self.chart)
        let requests = try await Self.requests(server, route: "charts")
        let again = try await server.get(Self.chart)
        #expect(again.status == 200 && again.body == first.body)
        var (a, b) = (first.headers, again.headers)
        #expect(a.removeValue(forKey: "date") != nil && b.removeValue(forKey: "date") != nil)
        #expect(a == b)
        #expect(again.headers["server"] == "reckon")
        // RFC 9110's IMF-fixdate, as Hummingbird writes it.
        let date = try #require(again.headers["date"])
        #expect(date.wholeMatch(of: /[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT/) != nil, "\(date)")
        #expect(try await Self.requests(server, route: "charts") == requests + 1)
        await server.stop()
    }

    @Test func headAndRevalidationAreAnsweredFromTheCache() async throws {
        let server = try await TestServer()
        let first = try await server.get(Self.chart)
        let hits = try await CachedAnswerTests.cacheHits(server)
        let head = try await server.send("HEAD", Self.chart)
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(first.body.count) && head.headers["etag"] == first.headers["etag"])
        let revalidated = try await server.get(Self.chart, headers: ["If-None-Match": first.headers["etag"]!])
        #expect(revalidated.status == 304 && revalidated.body.isEmpty)
        #expect(revalidated.headers["etag"] == first.headers["etag"] && revalidated.headers["content-type"] == nil)
        #expect(try await CachedAnswerTests.cacheHits(server) == hits + 2)
        await server.stop()
    }

    /// Three requests in one write: a chart not drawn yet (Hummingbird draws it), one the cache holds,
    /// then the health check. The answers come in that order, though the second was ready first.
    @Test func pipelinedRequestsAreAnsweredInTheirOrder() async throws {
        let server = try await TestServer()
        let kept = try await server.get(Self.chart)
        let connection = try RawConnection(server.base)
        let fresh = "/charts/nk-troops.png?width=610"
        try connection.send(
            "GET \(fresh) HTTP/1.1\r\nHost: t\r\n\r\nGET \(Self.chart) HTTP/1.1\r\nHost: t\r\n\r\n"
                + "GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        let answers = try connection.responses(3)
        #expect(answers.map(\.status) == [200, 200, 200])
        #expect(pngSize(answers[0].body)?.0 == 610)
        #expect(answers[1].body == kept.body)
        #expect(String(decoding: answers[2].body, as: UTF8.self) == "ok\n")
        await server.stop()
    }

    @Test func connectionCloseIsHonoured() async throws {
        let server = try await TestServer()
        let kept = try await server.get(Self.chart)
        let connection = try RawConnection(server.base)
        try connection.send("GET \(Self.chart) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        let answers = try connection.responses(1)
        #expect(answers.first?.body == kept.body)
        #expect(connection.isClosedByServer(), "the server left the connection open")
        await server.stop()
    }

    /// A request that announces a body is handed on, and answered at once, before its body is sent:
    /// the client waits for `100 Continue` or an answer before it sends the body.
    @Test func aRequestExpectingToSendABodyIsAnsweredWithoutWaitingForIt() async throws {
        let server = try await TestServer()
        let kept = try await server.get(Self.chart)
        let connection = try RawConnection(server.base)
        try connection.send(
            "GET \(Self.chart) HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        let start = ContinuousClock.now
        var answer = try #require(try connection.responses(1).first)
        if answer.status == 100 { answer = try #require(try connection.responses(1).first) }
        #expect(answer.status == 200 && answer.body == kept.body)
        #expect(ContinuousClock.now - start < .seconds(5))
        await server.stop()
    }

    /// After a request that asks to end the connection, a request pipelined behind it is not answered
    /// from the cache: the connection ends after the first answer.
    @Test func nothingIsAnsweredAfterARequestToClose() async throws {
        let server = try await TestServer()
        _ = try await server.get(Self.chart)
        let connection = try RawConnection(server.base)
        try connection.send(
            "GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\nGET \(Self.chart) HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try #require(try connection.responses(1).first)
        #expect(String(decoding: first.body, as: UTF8.self) == "ok\n")
        #expect(connection.isClosedByServer(), "a second answer came, or the connection stayed open")
        await server.stop()
    }

    /// The requests counted for `route` with status 200, from `/metrics`.
    static func requests(_ server: TestServer, route: String) async throws -> Int {
        let text = try await server.get("/metrics").text
        let prefix = "reckon_http_requests_total{route=\"\(route)\",status=\"200\"}"
        let line = text.split(separator: "\n").first { $0.hasPrefix(prefix) }
        return Int(line?.split(separator: " ").last ?? "0") ?? 0
    }
}

/// A blocking TCP connection to the test server, for what `URLSession` does not do: pipelined
/// requests, and seeing the server close the connection. Reads wait at most ten seconds.
final class RawConnection {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(_ base: String) throws {
        let portText = try #require(base.split(separator: ":").last)
        let port = try #require(UInt16(portText))
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
    }

    deinit { close(fd) }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        try #require(bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) } == bytes.count)
    }

    /// Reads more bytes; false at the end of the connection or after the time-out.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        buffer += chunk[0..<n]
        return true
    }

    /// The next `count` responses, each with its status, headers (lower-case names) and body (by its
    /// `Content-Length`).
    func responses(_ count: Int) throws -> [TestServer.Reply] {
        var out: [TestServer.Reply] = []
        while out.count < count {
            let end = Array("\r\n\r\n".utf8)
            var headEnd: Int?
            while headEnd == nil {
                headEnd = buffer.indices.dropLast(3).first { Array(buffer[$0..<($0 + 4)]) == end }
                if headEnd == nil { try #require(fill(), "the connection ended inside a response's head") }
            }
            let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
            let status = Int(head[0].split(separator: " ")[1]) ?? 0
            var headers: [String: String] = [:]
            for line in head.dropFirst() {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 { headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
            }
            let length = Int(headers["content-length"] ?? "0") ?? 0
            let start = headEnd! + 4
            while buffer.count < start + length { try #require(fill(), "the connection ended inside a body") }
            out.append(.init(status: status, headers: headers, body: Data(buffer[start..<(start + length)])))
            buffer.removeFirst(start + length)
        }
        return out
    }

    /// Whether the server closes the connection (a read returns its end) within the time-out.
    func isClosedByServer() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16)
        return chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) } == 0
    }
}
