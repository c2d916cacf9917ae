import ArgumentParser
import ReckonModel
import ReckonPublish

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every series file, sidecar, reckon.yaml and report template, reporting every problem.",
        discussion: """
            Problems print as file:line:column: error: message; the exit status is 65 when any is found.

            Example: reckon -C /srv/estimates check
            """)

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        try reporting {
            let workspace = try workspace.open()
            var report = workspace.check()
            // The charts of reckon.yaml, validated in full.
            if !report.diagnostics.contains(where: { $0.file == workspace.shown(Workspace.configName) }) {
                let (charts, problems) = try ChartSupport.parse(workspace)
                report.diagnostics += problems
                // The reports, as `render --all` renders them, once the charts they may embed are sound.
                if !problems.contains(where: { $0.severity == .error }) {
                    report.diagnostics += Publisher.reportProblems(in: workspace, charts: charts)
                }
            }
            printDiagnostics(report.diagnostics)
            var summary = "\(report.seriesCount) series, \(NumberText.grouped(Double(report.observationCount))) observations: "
            if report.diagnostics.isEmpty {
                summary += "no problems"
            } else {
                summary +=
                    "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
            }
            print(summary)
            if report.errorCount > 0 { throw ExitCode(65) }
        }
    }
}
