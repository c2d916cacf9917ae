import Foundation
import ReckonCairo
public import ReckonChart
public import ReckonModel

#if canImport(Glibc)
    import Glibc
#endif

/// Renders one chart in a child process, so that a chart whose rendering traps or hangs fails alone
/// and every other chart, the galleries and the manifest are still written.
///
/// The child is `executable` run with `arguments(chart, formats, folder, shownFolder)`; it writes the
/// chart's files itself (atomically), prints its warnings and errors to the shared standard error,
/// and prints the chart's record as a one-chart manifest on standard output (see
/// ``Publisher/renderOne(_:chart:formats:folder:shownFolder:)``). Its exit status is the failure's
/// sysexits status; death by a signal, or running past `timeout` seconds, is an internal failure.
public struct ChartWorker: Sendable {
    public var executable: String
    public var arguments: @Sendable (_ chart: String, _ formats: [ChartSpec.FileFormat], _ folder: String, _ shown: String) -> [String]
    /// The longest one chart may take, in seconds.
    public var timeout: Double

    public init(
        executable: String, timeout: Double = 600,
        arguments: @escaping @Sendable (String, [ChartSpec.FileFormat], String, String) -> [String]
    ) {
        self.executable = executable
        self.timeout = timeout
        self.arguments = arguments
    }

    /// The outcome of rendering `job` in a child process.
    func render(_ job: Publisher.Job, options: RenderOptions) -> Result<Publisher.Done, ModelError> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments(job.spec.id, job.formats, options.folder, options.shownFolder)
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        // A crash is reported in one line by the parent; the child's backtrace would flood cron mail.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let failed = { (message: String) in
            Result<Publisher.Done, ModelError>.failure(
                ModelError(.internalFailure, file: nil, "chart '\(job.spec.id)': \(message); its previous files are kept"))
        }
        do {
            try process.run()
        } catch {
            return failed("could not start a renderer (\(error.localizedDescription))")
        }
        let pid = process.processIdentifier
        let timer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        let bytes = [UInt8](output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()
        timer.cancel()
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            return failed(signal == SIGKILL ? "rendering took longer than \(Int(timeout)) seconds" : "rendering crashed (signal \(signal))")
        }
        switch process.terminationStatus {
        case 0:
            guard let manifest = Manifest(json: bytes), let record = manifest.charts[job.spec.id] else {
                return failed("the renderer's answer could not be read")
            }
            return .success(Publisher.Done(files: manifest.outputs.keys.sorted(), record: record, warnings: []))
        case 64: return .failure(ModelError(.usage, []))
        case 65: return .failure(ModelError(.badData, []))
        case 66: return .failure(ModelError(.missingInput, []))
        case 73: return .failure(ModelError(.cannotCreate, []))
        case 74: return .failure(ModelError(.io, []))
        case 75: return .failure(ModelError(.busy, []))
        default: return failed("the renderer failed with status \(process.terminationStatus)")
        }
    }
}

extension Publisher {
    /// Renders one chart of `reckon.yaml` into `folder` and returns its record as a one-chart
    /// manifest (the files written under `outputs`): what a ``ChartWorker``'s child process does.
    /// Warnings are returned for the caller to print.
    public static func renderOne(
        _ workspace: Workspace, chart: String, formats: [ChartSpec.FileFormat], folder: String, shownFolder: String
    ) throws(ModelError) -> (manifest: Manifest, warnings: [ReckonModel.Diagnostic]) {
        let (specs, problems) = try charts(of: workspace)
        if problems.contains(where: { $0.severity == .error }) { throw ModelError(.badData, problems) }
        guard let spec = specs.first(where: { $0.id == chart }) else {
            throw ModelError(.usage, "no chart '\(chart)' in \(Workspace.configName)")
        }
        let job = Job(spec: spec, inputs: "", formats: formats, allFormats: formats)
        var options = RenderOptions(folder: folder, shownFolder: shownFolder, jobs: 1)
        options.formats = formats
        switch render(job, workspace: workspace, options: options, measurer: PangoMeasurer()) {
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
