import ArgumentParser
import Foundation
import ReckonChart
import ReckonModel
import ReckonOutput
import ReckonPublish

import Glibc

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render the charts of reckon.yaml to Output/<chart-id>.<format>, with index.md and index.html.",
        discussion: """
            Only charts whose inputs changed (spec, series, reckon's version) are rendered again; \
            --force renders everything. One run at a time per output folder: a second run waits up \
            to --wait seconds, then exits 75 without touching anything. A chart that fails keeps its \
            previous files and the others are still rendered, in worker processes so that not even \
            a crash or a chart running past --timeout costs the others; the run then exits with the \
            first failure's status (65 bad data, 73 cannot create, 74 I/O error, 70 a crash or \
            time-out). A problem anywhere in reckon.yaml stops the run before anything is written (65). \
            A character that no installed font has is drawn as a box, with one warning per chart that \
            lists such characters; with --strict that chart fails instead (65).

            Several machines share the work with --shard K/N: each renders a stable share of the \
            charts into a folder of its own, and a last step, --merge, gathers their files into one \
            output folder and writes the reports, the manifest and the galleries: the same bytes as \
            one run.

            When standard output is not a terminal (cron), a successful run prints nothing unless \
            --verbose; warnings and errors always go to standard error.

            Examples:
              reckon render --all
              reckon render troops --formats png,pdf --out /srv/www/charts
              reckon -C /srv/estimates render --all --wait 60 --format json
              reckon render --all --shard 2/3 --out Shards/2
              reckon render --merge Shards/1 Shards/2 Shards/3
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The ids of the charts to render.") var charts: [String] = []
    @Flag(help: "Render every chart.") var all = false
    @Option(help: ArgumentHelp("The folder to write to (default: the workspace's Output/).", valueName: "dir")) var out: String?
    @Option(help: ArgumentHelp("File formats instead of each chart's own, comma-separated: png, svg, pdf.", valueName: "formats"))
    var formats: String?
    @Flag(help: "Render even the charts that are up to date.") var force = false
    @Flag(help: "Fail a chart with a character no installed font has, instead of drawing it as a box.") var strict = false
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How many charts to render at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How long to wait for another render to finish, in seconds.", valueName: "seconds"))
    var wait: Double = 0
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The longest one chart may take before it fails, in seconds.", valueName: "seconds"))
    var timeout: Double = 600
    @Option(
        help: ArgumentHelp(
            "Render only share K of N of the charts (chosen by id), into its own --out folder; no reports.",
            valueName: "K/N"))
    var shard: String?
    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp(
            "Merge the output folders of the shards into --out (default: Output/), with the reports and galleries.",
            valueName: "dir"))
    var merge: [String] = []
    @Option(help: "The summary: text or json.") var format: SummaryFormat = .text
    @Flag(help: "Print the summary and every file written, even when not on a terminal.") var verbose = false

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func validate() throws {
        if !merge.isEmpty {
            if !charts.isEmpty || all || shard != nil || formats != nil || force {
                throw ValidationError("--merge takes only the shards' folders (and --out, --wait)")
            }
            return
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be K/N with 1 <= K <= N <= \(Shard.maxCount), such as 2/3")
        }
        if charts.isEmpty, !all { throw ValidationError("name the charts to render, or give --all") }
        if !charts.isEmpty, all { throw ValidationError("give chart ids or --all, not both") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(wait >= 0 && wait <= 86_400) { throw ValidationError("--wait must be a number of seconds, 0 to 86400") }
        if !(timeout > 0) || timeout > 86_400 { throw ValidationError("--timeout must be a number of seconds, up to 86400") }
    }

    func run() throws {
        let workspace = try workspace.open()
        var options = RenderOptions(
            folder: out ?? workspace.resolve("Output"), shownFolder: out ?? workspace.shown("Output"),
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.charts = all ? nil : charts
        options.formats = try formats.map { text throws(ReckonError) in
            try text.split(separator: ",").map { v throws(ReckonError) -> ChartSpec.FileFormat in
                try choice("--formats", String(v))
            }
        }
        options.force = force
        options.strict = strict
        options.wait = wait
        options.worker = ChartWorker.sameExecutable(workspace: workspace.root, timeout: timeout)
        let terminal = isatty(1) == 1 && isatty(2) == 1
        if terminal {
            options.progress = { done, total in
                guard total > 1 else { return }
                FileHandle.standardError.write(Data("\rrendering \(done)/\(total)\(done == total ? "\r\u{1B}[K" : "")".utf8))
            }
        }
        options.shard = shard.flatMap(Shard.init)
        let summary =
            merge.isEmpty ? try Publisher.render(workspace, options) : try Publisher.merge(workspace, shards: merge, options)
        printDiagnostics(summary.diagnostics)
        switch format {
        case .json:
            print(
                JSONText.encode(
                    .object([
                        ("rendered", .array(summary.rendered.map(JSONText.Value.string))),
                        ("unchanged", .array(summary.unchanged.map(JSONText.Value.string))),
                        ("failed", .array(summary.failed.map(JSONText.Value.string))),
                        ("written", .array(summary.written.map(JSONText.Value.string))),
                    ])))
        case .text:
            if verbose { summary.written.forEach { print($0) } }
            if terminal || verbose {
                print(
                    "\(summary.rendered.count) rendered, \(summary.unchanged.count) unchanged, \(summary.failed.count) failed"
                )
            }
        }
        if let kind = summary.failureKind { throw ExitCode(exitStatus(kind)) }
    }
}
