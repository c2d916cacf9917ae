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
        let workspace = try workspace.open()
        var report = workspace.check()
        // reckon.yaml, read as render reads it; then the report templates, as `render --all` renders
        // them, once the charts they may embed are sound.
        do throws(ReckonError) {
            let settings = try WorkspaceSettings.read(workspace)
            report.diagnostics += settings.diagnostics
            if !settings.hasErrors { report.diagnostics += Publisher.reportProblems(in: workspace, settings: settings) }
        } catch {
            report.diagnostics += error.diagnostics
        }
        printDiagnostics(report.diagnostics)
        var summary = "\(report.seriesCount) series, \(NumberText.grouped(Double(report.observationCount))) observations: "
        if report.diagnostics.isEmpty {
            summary += "no problems"
        } else {
            summary +=
                "\(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
        }
        let revised = report.revisions.values.reduce(0, +)
        if revised > 0 {
            let each = report.revisions.sorted { $0.key.description < $1.key.description }.map { "\($0.key) \($0.value)" }
            summary +=
                "; \(NumberText.grouped(Double(revised))) past value\(revised == 1 ? "" : "s") revised (\(each.joined(separator: ", ")))"
        }
        print(summary)
        if report.errorCount > 0 { throw ExitCode(65) }
    }
}
