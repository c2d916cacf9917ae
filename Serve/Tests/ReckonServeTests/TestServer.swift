import Foundation
import Logging
import ReckonServe
import ServiceLifecycle
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A server over a copy of the sample workspace, on a free port of the loopback interface.
final class TestServer: Sendable {
    /// The copy of the workspace it serves, which a test may edit.
    let folder: String
    /// `http://127.0.0.1:<port>`.
    let base: String
    private let task: Task<Void, any Error>

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// Starts a server; `configure` changes its options.
    init(_ configure: (inout ServeOptions) -> Void = { _ in }) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-serve-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for item in ["Series", "Reports", "reckon.yaml"] {
            try FileManager.default.copyItem(atPath: Self.repository + "/" + item, toPath: folder + "/" + item)
        }
        var options = ServeOptions(cores: 2)
        options.port = 0
        options.workspace = folder
        configure(&options)
        var logger = Logger(label: "reckon.serve.test")
        logger.logLevel = .warning
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let app = try ReckonServer.application(options, logger: logger) { address in continuation.yield(address) }
        task = Task {
            let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
            try await group.run()
        }
        var iterator = stream.makeAsyncIterator()
        guard let address = await iterator.next() else { throw CancellationError() }
        self.folder = folder
        base = address
    }

    /// Stops the server and removes its workspace.
    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A response: status, headers (lower-case names) and body.
    struct Reply: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        return URLSession(configuration: configuration)
    }()

    /// GET `path` (with its query), with `headers`.
    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await send("GET", path, headers: headers)
    }

    /// A request with `method` for `path` (with its query), with `headers` and no body.
    func send(_ method: String, _ path: String, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: try #require(URL(string: base + path)))
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await Self.session.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }
}

/// The width and height of PNG bytes, from the IHDR chunk.
func pngSize(_ data: Data) -> (Int, Int)? {
    let b = [UInt8](data)
    guard b.count > 24, b[0] == 0x89, b[1] == 0x50 else { return nil }
    func int(_ at: Int) -> Int { b[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
    return (int(16), int(20))
}
