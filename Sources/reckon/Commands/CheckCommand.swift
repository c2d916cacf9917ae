import ArgumentParser
import ReckonModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every series file, sidecar and reckon.yaml, reporting every problem.")

    @OptionGroup var workspace: WorkspaceOptions

    func run() throws {
        try reporting {
            let report = try workspace.open().check()
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
