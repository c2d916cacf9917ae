import ArgumentParser
import Foundation
import ReckonModel
import ReckonPublish

/// The child process of `render`: renders the charts it is asked for on standard input, one at a
/// time (see ``ChartWorker/serve(_:input:output:beforeEach:report:)``). Hidden from help; `render`
/// runs it so that a chart that crashes fails alone.
struct RenderWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-worker", abstract: "Render charts for reckon render (internal).", shouldDisplay: false)

    @OptionGroup var workspace: WorkspaceOptions

    /// The environment variables that make the worker crash or hang on the chart they name: the only
    /// way to test that a crash or a hang costs no other chart, since no input is known to cause one.
    /// Only debug builds (the tests') read them; a release build has no such hooks.
    static let crashHook = "RECKON_TEST_CRASH_CHART"
    static let hangHook = "RECKON_TEST_HANG_CHART"

    /// The charts the test hooks name, in a debug build.
    static var hooks: (crash: String?, hang: String?) {
        #if DEBUG
            let environment = ProcessInfo.processInfo.environment
            return (environment[crashHook], environment[hangHook])
        #else
            return (nil, nil)
        #endif
    }

    func run() throws {
        let (crashOn, hangOn) = Self.hooks
        // `render` runs a worker a processor: each works on one thread.
        var workspace = try workspace.open()
        workspace.worksOnTwoThreads = false
        ChartWorker.serve(
            workspace, input: STDIN_FILENO, output: STDOUT_FILENO,
            beforeEach: { chart in
                if chart == crashOn { fatalError("\(Self.crashHook) asked chart '\(chart)' to crash") }
                while chart == hangOn { sleep(60) }
            })
    }
}

extension ChartWorker {
    /// Workers that run `render-worker` in this same executable.
    static func sameExecutable(workspace: String, timeout: Double) -> ChartWorker? {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return ChartWorker(executable: path, arguments: ["render-worker", "-C", workspace], timeout: timeout)
    }
}
