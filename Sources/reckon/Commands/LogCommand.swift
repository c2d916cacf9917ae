import ArgumentParser
import ReckonModel
import ReckonOutput

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List new and revised estimates across the workspace, newest first.",
        discussion: """
            An estimate is new when it is the first for its date and source, revised when an earlier one \
            exists (a revision row, as reckon pull records one); it is listed on the day it was reported \
            (its reported column, else the last day of its date).

            Examples:
              reckon log --since 2026-08-01
              reckon log --format json --limit 20
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: ArgumentHelp("Only estimates reported on or after this day.", valueName: "date")) var since: String?
    @Option(help: "At most this many entries, the newest.") var limit: Int?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let day = try since.map { text throws(ReckonError) in try parseArgument("--since", text, ObservationDate.parseDay) }
        var entries = try workspace.open().log(since: day)
        if let limit { entries = Array(entries.prefix(limit)) }
        print(LogListing(entries).rendered(format), terminator: "")
    }
}
