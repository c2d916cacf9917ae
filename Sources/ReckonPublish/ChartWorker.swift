import Foundation
import ReckonCairo
import ReckonChart
public import ReckonModel

import Glibc

/// Renders charts in child processes, so that a chart whose rendering traps or hangs fails alone and
/// every other chart, the galleries and the manifest are still written.
///
/// Each of `render`'s threads keeps one child, `executable` run with `arguments`, and hands it
/// charts one at a time (the child loads fonts and `reckon.yaml` once, so a child per thread costs
/// little more than rendering in this process). When a child dies — a trap, a signal, or running past
/// `timeout` seconds on one chart — that chart fails with an internal error and the next chart gets a
/// new child. The protocol is ``ChartWorker/serve(_:input:output:beforeEach:)``'s.
///
/// Starting a child makes this process ignore `SIGPIPE`, so that writing to a child that has died
/// fails the write instead of ending the process.
public struct ChartWorker: Sendable {
    /// The program that renders one chart.
    public var executable: String
    /// Its arguments, before the chart's.
    public var arguments: [String]
    /// The longest one chart may take, in seconds.
    public var timeout: Double

    /// A worker that runs `executable` with `arguments`, ended after `timeout` seconds.
    public init(executable: String, arguments: [String], timeout: Double = 600) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }
}

extension ChartWorker {
    /// The child's side: reads one job per line from `input` (a chart, its formats and files, the
    /// output folder), draws that chart of `workspace`'s `reckon.yaml` into the job's folder, and
    /// answers on `output` with its outcome as JSON after its length (the files written, the chart's record and its warnings, or the failure's
    /// status and diagnostics, which the parent reports). Returns at the end of `input`.
    ///
    /// `beforeEach` sees each chart id first (the command line's test hook uses it).
    public static func serve(
        _ workspace: Workspace, input: Int32, output: Int32, beforeEach: (String) -> Void = { _ in }
    ) {
        var reader = PipeReader(fd: input)
        var settings: WorkspaceSettings?
        let measurer = PangoMeasurer()
        while let line = reader.line() {
            guard let job = ChartJob(line: line) else {
                PipeReader.write(ChartOutcome.failed(status: 70, diagnostics: []).message, to: output)
                continue
            }
            beforeEach(job.chart)
            let result: Result<Publisher.Drawn, ReckonError>
            do throws(ReckonError) {
                if settings == nil { settings = try WorkspaceSettings.read(workspace) }
                result = .success(try Publisher.draw(job, settings: settings!, workspace: workspace, measurer: measurer))
            } catch {
                result = .failure(error)
            }
            PipeReader.write(ChartOutcome(result).message, to: output)
        }
    }
}
