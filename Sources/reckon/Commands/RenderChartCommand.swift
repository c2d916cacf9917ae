import ArgumentParser
import Foundation
import ReckonChart
import ReckonModel
import ReckonPublish

/// The child process of `render`: renders one chart and prints its record on standard output.
/// Hidden from help; `render` runs it so that a chart that crashes fails alone.
struct RenderChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-chart", abstract: "Render one chart for reckon render (internal).", shouldDisplay: false)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument var chart: String
    @Option var formats: String
    @Option var out: String
    @Option var shownOut: String

    /// The environment variable that makes the child crash on the chart it names: the only way to
    /// test that a crash costs no other chart, since no input is known to crash reckon.
    static let crashHook = "RECKON_TEST_CRASH_CHART"

    func run() throws {
        if let name = ProcessInfo.processInfo.environment[Self.crashHook], name == chart {
            fatalError("\(Self.crashHook) asked chart '\(chart)' to crash")
        }
        try reporting {
            let formats = try formats.split(separator: ",").map { v throws(ModelError) -> ChartSpec.FileFormat in
                try choice("--formats", String(v))
            }
            let (manifest, warnings) = try Publisher.renderOne(
                try workspace.open(), chart: chart, formats: formats, folder: out, shownFolder: shownOut)
            printDiagnostics(warnings)
            FileHandle.standardOutput.write(Data(manifest.json()))
        }
    }
}

extension ChartWorker {
    /// Runs `render-chart` in this same executable for each chart.
    static func sameExecutable(workspace: String) -> ChartWorker? {
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        return ChartWorker(executable: path) { chart, formats, folder, shown in
            [
                "render-chart", "-C", workspace, chart, "--formats", formats.map(\.rawValue).joined(separator: ","),
                "--out", folder, "--shown-out", shown,
            ]
        }
    }
}
