import Foundation
import ReckonModel

import Glibc

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
    func draw(_ job: Publisher.Job, options: RenderOptions) -> Result<Publisher.Drawn, ReckonError>? {
        let request = ChartJob(
            chart: job.spec.id, formats: job.formats, files: job.files.map(\.name), folder: options.folder,
            shown: options.shownFolder, strict: options.strict)
        let pid = process.processIdentifier
        started = .now()
        let timer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: timer)
        defer { timer.cancel() }
        guard PipeReader.write(request.line, to: toChild.fileHandleForWriting.fileDescriptor), let header = reader.line()
        else { return nil }
        guard let count = Int(String(decoding: header, as: UTF8.self)), let bytes = reader.read(count),
            let outcome = ChartOutcome(json: bytes)
        else { return nil }
        // The files in name order, whichever order the child wrote them in.
        return outcome.result.map { Publisher.Drawn(files: $0.files.sorted(), record: $0.record, warnings: $0.warnings) }
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
