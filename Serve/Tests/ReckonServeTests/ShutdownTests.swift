import Foundation
import Testing

@testable import ReckonServe

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

#if canImport(Glibc)
    import Glibc
#endif

/// The `reckon-serve` executable: it says where it listens, and SIGTERM stops it cleanly.
struct ShutdownTests {
    @Test func sigtermStopsTheServerWithStatusZero() async throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestServer.repository + "/Serve/.build/debug/reckon-serve")
        process.arguments = ["-C", TestServer.repository, "--port", "0"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The first line says where it listens.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        let text = String(decoding: line, as: UTF8.self)
        let base = try #require(text.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(text.hasPrefix("reckon serve: listening on http://127.0.0.1:"))
        let (body, _) = try await URLSession.shared.data(from: try #require(URL(string: base + "/healthz")))
        #expect(String(decoding: body, as: UTF8.self) == "ok\n")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let log = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("GET /healthz 200"))
    }

    @Test func aFolderThatIsNotAWorkspaceExits66() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestServer.repository + "/Serve/.build/debug/reckon-serve")
        process.arguments = ["-C", NSTemporaryDirectory(), "--port", "0"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 66)
        #expect(
            String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("not a reckon workspace"))
    }
}

/// The render pool ends its threads when the server stops, after the renders queued.
struct RenderPoolStopTests {
    @Test func stoppingEndsEveryRenderThreadAfterTheQueuedRenders() async throws {
        let pool = RenderPool(threads: 3, queueLimit: 8, timeout: 10, metrics: ServeMetrics())
        #expect(pool.liveThreads == 3)
        let answer = try await pool.run { _ in 42 }
        #expect(answer == 42)
        pool.stop()
        for _ in 0..<500 where pool.liveThreads > 0 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(pool.liveThreads == 0)
    }
}
