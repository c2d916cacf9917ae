import ArgumentParser
import Foundation
import ReckonModel
import ReckonPull

/// `reckon-pull`, which `reckon pull` hands over to: its own executable, so that only pulling loads
/// Foundation's networking (libcurl and its libraries) and reckon's other commands start as fast as before.
struct PullTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reckon pull",
        abstract: "Fetch each series' source (the pull: mapping of its sidecar) and record new and revised estimates.",
        discussion: """
            A sidecar's pull: mapping names a url (http, https or file) and the mapping of reckon import \
            (format, date-column, value-column, low-column, high-column, qualifier-column, source). Sources \
            are fetched conditionally (the validators and a hash are kept in Series/.pull-state.json); a \
            past value that changed is kept and its new value added with reported = today (UTC).

            Prints a line per series when any changed (every series with --verbose), nothing otherwise. \
            A series that fails is left as it was and the others go on; the status is then the first \
            failure's: 69 unavailable (4xx, too many redirects, too large), 75 temporary (timeout, 5xx, \
            reset, truncated; try later), 65 malformed data.

            Example (cron): reckon pull && reckon render --all
            """)

    @Option(
        name: [.customShort("C"), .customLong("workspace")],
        help: ArgumentHelp("The workspace folder (default: $RECKON_WORKSPACE, else the current folder).", valueName: "dir"))
    var directory: String?
    @Argument(help: "The series to pull (default: every series with a source).") var ids: [String] = []
    @Option(help: ArgumentHelp("Seconds without data before an attempt times out.", valueName: "seconds"))
    var timeout: Double = 30
    @Option(help: "Retries after a timeout, 5xx or reset.") var retries = 2
    @Option(help: ArgumentHelp("Seconds before the first retry; doubled for each next one.", valueName: "seconds"))
    var backoff: Double = 1
    @Option(help: ArgumentHelp("The largest body accepted.", valueName: "bytes")) var maxBytes = 64 << 20
    @Option(help: "Redirects followed.") var maxRedirects = 5
    @Option(help: ArgumentHelp("How long to wait for another writer's lock.", valueName: "seconds")) var wait: Double = 30
    @Flag(name: [.short, .long], help: "Print every series' line, also when nothing changed.") var verbose = false

    func validate() throws {
        guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be 0 to 3600 seconds") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be 0 to 10") }
        guard backoff >= 0, backoff <= 60 else { throw ValidationError("--backoff must be 0 to 60 seconds") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard (0...20).contains(maxRedirects) else { throw ValidationError("--max-redirects must be 0 to 20") }
        guard wait >= 0, wait <= 86_400 else { throw ValidationError("--wait must be a number of seconds, 0 to 86400") }
    }

    func run() throws {
        let path = directory ?? ProcessInfo.processInfo.environment["RECKON_WORKSPACE"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        var workspace = try Workspace(at: path)
        workspace.lockTimeout = wait
        var ids: [SeriesID] = []
        for id in self.ids { ids.append(try SeriesID(id)) }
        var policy = FetchPolicy()
        policy.timeout = timeout
        policy.retries = retries
        policy.backoff = backoff
        policy.maximumBytes = maxBytes
        policy.maximumRedirects = maxRedirects
        let reports = try PullRun.pull(workspace, ids: ids, policy: policy, seen: PullRun.today())
        let lines = PullLines(workspace: workspace)
        let changed = reports.contains { if case .pulled(let o) = $0.result { o.changedSeries } else { false } }
        for report in reports {
            if case .failed(let error) = report.result {
                printDiagnostics(error.diagnostics)
                printDiagnostics([Diagnostic(file: workspace.shown(Workspace.csvName(report.id)), lines.failure(error))])
            } else if changed || verbose {
                print(lines.line(report))
            }
        }
        if let failed = reports.lazy.compactMap({ if case .failed(let e) = $0.result { e } else { nil } }).first {
            throw ExitCode(failed.status)
        }
    }
}

/// Writes diagnostics to standard error, one a line, control characters shown escaped.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let text = diagnostics.map { Escaping.visible($0.description) }.joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}
