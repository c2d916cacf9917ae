import ArgumentParser
import Foundation
import Logging
import ReckonModel
import ReckonServe
import ServiceLifecycle
import Synchronization

/// `reckon-serve`, which `reckon serve` hands over to.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reckon serve",
        abstract: "Serve the workspace's charts, series, queries and reports over HTTP, read-only.",
        discussion: """
            Routes: / (the gallery), /charts/<id>.png|svg|pdf|csv|json (json: the embed record; \
            pictures take width, height, scale and theme), /series/<id>.csv|json, /query/<series> \
            (reckon query's options as parameters, JSON out), /reports/<name>, /metrics (Prometheus) \
            and /healthz. Responses carry a strong ETag and Cache-Control; files are re-read when \
            they change. A full render queue is answered 503 with Retry-After. Logs go to standard \
            error; SIGTERM and SIGINT finish the requests under way, then stop. Every route answers \
            GET and HEAD; other methods are answered 405. Exit status: 0 once stopped, 64 for a bad \
            option, 66 when the folder is not a workspace, 69 when it cannot listen (the port is \
            taken, the host is not this machine's or has no address).

            Examples:
              reckon serve
              reckon serve -C /srv/estimates --host 0.0.0.0 --port 8080 --renders 4
            """)

    @Option(name: [.customShort("C"), .customLong("workspace")], help: "The workspace folder.")
    var workspace = ProcessInfo.processInfo.environment["RECKON_WORKSPACE"] ?? "."
    @Option(help: "The address to listen on; 0.0.0.0 for every interface.") var host = "127.0.0.1"
    @Option(help: "The port; 0 takes a free one.") var port = 8080
    @Option(help: "How many renders run at once (default: the number of cores).") var renders: Int?
    @Option(help: "How many renders may wait; more are answered 503.") var queue = 64
    @Option(help: "Seconds a request waits for its render, 1 to 600.") var renderTimeout = 30
    @Option(help: "Seconds an idle connection stays open, 1 to 3600.") var idleTimeout = 30
    @Option(help: "Cache-Control max-age in seconds, 0 to 86400.") var maxAge = 60
    @Option(help: "Log level: debug, info, warning or error.") var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        if let renders, !(1...256).contains(renders) { throw ValidationError("--renders must be 1 to 256") }
        guard (0...100_000).contains(queue) else { throw ValidationError("--queue must be 0 to 100000") }
        guard (1...600).contains(renderTimeout) else { throw ValidationError("--render-timeout must be 1 to 600") }
        guard (1...3600).contains(idleTimeout) else { throw ValidationError("--idle-timeout must be 1 to 3600") }
        guard (0...86400).contains(maxAge) else { throw ValidationError("--max-age must be 0 to 86400") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be debug, info, warning or error")
        }
    }

    func run() async throws {
        var options = ServeOptions(cores: ProcessInfo.processInfo.activeProcessorCount)
        options.host = host
        options.port = port
        options.workspace = workspace
        if let renders { options.renders = renders }
        options.queue = queue
        options.renderTimeout = Double(renderTimeout)
        options.idleTimeout = idleTimeout
        options.maxAge = maxAge
        #if DEBUG
            // The tests' hook, as reckon render's worker has it; release builds have none.
            options.hangChart = ProcessInfo.processInfo.environment["RECKON_TEST_HANG_CHART"]
        #endif
        LoggingSystem.bootstrap(StreamLogHandler.standardError)
        var logger = Logger(label: "reckon.serve")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let listening = Listening()
        let app = try Self.application(options, logger: logger, listening: listening)
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch  where !listening.started {
            throw Self.unavailable(host: host, port: port, error)
        }
    }

    /// The server, or the exit status of a folder that is not a workspace, with its message; `listening`
    /// is told once it listens.
    static func application(_ options: ServeOptions, logger: Logger, listening: Listening) throws -> any Service {
        let made = Result { () throws(ReckonError) in
            try ReckonServer.application(options, logger: logger) { address in
                listening.start()
                // One line on standard output, for people and for scripts that start the server.
                FileHandle.standardOutput.write(Data("reckon serve: listening on \(address)\n".utf8))
            } as any Service
        }
        switch made {
        case .success(let app): return app
        case .failure(let error):
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(Int32(ReckonError.status(error.kind)))
        }
    }

    /// Says on one line why the server could not start listening (the port is taken, the address is
    /// not this machine's or has no name), and gives the exit status 69: `EX_UNAVAILABLE`, a service
    /// that cannot be had, as sysexits has it.
    static func unavailable(host: String, port: Int, _ error: any Error) -> ExitCode {
        let reason = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        FileHandle.standardError.write(Data("reckon serve: cannot listen on \(host):\(port): \(reason)\n".utf8))
        return ExitCode(69)
    }
}

/// Whether the server has started listening: a failure before it did is a failure to start.
final class Listening: Sendable {
    private let listening = Atomic(false)

    /// Whether it listens (or did).
    var started: Bool { listening.load(ordering: .acquiring) }

    /// Records that it listens.
    func start() { listening.store(true, ordering: .releasing) }
}
