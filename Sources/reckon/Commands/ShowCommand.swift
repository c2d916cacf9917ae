import ArgumentParser
import ReckonModel
import ReckonOutput

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a series' observations.",
        discussion: """
            With --format csv the columns are the store's own: date,value,low,high,qualifier,source,url,reported,note. \
            A range estimate shows its range in the value column of the table.

            Example: reckon show nk-troops-in-russia --format json
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The series id.") var series: String
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let id = try SeriesID(series)
        let loaded = try workspace.open().load(id)
        print(ObservationListing(loaded).rendered(format), terminator: "")
    }
}
