import Foundation
import ReckonCairo
public import ReckonChart
public import ReckonModel

#if canImport(Glibc)
    import Glibc
#endif

/// Renders charts in child processes, so that a chart whose rendering traps or hangs fails alone and
/// every other chart, the galleries and the manifest are still written.
///
/// Each of `render`'s threads keeps one child, `executable` run with `arguments`, and hands it
/// charts one at a time (the child loads fonts and `reckon.yaml` once, so a child per thread costs
/// little more than rendering in this process). When a child dies — a trap, a signal, or running past
/// `timeout` seconds on one chart — that chart fails with an internal error and the next chart gets a
/// new child. The protocol is ``ChartWorker/serve(_:input:output:beforeEach:)``'s.
public struct ChartWorker: Sendable {
    public var executable: String
    public var arguments: [String]
    /// The longest one chart may take, in seconds.
    public var timeout: Double

    public init(executable: String, arguments: [String], timeout: Double = 600) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }
}

extension ChartWorker {
    /// The child's side: reads one request per line from `input` (a JSON object with `chart`,
    /// `formats`, `folder` and `shown`), renders that chart of `workspace`'s `reckon.yaml`, prints its
    /// warnings and errors to standard error, and answers on `output` with a line `ok N` followed by
    /// N bytes (the chart's record as a one-chart manifest, its files under `outputs`) or a line
    /// `fail STATUS` (the failure's sysexits status). Returns at the end of `input`.
    ///
    /// `beforeEach` sees each chart id first (the command line's test hook uses it).
    public static func serve(
        _ workspace: Workspace, input: Int32, output: Int32, beforeEach: (String) -> Void = { _ in },
        report: ([ReckonModel.Diagnostic]) -> Void
    ) {
        var reader = PipeReader(fd: input)
        var parsed: (charts: [ChartSpec], diagnostics: [ReckonModel.Diagnostic])?
        let measurer = PangoMeasurer()
        while let line = reader.line() {
            guard let request = Request(line) else {
                PipeReader.write(Array("fail 70\n".utf8), to: output)
                continue
            }
            beforeEach(request.chart)
            do throws(ModelError) {
                if parsed == nil { parsed = try Publisher.charts(of: workspace) }
                let (manifest, warnings) = try Publisher.renderOne(
                    request, charts: parsed!, workspace: workspace, measurer: measurer)
                report(warnings)
                let bytes = manifest.json()
                PipeReader.write(Array("ok \(bytes.count)\n".utf8) + bytes, to: output)
            } catch {
                report(error.diagnostics)
                PipeReader.write(Array("fail \(ModelError.status(error.kind))\n".utf8), to: output)
            }
        }
    }

    /// One chart to render, as the parent asks for it.
    struct Request {
        var chart: String
        var formats: [ChartSpec.FileFormat]
        var folder: String
        var shown: String

        init(chart: String, formats: [ChartSpec.FileFormat], folder: String, shown: String) {
            (self.chart, self.formats, self.folder, self.shown) = (chart, formats, folder, shown)
        }

        init?(_ line: [UInt8]) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let chart = object["chart"] as? String, let formats = object["formats"] as? [String],
                let folder = object["folder"] as? String, let shown = object["shown"] as? String
            else { return nil }
            self.init(
                chart: chart, formats: formats.compactMap(ChartSpec.FileFormat.init(rawValue:)), folder: folder, shown: shown)
        }

        var line: [UInt8] {
            let value = JSONText.Value.object([
                ("chart", .string(chart)), ("formats", .array(formats.map { .string($0.rawValue) })),
                ("folder", .string(folder)), ("shown", .string(shown)),
            ])
            return Array((JSONText.encode(value) + "\n").utf8)
        }
    }
}

/// The parent's side: one child process, reused for chart after chart until it dies.
final class WorkerProcess {
    private let process: Process
    private let toChild: Pipe
    private let fromChild: Pipe
    private var reader: PipeReader
    private let timeout: Double
    private var started = DispatchTime.now()

    /// Starts a child; nil when it cannot be started.
    init?(_ worker: ChartWorker) {
        // A child that dies closes its pipe: writing to it must fail, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        process = Process()
        process.executableURL = URL(fileURLWithPath: worker.executable)
        process.arguments = worker.arguments
        // A crash is reported in one line by the parent; the child's backtrace would flood cron mail.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        toChild = Pipe()
        fromChild = Pipe()
        process.standardInput = toChild
        process.standardOutput = fromChild
        reader = PipeReader(fd: fromChild.fileHandleForReading.fileDescriptor)
        timeout = worker.timeout
        guard (try? process.run()) != nil else { return nil }
    }

    /// The outcome of `job`, or nil when the child died on it (see ``deathMessage()``).
    func render(_ job: Publisher.Job, options: RenderOptions) -> Result<Publisher.Done, ModelError>? {
        let request = ChartWorker.Request(
            chart: job.spec.id, formats: job.formats, folder: options.folder, shown: options.shownFolder)
        let pid = process.processIdentifier
        started = .now()
        let timer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        defer { timer.cancel() }
        guard PipeReader.write(request.line, to: toChild.fileHandleForWriting.fileDescriptor), let header = reader.line()
        else { return nil }
        let words = String(decoding: header, as: UTF8.self).split(separator: " ")
        guard words.count == 2, let number = Int(words[1]) else { return nil }
        if words[0] == "fail" { return .failure(ModelError(ModelError.kind(status: number), [])) }
        guard words[0] == "ok", let bytes = reader.read(number), let manifest = Manifest(json: bytes),
            let record = manifest.charts[job.spec.id]
        else { return nil }
        return .success(Publisher.Done(files: manifest.outputs.keys.sorted(), record: record, warnings: []))
    }

    /// Why the child is gone: a crash, a time-out or an early exit. Ends it and waits for it.
    func deathMessage() -> String {
        // The pipe closes a moment before the process is seen to end: give it two seconds.
        for _ in 0..<200 where process.isRunning { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return "the renderer's answer could not be read"
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return signal == SIGKILL && elapsed >= timeout
                ? "rendering took longer than \(NumberText.grouped(timeout)) s" : "rendering crashed (signal \(signal))"
        }
        return "the renderer stopped with status \(process.terminationStatus)"
    }

    /// Ends the child: it exits at the end of its input.
    func finish() {
        try? toChild.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}

extension Publisher {
    /// Renders the chart a worker was asked for, from `charts` (this workspace's parsed
    /// `reckon.yaml`), into the request's folder; returns its record as a one-chart manifest (the
    /// files written under `outputs`) and its warnings.
    static func renderOne(
        _ request: ChartWorker.Request, charts: (charts: [ChartSpec], diagnostics: [ReckonModel.Diagnostic]),
        workspace: Workspace, measurer: PangoMeasurer
    ) throws(ModelError) -> (manifest: Manifest, warnings: [ReckonModel.Diagnostic]) {
        if charts.diagnostics.contains(where: { $0.severity == .error }) { throw ModelError(.badData, charts.diagnostics) }
        guard let spec = charts.charts.first(where: { $0.id == request.chart }) else {
            throw ModelError(.usage, "no chart '\(request.chart)' in \(Workspace.configName)")
        }
        let job = Job(spec: spec, inputs: "", formats: request.formats, allFormats: request.formats)
        let options = RenderOptions(folder: request.folder, shownFolder: request.shown, jobs: 1)
        switch render(job, workspace: workspace, options: options, measurer: measurer) {
        case .success(let done):
            var manifest = Manifest()
            manifest.charts[spec.id] = done.record
            for file in done.files { manifest.outputs[file] = "" }
            return (manifest, done.warnings)
        case .failure(let error):
            throw error
        }
    }
}
